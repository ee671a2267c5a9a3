package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.BenefitRow.BenefitType;
import io.bitewing.estimate.engine.BenefitRow.TimePeriod;
import io.bitewing.estimate.engine.HistoryRow.HistoryStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A plan's buckets at the as-of date (estimation-rules.md §8.3 display, §8.4 "Display formula"): used = received +
 * adjustments, pending, this estimate = the planned lines, remaining = total − all three (floor 0).
 */
final class Summarize {
    private Summarize() {}

    static PlanSummary plan(EstimateInput in, PlanInput plan, int ordinal, List<Usage> usage) {
        BenefitYear year = BenefitYear.containing(in.asOfDate(), plan.benefitYearStartMonth());
        Function<String, CodeCategories> catsOf = in::categoriesOf;
        List<BenefitRow> rows = PreferPatientOverrides.apply(plan.benefits());
        Bucket annual = general(rows, CapAtAnnualMaximum::isIndividualMax)
                .map(r -> max(r, rows, usage, year, catsOf))
                .orElse(null);
        Bucket family = general(rows, CapAtAnnualMaximum::isFamilyMax)
                .map(r -> max(r, rows, usage, year, catsOf))
                .orElse(null);
        Bucket ortho = rows.stream()
                .filter(CapAtAnnualMaximum::isIndividualMax)
                .filter(r -> r.type() == BenefitType.ORTHO_LIFETIME_MAX
                        || r.timePeriod() == TimePeriod.LIFETIME
                                && r.target() instanceof Target.Category c
                                && c.categoryId().equals(plan.orthoCategoryId()))
                .findFirst()
                .map(r -> max(r, rows, usage, year, catsOf))
                .orElse(null);
        Bucket ded = general(rows, ApplyDeductible::isIndividual)
                .map(r -> deductible(r, usage, year, true))
                .orElse(null);
        Bucket famDed = general(rows, ApplyDeductible::isFamily)
                .map(r -> deductible(r, usage, year, false))
                .orElse(null);
        return new PlanSummary(plan.id(), ordinal, year.start(), year.end(), annual, ded, family, famDed, ortho);
    }

    private static Optional<BenefitRow> general(List<BenefitRow> rows, Predicate<BenefitRow> kind) {
        return rows.stream()
                .filter(kind)
                .filter(r -> r.target() instanceof Target.General && r.ageMin() == null && r.ageMax() == null)
                .reduce((a, b) -> b.scope().ordinal() >= a.scope().ordinal() ? b : a);
    }

    private static Bucket max(
            BenefitRow r,
            List<BenefitRow> rows,
            List<Usage> usage,
            BenefitYear year,
            Function<String, CodeCategories> catsOf) {
        BigDecimal used = CapAtAnnualMaximum.used(
                r,
                rows,
                usage,
                year,
                catsOf,
                u -> u.status() == HistoryStatus.RECEIVED || u.status() == HistoryStatus.ADJUSTMENT);
        BigDecimal pending =
                CapAtAnnualMaximum.used(r, rows, usage, year, catsOf, u -> u.status() == HistoryStatus.PENDING);
        BigDecimal planned = CapAtAnnualMaximum.used(r, rows, usage, year, catsOf, Usage::planned);
        return bucket(r.amount(), used, pending, planned);
    }

    private static Bucket deductible(BenefitRow r, List<Usage> usage, BenefitYear year, boolean patientOnly) {
        BigDecimal used = BigDecimal.ZERO, pending = BigDecimal.ZERO, planned = BigDecimal.ZERO;
        for (Usage u : usage) {
            if ((patientOnly && !u.samePatient()) || !u.usesBenefits()) continue;
            if (r.timePeriod() != TimePeriod.LIFETIME && !year.contains(u.date())) continue;
            if (u.planned()) planned = planned.add(u.deductible());
            else if (u.status() == HistoryStatus.PENDING) pending = pending.add(u.deductible());
            else used = used.add(u.deductible());
        }
        return bucket(ApplyDeductible.amountOf(r), used, pending, planned);
    }

    private static Bucket bucket(BigDecimal total, BigDecimal used, BigDecimal pending, BigDecimal planned) {
        BigDecimal remaining =
                Cents.floor0(total.subtract(used).subtract(pending).subtract(planned));
        return new Bucket(
                Cents.round(total),
                Cents.round(used),
                Cents.round(pending),
                Cents.round(planned),
                Cents.round(remaining));
    }
}
