package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.BenefitRow.BenefitType;
import io.bitewing.estimate.engine.BenefitRow.Scope;
import io.bitewing.estimate.engine.PlanInput.PlanType;
import java.util.List;

/**
 * The coinsurance percentage for a code (estimation-rules.md §3 "Coinsurance %", §4 step 6, §11): 100 for fixed-benefit,
 * flat-copay and capitation plans; otherwise the most specific patient-level row if any matches, else the most specific
 * plan-level row; no match is 0 % (not covered).
 */
final class ResolveCoinsurance {
    private ResolveCoinsurance() {}

    static int percent(PlanType type, List<BenefitRow> rows, String code, CodeCategories cats, Integer age) {
        if (type == PlanType.PPO_FIXED_BENEFIT || type == PlanType.FLAT_COPAY || type == PlanType.CAPITATION)
            return 100;
        return matchingRow(rows, code, cats, age)
                .map(r -> r.percent() == null ? 0 : r.percent())
                .orElse(0);
    }

    static java.util.Optional<BenefitRow> matchingRow(
            List<BenefitRow> rows, String code, CodeCategories cats, Integer age) {
        List<BenefitRow> all = MatchBenefits.matching(rows, r -> r.type() == BenefitType.COINSURANCE, code, cats, age);
        List<BenefitRow> patient =
                all.stream().filter(r -> r.scope() == Scope.PATIENT).toList();
        List<BenefitRow> candidates = patient.isEmpty() ? all : patient;
        var best = MatchBenefits.mostSpecific(candidates, cats);
        if (best.isEmpty() || !(best.get().target() instanceof Target.CodeGroup)) return best;
        // Overlapping code groups: the group higher in the order sets the percentage (§13 E35).
        return groups(candidates).stream()
                .max(java.util.Comparator.comparingInt(r -> ((Target.CodeGroup) r.target()).order()));
    }

    /** The code-group coinsurance rows matching the code, for naming an overlap. */
    static List<BenefitRow> groupRows(List<BenefitRow> rows, String code, CodeCategories cats, Integer age) {
        List<BenefitRow> all = MatchBenefits.matching(rows, r -> r.type() == BenefitType.COINSURANCE, code, cats, age);
        List<BenefitRow> patient =
                all.stream().filter(r -> r.scope() == Scope.PATIENT).toList();
        return groups(patient.isEmpty() ? all : patient);
    }

    private static List<BenefitRow> groups(List<BenefitRow> rows) {
        return rows.stream().filter(r -> r.target() instanceof Target.CodeGroup).toList();
    }
}
