package io.bitewing.plan;

import io.bitewing.plan.Plan.ClaimFormType;
import io.bitewing.plan.Plan.CobRule;
import io.bitewing.plan.Plan.EclaimSendBehavior;
import io.bitewing.plan.Plan.ExclusionFeeRule;
import io.bitewing.plan.Plan.OrthoAutoClaimType;
import io.bitewing.plan.Plan.PlanType;
import io.bitewing.plan.Plan.SubstitutionCodeBehavior;
import io.bitewing.plan.Plan.TriState;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/** Request bodies of the plan endpoints. */
public final class PlanRequests {

    private PlanRequests() {}

    public record Create(
            @NotNull @Schema(description = "UUID of the carrier this plan belongs to.")
            UUID carrierUuid,

            @NotNull
            @Schema(
                    description =
                            "Plan type. One of: category_percentage, ppo_percentage, ppo_fixed_benefit, medicaid_flat_copay, capitation.")
            PlanType planType,

            @Size(max = 200) @Schema(example = "Harbor Manufacturing PPO")
            String groupName,

            @Size(max = 50) @Schema(example = "HM-20451") String groupNumber,
            @Min(1) @Max(12) @Schema(example = "1") Integer benefitYearStartMonth,
            CobRule cobRule,
            ClaimFormType claimFormType,
            Boolean claimsUseUcr,
            EclaimSendBehavior eclaimSendBehavior,
            @Size(max = 50) @Schema(example = "CI") String filingCode,
            @Size(max = 50) String filingCodeSubtype,
            Boolean assignmentOfBenefits,
            Boolean releaseOfInformation,
            Boolean isHidden,
            Boolean isMedical,
            Boolean isVerificationExempt,
            Boolean showBaseUnits,
            OrthoAutoClaimType orthoAutoClaimType,
            @Min(0) @Max(3650) Integer orthoAutoClaimDaysWait,

            @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal orthoAutoFeeAmt,

            @Size(max = 15) @Schema(example = "D8670") String orthoAutoProcCode,
            SubstitutionCodeBehavior substitutionCodeBehavior,
            Boolean writeoffOnSubstitution,
            ExclusionFeeRule exclusionFeeRule,
            TriState zeroWriteoffOnAnnualMax,
            TriState zeroWriteoffOnFrequencyOrAge,

            @Size(max = 4000) @Schema(example = "Frequencies verified by phone with the carrier, Jan 2026.")
            String planNote) {

        /** A plan of this type, group and carrier with every setting left to its documented default. */
        public static Create of(UUID carrierUuid, PlanType planType, String groupName, String groupNumber) {
            return new Create(
                    carrierUuid,
                    planType,
                    groupName,
                    groupNumber,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /** Everything but plan_type may change; fields left out keep their value, nulls clear optional ones. */
    public record Update(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            UUID carrierUuid,
            @Size(max = 200) String groupName,
            @Size(max = 50) String groupNumber,
            @Min(1) @Max(12) Integer benefitYearStartMonth,
            CobRule cobRule,
            ClaimFormType claimFormType,
            Boolean claimsUseUcr,
            EclaimSendBehavior eclaimSendBehavior,
            @Size(max = 50) String filingCode,
            @Size(max = 50) String filingCodeSubtype,
            Boolean assignmentOfBenefits,
            Boolean releaseOfInformation,
            Boolean isHidden,
            Boolean isMedical,
            Boolean isVerificationExempt,
            Boolean showBaseUnits,
            OrthoAutoClaimType orthoAutoClaimType,
            @Min(0) @Max(3650) Integer orthoAutoClaimDaysWait,

            @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal orthoAutoFeeAmt,

            @Size(max = 15) String orthoAutoProcCode,
            SubstitutionCodeBehavior substitutionCodeBehavior,
            Boolean writeoffOnSubstitution,
            ExclusionFeeRule exclusionFeeRule,
            TriState zeroWriteoffOnAnnualMax,
            TriState zeroWriteoffOnFrequencyOrAge,
            @Size(max = 4000) String planNote) {}
}
