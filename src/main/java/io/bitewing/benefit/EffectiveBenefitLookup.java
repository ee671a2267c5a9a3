package io.bitewing.benefit;

import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.benefit.Benefit.Target;
import io.bitewing.coverage.CoverageCategory;
import io.bitewing.coverage.CoverageLookup;
import io.bitewing.coverage.codegroup.CodeGroup;
import io.bitewing.coverage.codegroup.CodeGroupService;
import io.bitewing.shared.auth.Tenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link EffectiveBenefits} the memberships it cannot know on its own: which categories and code groups
 * contain the codes that plan coinsurance rows target. Only those are looked up, since only coinsurance overrides
 * outrank rows of another target.
 */
@Component
class EffectiveBenefitLookup {

    private final CoverageLookup categories;
    private final CodeGroupService codeGroups;

    EffectiveBenefitLookup(CoverageLookup categories, CodeGroupService codeGroups) {
        this.categories = categories;
        this.codeGroups = codeGroups;
    }

    EffectiveBenefits.Containment containment(Tenant tenant, List<Benefit> planRows, List<Benefit> overrides) {
        List<Target> outer = coinsuranceTargets(overrides);
        List<Target.Code> codes = coinsuranceTargets(planRows).stream()
                .filter(Target.Code.class::isInstance)
                .map(Target.Code.class::cast)
                .toList();
        if (codes.isEmpty()
                || outer.stream().noneMatch(t -> t instanceof Target.Category || t instanceof Target.Group)) {
            return EffectiveBenefits.SAME_OR_GENERAL;
        }
        var categoriesOfCode = new HashMap<String, Set<UUID>>();
        categories
                .categoriesContaining(
                        tenant, codes.stream().map(Target.Code::code).distinct().toList())
                .forEach((code, containing) -> categoriesOfCode.put(
                        code, containing.stream().map(CoverageCategory::id).collect(Collectors.toSet())));
        Set<UUID> groupIds = outer.stream()
                .filter(Target.Group.class::isInstance)
                .map(t -> ((Target.Group) t).id())
                .collect(Collectors.toSet());
        Map<UUID, List<String>> codesOfGroup = codeGroups.findAll(tenant, groupIds).stream()
                .collect(Collectors.toMap(CodeGroup::id, CodeGroup::codes));
        return (o, inner) -> {
            if (!(inner instanceof Target.Code code)) {
                return false;
            }
            if (o instanceof Target.Category category) {
                return categoriesOfCode.getOrDefault(code.code(), Set.of()).contains(category.id());
            }
            return o instanceof Target.Group group
                    && codesOfGroup.getOrDefault(group.id(), List.of()).contains(code.code());
        };
    }

    private static List<Target> coinsuranceTargets(List<Benefit> rows) {
        return rows.stream()
                .filter(b -> b.benefitType() == BenefitType.coinsurance)
                .map(Benefit::target)
                .toList();
    }
}
