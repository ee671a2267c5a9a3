package io.bitewing.coverage;

import io.bitewing.coverage.CategoryMembership.Candidate;
import io.bitewing.coverage.CategoryMembership.Range;
import io.bitewing.coverage.CoverageCategoryRepository.CoveringSpan;
import io.bitewing.shared.auth.Tenant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which coverage category a procedure code falls in, for the estimator (estimation-rules.md §3). Only live categories
 * count; hidden ones do, since hiding only tidies lists. The rule itself is {@link CategoryMembership}; this service
 * feeds it an organisation's spans, one query per call however many codes are asked about.
 */
@Service
@Transactional(readOnly = true)
public class CoverageLookup {

    private final CoverageCategoryRepository categories;

    CoverageLookup(CoverageCategoryRepository categories) {
        this.categories = categories;
    }

    /** The category whose benefits apply to the code: the highest item_order among those containing it. */
    public Optional<CoverageCategory> categoryFor(Tenant tenant, String procedureCode) {
        if (procedureCode == null || procedureCode.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(categoriesFor(tenant, List.of(procedureCode)).get(procedureCode));
    }

    /**
     * {@link #categoryFor} for many codes in one query. Keys are the codes as given; a code no category contains
     * is absent from the map.
     */
    public Map<String, CoverageCategory> categoriesFor(Tenant tenant, Collection<String> procedureCodes) {
        Spans spans = load(tenant, procedureCodes);
        var result = new LinkedHashMap<String, CoverageCategory>();
        for (String code : procedureCodes) {
            if (code != null && !code.isBlank()) {
                CategoryMembership.winner(spans.candidates(), CategoryMembership.normalise(code))
                        .ifPresent(winner -> result.put(code, spans.byId().get(winner.id())));
            }
        }
        return result;
    }

    /** Every live category that contains the code, in list order (the winner last). */
    public List<CoverageCategory> categoriesContaining(Tenant tenant, String procedureCode) {
        if (procedureCode == null || procedureCode.isBlank()) {
            return List.of();
        }
        return categoriesContaining(tenant, List.of(procedureCode)).get(procedureCode);
    }

    /** {@link #categoriesContaining(Tenant, String)} for many codes in one query; keys are the codes as given. */
    public Map<String, List<CoverageCategory>> categoriesContaining(Tenant tenant, Collection<String> procedureCodes) {
        Spans spans = load(tenant, procedureCodes);
        var result = new LinkedHashMap<String, List<CoverageCategory>>();
        for (String code : procedureCodes) {
            if (code != null && !code.isBlank()) {
                result.put(
                        code,
                        CategoryMembership.containing(spans.candidates(), CategoryMembership.normalise(code)).stream()
                                .map(c -> spans.byId().get(c.id()))
                                .toList());
            }
        }
        return result;
    }

    /**
     * Whether the General category contains the code, i.e. whether general (untargeted) maximums and deductibles
     * apply to it; ortho (D8xxx) is outside General by default. General is the organisation's system category.
     */
    public boolean isInGeneral(Tenant tenant, String procedureCode) {
        return categoriesContaining(tenant, procedureCode).stream().anyMatch(CoverageCategory::isSystem);
    }

    private record Spans(Map<UUID, CoverageCategory> byId, List<Candidate> candidates) {}

    private Spans load(Tenant tenant, Collection<String> procedureCodes) {
        var codes = new LinkedHashSet<String>();
        procedureCodes.stream()
                .filter(c -> c != null && !c.isBlank())
                .forEach(c -> codes.add(CategoryMembership.normalise(c)));
        if (codes.isEmpty()) {
            return new Spans(Map.of(), List.of());
        }
        var byId = new LinkedHashMap<UUID, CoverageCategory>();
        var ranges = new LinkedHashMap<UUID, List<Range>>();
        for (CoveringSpan row : categories.findLiveCovering(tenant.orgId(), codes)) {
            byId.putIfAbsent(row.category().id(), row.category());
            ranges.computeIfAbsent(row.category().id(), id -> new ArrayList<>()).add(row.range());
        }
        var candidates = new ArrayList<Candidate>();
        ranges.forEach((id, r) -> candidates.add(new Candidate(id, byId.get(id).itemOrder(), r)));
        return new Spans(byId, candidates);
    }
}
