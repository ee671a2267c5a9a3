package io.bitewing.settings;

import io.bitewing.settings.InsuranceSettings.BenefitYearType;
import io.bitewing.settings.InsuranceSettings.CobRule;
import io.bitewing.settings.InsuranceSettings.EstimateDisplayMode;
import io.bitewing.settings.InsuranceSettings.InsuranceTab;
import io.bitewing.settings.InsuranceSettings.WriteOffMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** PATCH body of the settings; every field but base_version optional, none may be nulled. */
record SettingsUpdate(
        @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
        Integer baseVersion,

        Boolean allowFeeExceedUcr,
        Boolean allowVerificationWithoutAppointment,
        Boolean autoCalculateEstimates,
        Boolean autoFlagUnverified,
        @Min(1) @Max(3650) Integer benefitsVerifyDays,
        Boolean colorCodeProcedures,
        @Min(0) @Max(365) Integer daysBeforeAppointmentFlag,
        BenefitYearType defaultBenefitYearType,
        CobRule defaultCobRule,
        @Min(1) @Max(12) Integer defaultFiscalYearStart,
        InsuranceTab defaultInsuranceTab,
        @Min(1) @Max(3650) Integer eligibilityVerifyDays,
        EstimateDisplayMode estimateDisplayMode,
        Boolean includeWriteOff,
        Boolean showAlertsOnCheckIn,
        Boolean showOnBanner,
        Boolean showOnTreatmentPlans,
        Boolean showRemainingBenefits,
        WriteOffMethod writeOffMethod,
        Boolean writeoffOnExclusion,
        Boolean writeoffOnFrequencyLimit,
        Boolean writeoffOnMaxReached,
        Boolean ppoSecondaryWriteoffs,
        Boolean fixedBenefitBlankLikeZero,
        Boolean exclusionUsesUcrFee,
        Boolean outOfNetworkBlankLikeZero,
        Boolean checkFrequency) {}
