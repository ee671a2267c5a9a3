package io.bitewing.benefit;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.bitewing.plan.PlanBenefit;
import io.bitewing.practice.procedurecode.ProcedureCode.TreatArea;
import io.bitewing.practice.procedurecode.ProcedureCodeBrief;
import io.bitewing.shared.money.MoneyString;
import io.bitewing.shared.web.Ref;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A benefit rule as the reference shows it, plus {@code code_group}, {@code treat_area} and {@code coverage_level}.
 * It belongs to a plan ({@code insurance_plan}) or, as a patient override, to one patient plan ({@code patient_plan});
 * it targets at most one of a coverage category, a code group or a procedure code, and none means general.
 */
public record Benefit(
        @Schema(description = "Benefit UUID.") UUID id,

        @Schema(description = "The plan the benefit belongs to; null for a patient override.")
        Ref insurancePlan,

        @Schema(description = "The patient plan a patient override belongs to; null for plan benefits.")
        Ref patientPlan,

        @Schema(
                description =
                        "Benefit type. One of: coinsurance, deductible, annual_max, ortho_lifetime_max, exclusion, "
                                + "limitation, waiting_period, copayment, family_deductible, family_annual_max, "
                                + "active_coverage.")
        BenefitType benefitType,

        @Schema(description = "Target category, or null.") Ref coverageCategory,
        @Schema(description = "Target code group, or null.") Ref codeGroup,

        @Schema(description = "Target procedure code, or null. No target at all means a general benefit.")
        ProcedureCodeBrief procedureCode,

        @Schema(description = "Who the amount applies to. One of: none, individual, family.")
        CoverageLevel coverageLevel,

        @Schema(description = "Coinsurance percentage insurance pays, 0-100; coinsurance only.")
        Integer percent,

        @Schema(
                description = "Amount for deductibles, maximums, copayments and limitations. A category deductible of "
                        + "0.00 means the deductible does not apply to that category.")
        @MoneyString
        BigDecimal monetaryAmt,

        @Schema(description = "One of: none, service_year, calendar_year, lifetime, years, number_in_last_12_months.")
        TimePeriod timePeriod,

        @Schema(description = "One of: none, number_of_services, age_limit, visits, years, months.")
        QuantityQualifier quantityQualifier,

        @Schema(description = "Count for the qualifier (0-100): services, the through-age, years or months.")
        Integer quantity,

        @Schema(
                description =
                        "Treatment area a frequency limitation counts in. One of: none, surf, tooth, mouth, quad, "
                                + "sextant, arch, tooth_range; null except on frequency limitations.")
        TreatArea treatArea,

        Integer ageMin,
        Integer ageMax,

        @Schema(description = "Months a waiting period lasts from the subscription's effective date.")
        Integer waitingPeriodMonths,

        @Schema(description = "Whether exempt from the deductible.")
        boolean isDeductibleExempt,

        @Schema(description = "Code whose fee this benefit pays instead (downgrade), or null.")
        ProcedureCodeBrief substitutionCode,

        @Schema(description = "Current version for optimistic concurrency.")
        int version,

        @Schema(description = "Timestamp when the benefit was created.")
        Instant createdAt,

        @Schema(description = "Timestamp of the last update.")
        Instant updatedAt,

        Instant deletedAt,

        @Schema(
                description = "The row's integer number, as the Open Dental dialect names it (its …Num). Assigned "
                        + "by the service, never reused.",
                accessMode = Schema.AccessMode.READ_ONLY)
        Long odNum)
        implements PlanBenefit {

    public enum BenefitType {
        coinsurance,
        deductible,
        annual_max,
        ortho_lifetime_max,
        exclusion,
        limitation,
        waiting_period,
        copayment,
        family_deductible,
        family_annual_max,
        /** Open Dental's ActiveCoverage: the plan covers the target. Kept and shown; no estimate reads it. */
        active_coverage
    }

    public enum CoverageLevel {
        none,
        individual,
        family
    }

    public enum TimePeriod {
        none,
        service_year,
        calendar_year,
        lifetime,
        years,
        number_in_last_12_months
    }

    public enum QuantityQualifier {
        none,
        number_of_services,
        age_limit,
        visits,
        years,
        months
    }

    /** What a benefit aims at; exactly one of these, {@link General} when it names no category, group or code. */
    public sealed interface Target {
        record General() implements Target {}

        record Category(UUID id) implements Target {}

        record Group(UUID id) implements Target {}

        record Code(UUID id, String code) implements Target {}
    }

    public Target target() {
        if (coverageCategory != null) {
            return new Target.Category(coverageCategory.id());
        }
        if (codeGroup != null) {
            return new Target.Group(codeGroup.id());
        }
        if (procedureCode != null) {
            return new Target.Code(procedureCode.id(), procedureCode.code());
        }
        return new Target.General();
    }

    /** What of this benefit the estimator leaves out, and why; null when it applies all of it. */
    @JsonProperty(value = "not_applied", access = JsonProperty.Access.READ_ONLY)
    @Schema(
            description = "What of this benefit the estimator does not apply, and why; null when it applies all of "
                    + "it. Such benefits are kept (Open Dental and its imports carry them) and every estimate line "
                    + "their target covers says so in its notes.",
            nullable = true,
            accessMode = Schema.AccessMode.READ_ONLY)
    public String notApplied() {
        return EstimatorUse.notApplied(this).orElse(null);
    }

    /** True for a patient override, false for a plan benefit. */
    public boolean isPatientOverride() {
        return patientPlan != null;
    }
}
