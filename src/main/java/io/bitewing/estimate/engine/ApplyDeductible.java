package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.BenefitRow.BenefitType;
import io.bitewing.estimate.engine.BenefitRow.TimePeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The deductible still to pay for a code (estimation.md §8.3, §13 E5/E7/E8/E10/E11/E40). The applicable individual
 * deductible is the most specific matching one; a specific deductible of 0 waives the general one (the "category
 * deductible 0" idiom). With both a general and a specific deductible the lesser remaining applies; a specific one alone
 * counts only its own usage (Our rule E40); usage is tracked per code too (Our rule E8). A family deductible caps the
 * sum over the subscription, and alone it acts as the individual one too (Our rule E11). Diagnostic and preventive
 * category deductibles, when the plan has both, share what earlier lines of the treatment plan took (E9, as Open
 * Dental); with a separate ortho maximum the general deductible does not apply to ortho (Our rule E10).
 */
final class ApplyDeductible {
    private ApplyDeductible() {}

    static boolean isIndividual(BenefitRow r) {
        return r.type() == BenefitType.DEDUCTIBLE && !r.isFamily() && countsForDeductible(r.timePeriod());
    }

    static boolean isFamily(BenefitRow r) {
        return (r.type() == BenefitType.FAMILY_DEDUCTIBLE || r.type() == BenefitType.DEDUCTIBLE && r.isFamily())
                && countsForDeductible(r.timePeriod()) && r.target() instanceof Target.General;
    }

    private static boolean countsForDeductible(TimePeriod p) {
        return p == TimePeriod.CALENDAR_YEAR || p == TimePeriod.SERVICE_YEAR || p == TimePeriod.LIFETIME || p == TimePeriod.NONE;
    }

    /** The remaining deductible for {@code code} on {@code dos}, before capping at the line's allowed − copay. */
    static BigDecimal remaining(List<BenefitRow> rows, String code, CodeCategories cats, Integer age, LocalDate dos,
            BenefitYear year, List<Usage> usage, Function<String, CodeCategories> catsOf, CategoryRoles roles,
            String orthoCategoryId) {
        List<BenefitRow> individual = MatchBenefits.matching(rows, ApplyDeductible::isIndividual, code, cats, age);
        Optional<BenefitRow> general = MatchBenefits.mostSpecific(
                individual.stream().filter(r -> r.target() instanceof Target.General).toList(), cats);
        Optional<BenefitRow> specific = MatchBenefits.mostSpecific(
                individual.stream().filter(r -> !(r.target() instanceof Target.General)).toList(), cats);
        Optional<BenefitRow> family = MatchBenefits.mostSpecific(
                MatchBenefits.matching(rows, ApplyDeductible::isFamily, code, cats, age), cats);

        if (specific.isPresent() && amountOf(specific.get()).signum() == 0) return BigDecimal.ZERO;
        if (specific.isEmpty() && orthoWaived(rows, cats, orthoCategoryId)) return BigDecimal.ZERO;
        if (general.isPresent() && specific.isEmpty() && amountOf(general.get()).signum() == 0) return BigDecimal.ZERO;

        BigDecimal individualRemaining;
        if (general.isEmpty() && specific.isEmpty()) {
            if (family.isEmpty()) return BigDecimal.ZERO;
            individualRemaining = amountOf(family.get()).subtract(used(family.get(), usage, dos, year, true, null, catsOf));
        } else {
            BigDecimal g = general.map(r -> amountOf(r).subtract(used(r, usage, dos, year, true, null, catsOf))).orElse(null);
            BigDecimal s = specific.map(r -> amountOf(r).subtract(used(r, usage, dos, year, true, r.target(),
                    sharedWith(r, rows, roles), catsOf))).orElse(null);
            individualRemaining = g == null ? s : s == null ? g : Cents.min(g, s);
        }
        individualRemaining = Cents.floor0(individualRemaining);
        if (family.isPresent()) {
            BigDecimal familyRemaining = amountOf(family.get()).subtract(used(family.get(), usage, dos, year, false, null, catsOf));
            if (familyRemaining.signum() <= 0) return BigDecimal.ZERO;
            individualRemaining = Cents.min(individualRemaining, familyRemaining);
        }
        return individualRemaining;
    }

    private static boolean inScope(Usage u, Target scope, Target partner, Function<String, CodeCategories> catsOf) {
        if (u.code() == null) return false;
        CodeCategories cats = catsOf.apply(u.code());
        return MatchBenefits.covers(scope, u.code(), cats)
                || partner != null && u.planned() && MatchBenefits.covers(partner, u.code(), cats);
    }

    static BigDecimal amountOf(BenefitRow r) {
        return r.amount() == null ? BigDecimal.ZERO : r.amount();
    }

    /**
     * Our rule E10: a code of the Orthodontics category takes no general deductible when the plan has a separate
     * ortho maximum (only a deductible aimed at ortho applies, and the caller checked there is none).
     */
    static boolean orthoWaived(List<BenefitRow> rows, CodeCategories cats, String orthoCategoryId) {
        if (orthoCategoryId == null || !MatchBenefits.covers(Target.category(orthoCategoryId), null, cats)) return false;
        return rows.stream().anyMatch(r -> CapAtAnnualMaximum.isIndividualMax(r) && r.target() instanceof Target.Category c
                && c.categoryId().equals(orthoCategoryId));
    }

    /**
     * E9 [T-7]: the plan's other category of the diagnostic/preventive pair when the deductible aims at one of them
     * and the plan has an individual deductible for the other; earlier lines in either then share one bucket.
     */
    static Target sharedWith(BenefitRow specific, List<BenefitRow> rows, CategoryRoles roles) {
        if (roles == null || !(specific.target() instanceof Target.Category c)) return null;
        String other = c.categoryId().equals(roles.diagnostic()) ? roles.preventive()
                : c.categoryId().equals(roles.preventive()) ? roles.diagnostic() : null;
        if (other == null) return null;
        Target partner = Target.category(other);
        return rows.stream().anyMatch(r -> isIndividual(r) && partner.equals(r.target())) ? partner : null;
    }

    static BigDecimal used(BenefitRow row, List<Usage> usage, LocalDate dos, BenefitYear year, boolean patientOnly,
            Target scope, Function<String, CodeCategories> catsOf) {
        return used(row, usage, dos, year, patientOnly, scope, null, catsOf);
    }

    /**
     * Deductible used in the row's window; {@code scope} null counts every code (adjustments included); earlier lines
     * of the treatment plan count in {@code partner}'s codes too.
     */
    static BigDecimal used(BenefitRow row, List<Usage> usage, LocalDate dos, BenefitYear year, boolean patientOnly,
            Target scope, Target partner, Function<String, CodeCategories> catsOf) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Usage u : usage) {
            if (patientOnly && !u.samePatient()) continue;
            if (!u.usesBenefits()) continue;
            if (row.timePeriod() != TimePeriod.LIFETIME && !year.contains(u.date())) continue;
            if (scope != null && !inScope(u, scope, partner, catsOf)) continue;
            sum = sum.add(u.deductible());
        }
        return sum;
    }
}
