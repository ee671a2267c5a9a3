package io.bitewing.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Lists the document's tags in the order of the README's module map: a tag takes the place of the module whose
 * controllers use it (the earliest, when several do), tags of one module by name. Every tag an operation uses is listed, its description kept. A module missing from {@link #MODULES}
 * sorts after the known ones, so a new module is never hidden, only unplaced until it is added here.
 */
@Component
@Order(Integer.MAX_VALUE - 2)
class TagOrder implements OperationCustomizer, OpenApiCustomizer {

    /** The module map, top to bottom (packages under {@code io.bitewing}). */
    static final List<String> MODULES = List.of(
            "shared",
            "admin",
            "practice.patient",
            "practice.location",
            "practice.provider",
            "practice.procedurecode",
            "carrier",
            "plan",
            "coverage",
            "coverage.codegroup",
            "benefit",
            "feeschedule",
            "settings",
            "subscription",
            "patientplan",
            "history",
            "verification",
            "enrollment",
            "feeassignment",
            "draft",
            "estimatebook",
            "estimate",
            "eligibility",
            "payor",
            "opendental",
            "x12",
            "changes",
            "demo");

    private final Map<String, Integer> placeOfTag = new ConcurrentHashMap<>();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getTags() != null) {
            int place = place(handler.getBeanType().getPackageName());
            operation.getTags().forEach(tag -> placeOfTag.merge(tag, place, Math::min));
        }
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        var tags = new LinkedHashMap<String, Tag>();
        if (openApi.getTags() != null) {
            openApi.getTags().forEach(tag -> tags.put(tag.getName(), tag));
        }
        OpenApiSchemas.operations(openApi)
                .filter(operation -> operation.getTags() != null)
                .flatMap(operation -> operation.getTags().stream())
                .forEach(name -> tags.computeIfAbsent(name, n -> new Tag().name(n)));
        var ordered = new ArrayList<>(tags.values());
        ordered.sort(Comparator.comparingInt((Tag tag) -> placeOfTag.getOrDefault(tag.getName(), MODULES.size()))
                .thenComparing(Tag::getName));
        openApi.setTags(ordered);
    }

    /** The module map's row of the deepest module the package belongs to. */
    static int place(String packageName) {
        String module = packageName.startsWith("io.bitewing.") ? packageName.substring("io.bitewing.".length()) : "";
        int best = MODULES.size();
        int bestLength = -1;
        for (int i = 0; i < MODULES.size(); i++) {
            String candidate = MODULES.get(i);
            boolean within = module.equals(candidate) || module.startsWith(candidate + ".");
            if (within && candidate.length() > bestLength) {
                best = i;
                bestLength = candidate.length();
            }
        }
        return best;
    }
}
