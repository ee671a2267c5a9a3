package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.BenefitRow.BenefitType;
import io.bitewing.estimate.engine.EstimateLine.Limit;
import io.bitewing.estimate.engine.BenefitRow.QuantityQualifier;
import io.bitewing.estimate.engine.BenefitRow.TimePeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maximums (estimation.md §4 step 9b, §8.4, §13 E12/E14): the most specific individual and family maximum matching the
 * code cap the insurance estimate at what remains of them (max − history − earlier lines of the plan). An untargeted
 * maximum covers only codes in the General spans, and skips usage that a tighter (category, group or code) maximum
 * already covers; usage without a code counts toward general maximums only.
 */
final class CapAtAnnualMaximum {
    private CapAtAnnualMaximum() {}

    static boolean isMax(BenefitRow r) {
        if (r.amount() == null) return false;
        return switch (r.type()) {
            case ANNUAL_MAX, FAMILY_ANNUAL_MAX, ORTHO_LIFETIME_MAX -> true;
            case LIMITATION -> r.quantityQualifier() == QuantityQualifier.NONE && r.percent() == null;
            default -> false;
        };
    }

    static boolean isIndividualMax(BenefitRow r) {
        return isMax(r) && !r.isFamily();
    }

    static boolean isFamilyMax(BenefitRow r) {
        return isMax(r) && r.isFamily();
    }

    record Cap(BenefitRow row, BigDecimal remaining, Limit limit) {}

    /** The applicable maximum of a kind, or empty. A general maximum applies only to General codes. */
    static Optional<BenefitRow> applicable(List<BenefitRow> rows, boolean family, String code, CodeCategories cats, Integer age) {
        List<BenefitRow> m = MatchBenefits.matching(rows, family ? CapAtAnnualMaximum::isFamilyMax : CapAtAnnualMaximum::isIndividualMax,
                code, cats, age).stream().filter(r -> !(r.target() instanceof Target.General) || cats.inGeneral()).toList();
        return MatchBenefits.mostSpecific(m, cats);
    }

    static Limit limitOf(BenefitRow r, String orthoCategoryId) {
        if (r.target() instanceof Target.General) return r.isFamily() ? Limit.FAMILY_ANNUAL_MAX : Limit.ANNUAL_MAX;
        if (r.type() == BenefitType.ORTHO_LIFETIME_MAX) return Limit.ORTHO_LIFETIME_MAX;
        if (r.target() instanceof Target.Category c && c.categoryId().equals(orthoCategoryId)) return Limit.ORTHO_LIFETIME_MAX;
        return r.isFamily() ? Limit.FAMILY_ANNUAL_MAX : Limit.CATEGORY_MAX;
    }

    static BigDecimal remaining(BenefitRow row, List<BenefitRow> rows, List<Usage> usage, BenefitYear year,
            Function<String, CodeCategories> catsOf) {
        return row.amount().subtract(used(row, rows, usage, year, catsOf, u -> true));
    }

    /** Insurance used against {@code row} in its window by the usage {@code which} selects. */
    static BigDecimal used(BenefitRow row, List<BenefitRow> rows, List<Usage> usage, BenefitYear year,
            Function<String, CodeCategories> catsOf, java.util.function.Predicate<Usage> which) {
        boolean family = row.isFamily();
        List<Target> tighter = row.target() instanceof Target.General
                ? rows.stream().filter(r -> isMax(r) && !(r.target() instanceof Target.General)).map(BenefitRow::target).toList()
                : List.of();
        BigDecimal sum = BigDecimal.ZERO;
        for (Usage u : usage) {
            if (!family && !u.samePatient()) continue;
            if (!u.usesBenefits() || !which.test(u)) continue;
            if (row.timePeriod() != TimePeriod.LIFETIME && !year.contains(u.date())) continue;
            if (!inScope(row, tighter, u.code(), catsOf)) continue;
            sum = sum.add(u.amount());
        }
        return sum;
    }

    /** A general maximum counts codeless usage and General codes no tighter maximum covers; others their targets. */
    private static boolean inScope(BenefitRow row, List<Target> tighter, String code, Function<String, CodeCategories> catsOf) {
        if (!(row.target() instanceof Target.General)) {
            return code != null && MatchBenefits.covers(row.target(), code, catsOf.apply(code));
        }
        if (code == null) return true;
        CodeCategories cats = catsOf.apply(code);
        if (!cats.inGeneral()) return false;
        for (Target t : tighter) {
            if (MatchBenefits.covers(t, code, cats)) return false;
        }
        return true;
    }
}
