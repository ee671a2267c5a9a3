package io.bitewing.enrollment;

import io.bitewing.benefit.BenefitRequests;
import io.bitewing.carrier.CarrierRequests;
import io.bitewing.patientplan.PatientPlan.Relationship;
import io.bitewing.patientplan.PatientPlanRequests;
import io.bitewing.plan.Plan.ClaimFormType;
import io.bitewing.plan.Plan.CobRule;
import io.bitewing.plan.Plan.EclaimSendBehavior;
import io.bitewing.plan.Plan.ExclusionFeeRule;
import io.bitewing.plan.Plan.OrthoAutoClaimType;
import io.bitewing.plan.Plan.PlanType;
import io.bitewing.plan.Plan.SubstitutionCodeBehavior;
import io.bitewing.plan.Plan.TriState;
import io.bitewing.plan.PlanRequests;
import io.bitewing.practice.patient.PatientRequests;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The enrollment body: every part is named by uuid or described inline with the fields its own create endpoint
 * takes, so nested validation errors point into the part ({@code ["body", "plan", "benefits", 2, "percent"]}).
 */
public final class EnrollmentRequests {

    /** As many rows as a plan's bulk benefit set takes. */
    static final int MAX_BENEFITS = 500;

    private EnrollmentRequests() {}

    public record Create(
            @NotNull @Schema(description = "UUID of the patient to cover.")
            UUID patientUuid,

            @Schema(
                    description = "UUID of the subscriber (a patient). Give this or subscriber; with neither and "
                            + "relationship_to_subscriber self, the patient is the subscriber.")
            UUID subscriberUuid,

            @Valid
            @Schema(description = "A new patient to create as the subscriber, with the fields of patient create.")
            PatientRequests.Create subscriber,

            @Schema(description = "UUID of an existing live insurance plan. Give this or plan.")
            UUID insurancePlanUuid,

            @Valid
            @Schema(
                    description = "The plan described inline; reused when a live plan of the same carrier has "
                            + "the same group_number.")
            NewPlan plan,

            @NotNull
            @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            @Size(max = 50)
            @Schema(description = "Subscriber ID number assigned by the carrier.")
            String subscriberIdNumber,

            @NotNull
            @Schema(
                    description = "The patient's relationship to the subscriber. One of: self, spouse, child, "
                            + "other; self exactly when the patient is the subscriber.")
            Relationship relationshipToSubscriber,

            @Min(1)
            @Max(PatientPlanRequests.MAX_IN_FORCE)
            @Schema(description = "Priority ordinal (1-3) of the new patient plan; defaults to the lowest one free.")
            Integer ordinal,

            @Schema(
                    description = "With ordinal: end (set inactive) the patient plan in force at that ordinal in "
                            + "the same transaction, so the new plan takes its place. Default false: a taken "
                            + "ordinal is a 422.")
            Boolean replaceExisting,

            @Schema(description = "Date the subscription takes effect, for a subscription this call creates.")
            LocalDate dateEffective) {}

    /**
     * The fields of plan create, with the carrier given as {@code carrier_uuid} or an inline {@code carrier}, and
     * the plan's {@code benefits}.
     */
    public record NewPlan(
            @Schema(description = "UUID of an existing live carrier. Give this or carrier.")
            UUID carrierUuid,

            @Valid
            @Schema(
                    description = "The carrier described inline, with the fields of carrier create; reused when "
                            + "a live carrier has the same name (case-insensitive).")
            CarrierRequests.Create carrier,

            @NotNull
            @Schema(
                    description =
                            "Plan type. One of: category_percentage, ppo_percentage, ppo_fixed_benefit, medicaid_flat_copay, capitation.")
            PlanType planType,

            @Size(max = 200) String groupName,

            @Size(max = 50) @Schema(description = "Group number; with the carrier, it identifies a plan to reuse.")
            String groupNumber,

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
            @Size(max = 4000) String planNote,

            @Size(max = MAX_BENEFITS)
            @Schema(
                    description = "The plan's benefits, with the fields of benefit create; checked together before "
                            + "anything is written. Ignored when an existing plan is reused.")
            List<BenefitRequests.@NotNull @Valid Create> benefits) {

        public NewPlan {
            benefits = benefits == null ? List.of() : benefits;
        }

        /** The plan create body for this plan under the carrier it resolved to. */
        PlanRequests.Create toCreate(UUID carrierId) {
            return new PlanRequests.Create(
                    carrierId,
                    planType,
                    groupName,
                    groupNumber,
                    benefitYearStartMonth,
                    cobRule,
                    claimFormType,
                    claimsUseUcr,
                    eclaimSendBehavior,
                    filingCode,
                    filingCodeSubtype,
                    assignmentOfBenefits,
                    releaseOfInformation,
                    isHidden,
                    isMedical,
                    isVerificationExempt,
                    showBaseUnits,
                    orthoAutoClaimType,
                    orthoAutoClaimDaysWait,
                    orthoAutoFeeAmt,
                    orthoAutoProcCode,
                    substitutionCodeBehavior,
                    writeoffOnSubstitution,
                    exclusionFeeRule,
                    zeroWriteoffOnAnnualMax,
                    zeroWriteoffOnFrequencyOrAge,
                    planNote);
        }
    }
}
