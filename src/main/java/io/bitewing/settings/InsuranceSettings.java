package io.bitewing.settings;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** An organisation's insurance settings as the reference shows them. */
public record InsuranceSettings(
        @Schema(description = "Settings UUID.") UUID id,

        @Schema(description = "Whether insurance fees may exceed UCR.")
        boolean allowFeeExceedUcr,

        @Schema(description = "Allow verification without appointment.")
        boolean allowVerificationWithoutAppointment,

        @Schema(description = "Auto-calculate estimates.") boolean autoCalculateEstimates,

        @Schema(description = "Auto-flag unverified insurance.")
        boolean autoFlagUnverified,

        @Schema(description = "Days between benefits re-verifications.")
        int benefitsVerifyDays,

        @Schema(description = "Color-code procedures by category.")
        boolean colorCodeProcedures,

        @Schema(description = "Days before appointment to flag.")
        int daysBeforeAppointmentFlag,

        @Schema(description = "Benefit year type. One of: calendar, fiscal.")
        BenefitYearType defaultBenefitYearType,

        @Schema(description = "Default COB rule. One of: basic, standard, carve_out, secondary_medicaid.")
        CobRule defaultCobRule,

        @Schema(description = "Fiscal year start month (1-12).")
        int defaultFiscalYearStart,

        @Schema(description = "Default tab. One of: benefits, claims, coverage.")
        InsuranceTab defaultInsuranceTab,

        @Schema(description = "Days between eligibility re-verifications.")
        int eligibilityVerifyDays,

        @Schema(description = "How estimates are displayed. One of: detailed, summary.")
        EstimateDisplayMode estimateDisplayMode,

        @Schema(description = "Include write-offs in estimates.")
        boolean includeWriteOff,

        @Schema(description = "Show alerts during check-in.")
        boolean showAlertsOnCheckIn,

        @Schema(description = "Show insurance in patient banner.")
        boolean showOnBanner,

        @Schema(description = "Show estimates on treatment plans.")
        boolean showOnTreatmentPlans,

        @Schema(description = "Show remaining benefits in banner.")
        boolean showRemainingBenefits,

        @Schema(description = "Write-off method. One of: lesser_of_ucr_fee, fee_only, ucr_only.")
        WriteOffMethod writeOffMethod,

        @Schema(description = "Auto write-off on exclusion.")
        boolean writeoffOnExclusion,

        @Schema(description = "Auto write-off on frequency limit.")
        boolean writeoffOnFrequencyLimit,

        @Schema(description = "Auto write-off when annual max reached.")
        boolean writeoffOnMaxReached,

        @Schema(description = "A secondary PPO plan also estimates a write-off. Default false.")
        boolean ppoSecondaryWriteoffs,

        @Schema(
                description =
                        "A blank fixed-benefit schedule entry counts as 0.00 (else the percentage applies). Default false.")
        boolean fixedBenefitBlankLikeZero,

        @Schema(description = "An excluded procedure is billed at the UCR fee rather than the PPO fee. Default false.")
        boolean exclusionUsesUcrFee,

        @Schema(description = "A blank out-of-network schedule entry counts as 0.00 (else the UCR fee). Default false.")
        boolean outOfNetworkBlankLikeZero,

        @Schema(description = "Frequency limitations reduce estimates. Default true.")
        boolean checkFrequency,

        @JsonProperty("base_version")
        @Schema(
                name = "base_version",
                description = "Current version for optimistic concurrency — send it back as base_version.")
        int version,

        Instant createdAt,
        Instant updatedAt) {

    public enum BenefitYearType {
        calendar,
        fiscal
    }

    public enum CobRule {
        basic,
        standard,
        carve_out,
        secondary_medicaid
    }

    public enum InsuranceTab {
        benefits,
        claims,
        coverage
    }

    public enum EstimateDisplayMode {
        detailed,
        summary
    }

    public enum WriteOffMethod {
        lesser_of_ucr_fee,
        fee_only,
        ucr_only
    }
}
