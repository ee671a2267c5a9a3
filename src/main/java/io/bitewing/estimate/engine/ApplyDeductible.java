package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.Enums.BenefitType;
import io.bitewing.estimate.engine.Enums.TimePeriod;
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
 * sum over the subscription, and alone it acts as the individual one too (Our rule E11).
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
            BenefitYear year, List<Usage> usage, Function<String, CodeCategories> catsOf) {
        List<BenefitRow> individual = MatchBenefits.matching(rows, ApplyDeductible::isIndividual, code, cats, age);
        Optional<BenefitRow> general = MatchBenefits.mostSpecific(
                individual.stream().filter(r -> r.target() instanceof Target.General).toList(), cats);
        Optional<BenefitRow> specific = MatchBenefits.mostSpecific(
                individual.stream().filter(r -> !(r.target() instanceof Target.General)).toList(), cats);
        Optional<BenefitRow> family = MatchBenefits.mostSpecific(
                MatchBenefits.matching(rows, ApplyDeductible::isFamily, code, cats, age), cats);

        if (specific.isPresent() && amountOf(specific.get()).signum() == 0) return BigDecimal.ZERO;
        if (general.isPresent() && specific.isEmpty() && amountOf(general.get()).signum() == 0) return BigDecimal.ZERO;

        BigDecimal individualRemaining;
        if (general.isEmpty() && specific.isEmpty()) {
            if (family.isEmpty()) return BigDecimal.ZERO;
            individualRemaining = amountOf(family.get()).subtract(used(family.get(), usage, dos, year, true, null, catsOf));
        } else {
            BigDecimal g = general.map(r -> amountOf(r).subtract(used(r, usage, dos, year, true, null, catsOf))).orElse(null);
            BigDecimal s = specific.map(r -> amountOf(r).subtract(used(r, usage, dos, year, true, r.target(), catsOf))).orElse(null);
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

    static BigDecimal amountOf(BenefitRow r) {
        return r.amount() == null ? BigDecimal.ZERO : r.amount();
    }

    /** Deductible used in the row's window; {@code scope} null counts every code (adjustments included). */
    static BigDecimal used(BenefitRow row, List<Usage> usage, LocalDate dos, BenefitYear year, boolean patientOnly,
            Target scope, Function<String, CodeCategories> catsOf) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Usage u : usage) {
            if (patientOnly && !u.samePatient()) continue;
            if (!u.usesBenefits()) continue;
            if (row.timePeriod() != TimePeriod.LIFETIME && !year.contains(u.date())) continue;
            if (scope != null && (u.code() == null || !MatchBenefits.covers(scope, u.code(), catsOf.apply(u.code())))) continue;
            sum = sum.add(u.deductible());
        }
        return sum;
    }
}
