package io.bitewing.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.bitewing.shared.money.MoneyString;
import io.bitewing.shared.web.Ref;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An insurance plan as the reference shows it, with the estimator settings we add. */
public record Plan(
        @Schema(description = "Plan UUID.") UUID id,

        @Schema(description = "Brief carrier reference embedded in plan output.")
        Ref carrier,

        @Schema(
                description =
                        "Plan type. One of: category_percentage, ppo_percentage, ppo_fixed_benefit, medicaid_flat_copay, capitation.")
        PlanType planType,

        @Schema(
                description =
                        "in_network for PPO, fixed-benefit, flat-copay and capitation plans; out_of_network for category percentage. Derived from plan_type.")
        Network network,

        String groupName,
        String groupNumber,

        @Schema(description = "Month (1-12) the benefit year starts; null means the calendar year.")
        Integer benefitYearStartMonth,

        @Schema(description = "COB rule; null uses the organisation's default_cob_rule.")
        CobRule cobRule,

        @Schema(description = "Claim form type. One of: ada_2019, cms_1500.")
        ClaimFormType claimFormType,

        @Schema(description = "Whether claims use UCR fees.")
        boolean claimsUseUcr,

        @Schema(description = "E-claim send behavior. One of: send, do_not_send, secondary_only.")
        EclaimSendBehavior eclaimSendBehavior,

        String filingCode,
        String filingCodeSubtype,

        @Schema(description = "Whether assignment of benefits is accepted.")
        boolean assignmentOfBenefits,

        @Schema(description = "Whether release of information is authorized.")
        boolean releaseOfInformation,

        @Schema(description = "Whether hidden from default list views.")
        boolean isHidden,

        @Schema(description = "Whether this is a medical plan.")
        boolean isMedical,

        @Schema(description = "Whether verification-exempt.")
        boolean isVerificationExempt,

        @Schema(description = "Whether to show base units on claims.")
        boolean showBaseUnits,

        @Schema(
                description =
                        "Ortho auto-claim type. One of: none, initial_only, initial_plus_visit, initial_plus_periodic.")
        OrthoAutoClaimType orthoAutoClaimType,

        @Schema(description = "Days to wait between ortho auto-claims.")
        Integer orthoAutoClaimDaysWait,

        @MoneyString BigDecimal orthoAutoFeeAmt,
        String orthoAutoProcCode,

        @Schema(description = "Substitution code behavior. One of: none, downgrade_to_amalgam, custom.")
        SubstitutionCodeBehavior substitutionCodeBehavior,

        @Schema(
                description =
                        "Whether a downgrade (substitution) also writes off the difference on PPO plans. Default false.")
        boolean writeoffOnSubstitution,

        @Schema(
                description =
                        "What an excluded procedure costs: practice_default (the settings' writeoff_on_exclusion), do_nothing, use_ucr_fee. Default practice_default.")
        ExclusionFeeRule exclusionFeeRule,

        @Schema(
                description =
                        "Zero the write-off once the annual max is reached: default (the settings' writeoff_on_max_reached), yes, no.")
        TriState zeroWriteoffOnAnnualMax,

        @Schema(
                description =
                        "Zero the write-off when a frequency or age limit is met: default (the settings' writeoff_on_frequency_limit), yes, no.")
        TriState zeroWriteoffOnFrequencyOrAge,

        String planNote,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,

        @Schema(
                description = "The row's integer number, as the Open Dental dialect names it (its …Num). Assigned "
                        + "by the service, never reused.",
                accessMode = Schema.AccessMode.READ_ONLY)
        Long odNum) {

    public enum PlanType {
        category_percentage,
        ppo_percentage,
        ppo_fixed_benefit,
        medicaid_flat_copay,
        capitation;

        /** Category percentage is the out-of-network shape; every other type is a contracted, in-network plan. */
        public Network network() {
            return this == category_percentage ? Network.out_of_network : Network.in_network;
        }
    }

    public enum Network {
        in_network,
        out_of_network
    }

    public enum CobRule {
        basic,
        standard,
        carve_out,
        secondary_medicaid
    }

    public enum ClaimFormType {
        ada_2019,
        cms_1500
    }

    public enum EclaimSendBehavior {
        send,
        do_not_send,
        secondary_only
    }

    public enum OrthoAutoClaimType {
        none,
        initial_only,
        initial_plus_visit,
        initial_plus_periodic
    }

    public enum SubstitutionCodeBehavior {
        none,
        downgrade_to_amalgam,
        custom
    }

    public enum ExclusionFeeRule {
        practice_default,
        do_nothing,
        use_ucr_fee
    }

    /** yes, no or default (follow the organisation's setting); {@code default} is a Java keyword, hence the mapping. */
    public enum TriState {
        @JsonProperty("default")
        DEFAULT,
        yes,
        no;

        public static TriState of(String wire) {
            return "default".equals(wire) ? DEFAULT : valueOf(wire);
        }

        @Override
        public String toString() {
            return this == DEFAULT ? "default" : name();
        }
    }
}
