package io.bitewing.benefit;

import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.benefit.Benefit.CoverageLevel;
import io.bitewing.benefit.Benefit.QuantityQualifier;
import io.bitewing.benefit.Benefit.TimePeriod;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What of a stored benefit the estimator does not apply, and why (estimation-rules.md §3 "Stored but not applied").
 * Open Dental, and so its integrations and imports, accept these shapes; refusing them would lose data an office
 * already has, so they are kept, and the benefit and every estimate line its target covers say they are not applied.
 * The estimator's own rules decide what it reads; this names, in one place, the shapes those rules pass over, and the
 * engine tests keep the two in step.
 */
public final class EstimatorUse {

    private static final Set<TimePeriod> PER_YEAR =
            EnumSet.of(TimePeriod.calendar_year, TimePeriod.service_year, TimePeriod.number_in_last_12_months);
    private static final Set<TimePeriod> SPAN = EnumSet.of(TimePeriod.none, TimePeriod.years);
    private static final Set<TimePeriod> DEDUCTIBLE_PERIODS =
            EnumSet.of(TimePeriod.calendar_year, TimePeriod.service_year, TimePeriod.lifetime, TimePeriod.none);

    private EstimatorUse() {}

    /** Empty when the estimator applies the whole benefit; else what it leaves out, in a sentence. */
    public static Optional<String> notApplied(Benefit b) {
        boolean targeted = !(b.target() instanceof Benefit.Target.General);
        return Optional.ofNullable(reason(b, targeted));
    }

    private static String reason(Benefit b, boolean targeted) {
        BenefitType type = b.benefitType();
        if (type == BenefitType.active_coverage) {
            return "An active coverage benefit records that the plan covers its target, as an eligibility answer "
                    + "does; it changes no amount: the plan's percentages, deductibles and maximums do.";
        }
        if (type == BenefitType.copayment) {
            return "A copayment benefit is kept for reference only: the estimator takes copays from the plan's copay "
                    + "fee schedule.";
        }
        if (type == BenefitType.exclusion && !targeted) {
            return "An exclusion with no category, code group or procedure code excludes nothing: aim it at what the "
                    + "plan does not cover.";
        }
        if (type == BenefitType.waiting_period && !targeted) {
            return "A waiting period with no category, code group or procedure code is not applied: aim it at what "
                    + "waits.";
        }
        if ((type == BenefitType.deductible || type == BenefitType.family_deductible)
                && !DEDUCTIBLE_PERIODS.contains(b.timePeriod())) {
            return "A deductible counted over time_period " + b.timePeriod() + " is not applied: the estimator counts "
                    + "deductibles per benefit year (calendar_year or service_year) or lifetime.";
        }
        if (type == BenefitType.limitation) {
            return limitation(b, targeted);
        }
        if (b.isDeductibleExempt() && !targeted && type != BenefitType.deductible) {
            return "is_deductible_exempt is not applied on a benefit with no target: the general deductible is the "
                    + "plan's own deductible benefit.";
        }
        return null;
    }

    private static String limitation(Benefit b, boolean targeted) {
        QuantityQualifier q = b.quantityQualifier();
        if (b.monetaryAmt() != null) {
            if (q == QuantityQualifier.none) return null;
            if (q == QuantityQualifier.age_limit) {
                return "The monetary_amt of an age limit is not applied: the age limit is, the amount is not.";
            }
            return "A limitation with both monetary_amt and quantity_qualifier " + q + " is not applied: an amount "
                    + "with no qualifier is a maximum, a count of services takes no amount.";
        }
        return switch (q) {
            case none -> "A limitation with neither monetary_amt nor quantity_qualifier limits nothing.";
            case visits ->
                "The visits qualifier is kept for Open Dental compatibility and not applied: count services with "
                        + "number_of_services.";
            case age_limit -> null;
            case number_of_services, years, months -> frequency(b, targeted, q);
        };
    }

    private static String frequency(Benefit b, boolean targeted, QuantityQualifier q) {
        if (!targeted) {
            return "A frequency limitation with no category, code group or procedure code is not applied: aim it at "
                    + "the services it counts.";
        }
        if (b.quantity() == null || b.quantity() <= 0) {
            return "A frequency limitation with no quantity above 0 is not applied.";
        }
        if (b.coverageLevel() == CoverageLevel.family) {
            return "A frequency limitation at family coverage level is not applied: frequencies count one patient's "
                    + "services.";
        }
        boolean counted = q == QuantityQualifier.number_of_services
                ? PER_YEAR.contains(b.timePeriod())
                : SPAN.contains(b.timePeriod());
        if (!counted) {
            return "A frequency limitation of " + q + " over time_period " + b.timePeriod() + " is not applied: "
                    + (q == QuantityQualifier.number_of_services
                            ? "a number of services counts per calendar_year, service_year or "
                                    + "number_in_last_12_months."
                            : "every N " + q + " takes time_period none or years.");
        }
        return null;
    }
}
