package io.bitewing.estimate;

import io.bitewing.shared.money.MoneyString;
import io.bitewing.shared.web.Ref;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The estimate response (issue 5): per plan benefit buckets, per procedure lines, totals. */
record Estimate(
        @Schema(description = "The patient, named \"Last, First\".")
        Ref patient,

        LocalDate asOfDate,

        @Schema(description = "One of: treatment_plan, independent.")
        EstimateRequests.Mode mode,

        List<PlanPart> plans,
        List<ProcedurePart> procedures,
        Totals totals) {

    /** What remains on one coverage: the benefit year and each maximum and deductible. */
    record PlanPart(
            Ref patientPlan,
            int ordinal,
            Ref plan,

            @Schema(
                    description =
                            "One of: category_percentage, ppo_percentage, ppo_fixed_benefit, medicaid_flat_copay, capitation.")
            String planType,

            @Schema(
                    description = "One of: in_network, out_of_network: the network the eligibility vendor reported, "
                            + "else the plan type's.")
            String network,

            BenefitYear benefitYear,
            Bucket annualMax,
            Bucket deductible,
            Bucket familyAnnualMax,
            Bucket familyDeductible,
            Bucket orthoLifetimeMax,

            @Schema(
                    description = "What the patient plan's eligibility record reports, for the network used, beside "
                            + "the computed buckets; null without a record.")
            Reported reported) {}

    /** The vendor's figures as of its check date, in the network the estimate used. */
    record Reported(
            java.time.Instant eligibilityCheckDate,
            String eligibilityCheckStatus,
            @MoneyString BigDecimal individualDeductibleRemaining,
            @MoneyString BigDecimal familyDeductibleRemaining,
            @MoneyString BigDecimal individualOopMaxRemaining,
            @MoneyString BigDecimal familyOopMaxRemaining) {}

    record BenefitYear(LocalDate start, LocalDate end) {}

    @Schema(
            description = "A maximum or deductible: total, used (received and adjustments), pending, consumed by this "
                    + "estimate and remaining.")
    record Bucket(
            @MoneyString BigDecimal total,
            @MoneyString BigDecimal used,
            @MoneyString BigDecimal pending,
            @MoneyString BigDecimal thisEstimate,
            @MoneyString BigDecimal remaining) {}

    record ProcedurePart(
            String ref,
            String procedureCode,
            Ref coverageCategory,
            @MoneyString BigDecimal fee,
            int units,
            List<Line> lines,
            @MoneyString BigDecimal insuranceTotal,
            @MoneyString BigDecimal writeOffTotal,
            @MoneyString BigDecimal patientPortion) {}

    record Line(
            int ordinal,
            Ref patientPlan,
            @MoneyString BigDecimal allowedFee,
            @MoneyString BigDecimal copay,
            int coveragePercent,
            @MoneyString BigDecimal deductibleApplied,
            @MoneyString BigDecimal baseEstimate,
            @MoneyString BigDecimal paidByOtherPlans,
            @MoneyString BigDecimal insuranceEstimate,

            @Schema(description = "null when the plan type estimates no write-off.") @MoneyString
            BigDecimal writeOff,

            @Schema(
                    description = "Any of: annual_max, family_annual_max, ortho_lifetime_max, category_max, frequency, "
                            + "age_limit, waiting_period, exclusion, not_covered, coverage_terminated.")
            List<String> limitedBy,

            List<String> notes) {}

    record Totals(
            @MoneyString BigDecimal fee,
            @MoneyString BigDecimal insurance,
            @MoneyString BigDecimal writeOff,
            @MoneyString BigDecimal patientPortion) {}

    /** The remaining-benefits answer: the plans part of an estimate without procedures. */
    record RemainingBenefits(Ref patient, LocalDate asOfDate, List<PlanPart> plans) {}
}
