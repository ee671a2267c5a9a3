package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.BenefitRow.BenefitType;
import io.bitewing.estimate.engine.BenefitRow.QuantityQualifier;
import io.bitewing.estimate.engine.BenefitRow.TimePeriod;
import io.bitewing.estimate.engine.EstimateLine.Limit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maximums (estimation-rules.md §4 step 9b, §8.4, §13 E12/E14/E35, §2 "Maximum kinds"): the most specific individual and
 * family maximum matching the code cap the insurance estimate at what remains of them (max − history − earlier lines of
 * the plan); a code-group maximum caps beside the general one. An untargeted maximum covers only codes in the General
 * spans, and skips usage that a category or code maximum shelters; usage without a code counts toward general
 * maximums only. Overlapping code-group maximums: the lower caps, and a code consumes only that one.
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

    /**
     * The maximums of a kind that cap the code: the most specific one (where code-group maximums overlap, the lower);
     * and when that is a code-group maximum, the general one too, since a group's payments still count toward it
     * (estimation-rules.md §2 "Maximum kinds"). A general maximum applies only to General codes.
     */
    static List<BenefitRow> applicable(
            List<BenefitRow> rows, boolean family, String code, CodeCategories cats, Integer age) {
        List<BenefitRow> m = MatchBenefits.matching(
                        rows,
                        family ? CapAtAnnualMaximum::isFamilyMax : CapAtAnnualMaximum::isIndividualMax,
                        code,
                        cats,
                        age)
                .stream()
                .filter(r -> !(r.target() instanceof Target.General) || cats.inGeneral())
                .toList();
        Optional<BenefitRow> best = lowestOfOverlappingGroups(m, MatchBenefits.mostSpecific(m, cats));
        if (best.isEmpty()) return List.of();
        if (!(best.get().target() instanceof Target.CodeGroup)) return List.of(best.get());
        var caps = new java.util.ArrayList<BenefitRow>(List.of(best.get()));
        MatchBenefits.mostSpecific(
                        m.stream()
                                .filter(r -> r.target() instanceof Target.General)
                                .toList(),
                        cats)
                .ifPresent(caps::add);
        return caps;
    }

    /** Code-group maximums other than {@code chosen} that also cover the code: the overlap the note names. */
    static List<BenefitRow> overlapping(
            List<BenefitRow> rows, BenefitRow chosen, String code, CodeCategories cats, Integer age) {
        if (!(chosen.target() instanceof Target.CodeGroup)) return List.of();
        return MatchBenefits.matching(
                rows,
                r -> isMax(r)
                        && r.isFamily() == chosen.isFamily()
                        && r.target() instanceof Target.CodeGroup
                        && r != chosen,
                code,
                cats,
                age);
    }

    private static Optional<BenefitRow> lowestOfOverlappingGroups(List<BenefitRow> rows, Optional<BenefitRow> best) {
        if (best.isEmpty() || !(best.get().target() instanceof Target.CodeGroup)) return best;
        return rows.stream()
                .filter(r -> r.target() instanceof Target.CodeGroup
                        && r.scope() == best.get().scope())
                .min(java.util.Comparator.comparing(BenefitRow::amount));
    }

    static Limit limitOf(BenefitRow r, String orthoCategoryId) {
        if (r.target() instanceof Target.General) return r.isFamily() ? Limit.FAMILY_ANNUAL_MAX : Limit.ANNUAL_MAX;
        if (r.type() == BenefitType.ORTHO_LIFETIME_MAX) return Limit.ORTHO_LIFETIME_MAX;
        if (r.target() instanceof Target.Category c && c.categoryId().equals(orthoCategoryId))
            return Limit.ORTHO_LIFETIME_MAX;
        return r.isFamily() ? Limit.FAMILY_ANNUAL_MAX : Limit.CATEGORY_MAX;
    }

    static BigDecimal remaining(
            BenefitRow row,
            List<BenefitRow> rows,
            List<Usage> usage,
            BenefitYear year,
            Function<String, CodeCategories> catsOf) {
        return row.amount().subtract(used(row, rows, usage, year, catsOf, u -> true));
    }

    /** Insurance used against {@code row} in its window by the usage {@code which} selects. */
    static BigDecimal used(
            BenefitRow row,
            List<BenefitRow> rows,
            List<Usage> usage,
            BenefitYear year,
            Function<String, CodeCategories> catsOf,
            java.util.function.Predicate<Usage> which) {
        boolean family = row.isFamily();
        // Category and code maximums shelter their codes from the general one; code-group maximums do not.
        List<Target> tighter = row.target() instanceof Target.General
                ? rows.stream()
                        .filter(r -> isMax(r)
                                && (r.target() instanceof Target.Category || r.target() instanceof Target.Code))
                        .map(BenefitRow::target)
                        .toList()
                : row.target() instanceof Target.CodeGroup
                        ? rows.stream()
                                .filter(r -> isMax(r) && r.isFamily() == family && r.target() instanceof Target.Code)
                                .map(BenefitRow::target)
                                .toList()
                        : List.of();
        BigDecimal sum = BigDecimal.ZERO;
        for (Usage u : usage) {
            if (!family && !u.samePatient()) continue;
            if (!u.usesBenefits() || !which.test(u)) continue;
            if (row.timePeriod() != TimePeriod.LIFETIME && !year.contains(u.date())) continue;
            if (!inScope(row, tighter, u.code(), catsOf)) continue;
            if (row.target() instanceof Target.CodeGroup && !governs(row, rows, u.code(), catsOf)) continue;
            sum = sum.add(u.amount());
        }
        return sum;
    }

    /**
     * Whether a code-group maximum is the one that caps the code (the lower where groups overlap): a code under two
     * groups consumes only the group whose maximum applied to it.
     */
    private static boolean governs(
            BenefitRow group, List<BenefitRow> rows, String code, Function<String, CodeCategories> catsOf) {
        CodeCategories cats = catsOf.apply(code);
        var groups = rows.stream()
                .filter(r -> isMax(r)
                        && r.isFamily() == group.isFamily()
                        && r.target() instanceof Target.CodeGroup
                        && MatchBenefits.covers(r.target(), code, cats))
                .toList();
        return lowestOfOverlappingGroups(
                        groups, groups.stream().filter(r -> r == group).findFirst())
                .map(r -> r == group)
                .orElse(false);
    }

    /** A general maximum counts codeless usage and General codes no category or code maximum covers; others their targets. */
    private static boolean inScope(
            BenefitRow row, List<Target> tighter, String code, Function<String, CodeCategories> catsOf) {
        if (!(row.target() instanceof Target.General)) {
            return code != null
                    && MatchBenefits.covers(row.target(), code, catsOf.apply(code))
                    && tighter.stream().noneMatch(t -> MatchBenefits.covers(t, code, catsOf.apply(code)));
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
