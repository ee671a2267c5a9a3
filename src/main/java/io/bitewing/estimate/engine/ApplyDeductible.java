package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.BenefitRow.BenefitType;
import io.bitewing.estimate.engine.BenefitRow.TimePeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The deductible still to pay for a code (estimation-rules.md §8.3, §13 E5/E7/E8/E10/E11/E40). The applicable individual
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
                && countsForDeductible(r.timePeriod());
    }

    private static boolean countsForDeductible(TimePeriod p) {
        return p == TimePeriod.CALENDAR_YEAR
                || p == TimePeriod.SERVICE_YEAR
                || p == TimePeriod.LIFETIME
                || p == TimePeriod.NONE;
    }

    /** What remains of the deductible for a code, and why, when a rule limited it in a way the office should see. */
    record Remaining(BigDecimal amount, String note) {
        static final Remaining NONE = new Remaining(BigDecimal.ZERO, null);
    }

    /** The remaining deductible for {@code code} on {@code dos}, before capping at the line's allowed − copay. */
    static Remaining remaining(
            List<BenefitRow> plan,
            String code,
            CodeCategories cats,
            Integer age,
            LocalDate dos,
            BenefitYear year,
            List<Usage> usage,
            Function<String, CodeCategories> catsOf,
            CategoryRoles roles,
            String orthoCategoryId) {
        List<BenefitRow> rows = generalCategoryIsGeneral(plan, roles);
        List<BenefitRow> individual = MatchBenefits.matching(rows, ApplyDeductible::isIndividual, code, cats, age);
        List<BenefitRow> families = MatchBenefits.matching(rows, ApplyDeductible::isFamily, code, cats, age);
        Optional<BenefitRow> general = MatchBenefits.mostSpecific(generalOnes(individual, true), cats);
        Optional<BenefitRow> specific = highestOfOverlappingGroups(generalOnes(individual, false), cats);
        Optional<BenefitRow> familyGeneral = MatchBenefits.mostSpecific(generalOnes(families, true), cats);
        Optional<BenefitRow> familySpecific = highestOfOverlappingGroups(generalOnes(families, false), cats);
        // Our rule E11: a family deductible with no individual one on its target caps each patient as well.
        if (specific.isEmpty()) specific = familySpecific;
        if (general.isEmpty() && specific.isEmpty()) general = familyGeneral;

        if (specific.isPresent() && amountOf(specific.get()).signum() == 0) return Remaining.NONE;
        if (specific.isEmpty() && orthoWaived(rows, cats, orthoCategoryId)) return Remaining.NONE;
        if (general.isEmpty() && specific.isEmpty()) return Remaining.NONE;
        if (general.isPresent() && specific.isEmpty() && amountOf(general.get()).signum() == 0) return Remaining.NONE;

        BigDecimal g = general.map(
                        r -> Cents.floor0(amountOf(r).subtract(used(r, usage, dos, year, true, null, catsOf))))
                .orElse(null);
        BigDecimal s = specific.map(r -> Cents.floor0(amountOf(r)
                        .subtract(used(r, usage, dos, year, true, r.target(), sharedWith(r, rows, roles), catsOf))))
                .orElse(null);
        if (s != null && familySpecific.isPresent()) {
            s = Cents.min(s, familyRemaining(familySpecific.get(), usage, dos, year, catsOf, roles, rows));
        }
        String note = null;
        if (g != null
                && s != null
                && s.compareTo(g) > 0
                && amountOf(specific.get()).compareTo(amountOf(general.get())) > 0) {
            note = "Deductible of " + Cents.show(amountOf(specific.get())) + " for this code is limited by the general "
                    + "deductible of " + Cents.show(amountOf(general.get())) + ", of which " + Cents.show(g)
                    + " remains";
        }
        BigDecimal remaining = g == null ? s : s == null ? g : Cents.min(g, s);
        if (familyGeneral.isPresent()) {
            remaining =
                    Cents.min(remaining, familyRemaining(familyGeneral.get(), usage, dos, year, catsOf, roles, rows));
        }
        return new Remaining(remaining, note);
    }

    /** A family deductible's remaining over everyone on the subscription, floored at 0. */
    private static BigDecimal familyRemaining(
            BenefitRow family,
            List<Usage> usage,
            LocalDate dos,
            BenefitYear year,
            Function<String, CodeCategories> catsOf,
            CategoryRoles roles,
            List<BenefitRow> rows) {
        Target scope = family.target() instanceof Target.General ? null : family.target();
        return Cents.floor0(amountOf(family)
                .subtract(used(
                        family,
                        usage,
                        dos,
                        year,
                        false,
                        scope,
                        scope == null ? null : sharedWith(family, rows, roles),
                        catsOf)));
    }

    private static List<BenefitRow> generalOnes(List<BenefitRow> rows, boolean general) {
        return rows.stream()
                .filter(r -> (r.target() instanceof Target.General) == general)
                .toList();
    }

    /**
     * The most specific row; where code groups overlap at the top the higher deductible applies (estimation-rules.md
     * §13 E35).
     */
    private static Optional<BenefitRow> highestOfOverlappingGroups(List<BenefitRow> rows, CodeCategories cats) {
        Optional<BenefitRow> best = MatchBenefits.mostSpecific(rows, cats);
        if (best.isEmpty() || !(best.get().target() instanceof Target.CodeGroup)) return best;
        return rows.stream()
                .filter(r -> r.target() instanceof Target.CodeGroup
                        && r.scope() == best.get().scope())
                .max(java.util.Comparator.comparing(ApplyDeductible::amountOf));
    }

    /**
     * A deductible aimed at the General category is the general deductible (estimation-rules.md §8.3): deductible used
     * anywhere, adjustments without a code included, counts against it.
     */
    private static List<BenefitRow> generalCategoryIsGeneral(List<BenefitRow> rows, CategoryRoles roles) {
        if (roles == null || roles.general() == null) return rows;
        Target general = Target.category(roles.general());
        return rows.stream()
                .map(r -> (isIndividual(r) || isFamily(r)) && general.equals(r.target())
                        ? r.withTarget(Target.general())
                        : r)
                .toList();
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
        if (orthoCategoryId == null || !MatchBenefits.covers(Target.category(orthoCategoryId), null, cats))
            return false;
        return rows.stream()
                .anyMatch(r -> CapAtAnnualMaximum.isIndividualMax(r)
                        && r.target() instanceof Target.Category c
                        && c.categoryId().equals(orthoCategoryId));
    }

    /**
     * E9 [T-7]: the plan's other category of the diagnostic/preventive pair when the deductible aims at one of them
     * and the plan has a deductible of the same amount and level for the other; earlier lines in either then share one
     * bucket, also beside a general deductible.
     */
    static Target sharedWith(BenefitRow specific, List<BenefitRow> rows, CategoryRoles roles) {
        if (roles == null || !(specific.target() instanceof Target.Category c)) return null;
        String other = c.categoryId().equals(roles.diagnostic())
                ? roles.preventive()
                : c.categoryId().equals(roles.preventive()) ? roles.diagnostic() : null;
        if (other == null) return null;
        Target partner = Target.category(other);
        boolean family = isFamily(specific);
        return rows.stream()
                        .anyMatch(r -> (family ? isFamily(r) : isIndividual(r))
                                && partner.equals(r.target())
                                && amountOf(r).compareTo(amountOf(specific)) == 0)
                ? partner
                : null;
    }

    static BigDecimal used(
            BenefitRow row,
            List<Usage> usage,
            LocalDate dos,
            BenefitYear year,
            boolean patientOnly,
            Target scope,
            Function<String, CodeCategories> catsOf) {
        return used(row, usage, dos, year, patientOnly, scope, null, catsOf);
    }

    /**
     * Deductible used in the row's window; {@code scope} null counts every code (adjustments included); earlier lines
     * of the treatment plan count in {@code partner}'s codes too.
     */
    static BigDecimal used(
            BenefitRow row,
            List<Usage> usage,
            LocalDate dos,
            BenefitYear year,
            boolean patientOnly,
            Target scope,
            Target partner,
            Function<String, CodeCategories> catsOf) {
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
