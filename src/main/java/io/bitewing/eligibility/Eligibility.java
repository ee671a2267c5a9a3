package io.bitewing.eligibility;

import io.bitewing.shared.money.MoneyString;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A patient plan's eligibility record: the latest vendor answer, every field typed (the Payor shape's names), its
 * services and raw benefits entities kept as sent. Earlier answers stay in its history.
 */
public record Eligibility(
        @Schema(description = "Eligibility record UUID (the Payor dialect's payor id).")
        UUID id,

        @Schema(description = "The patient plan this record describes.")
        UUID patientPlanUuid,

        @Schema(description = "The insurance as the vendor named it: a carrier uuid or its electronic payer id.")
        String insuranceId,

        @Schema(description = "The member id as reported.") String insuredMemberId,

        @Schema(description = "The group number as reported.")
        String groupNumber,

        @Schema(
                description =
                        "The relationship as reported (the patient plan keeps the nearest of self, spouse, child, other).")
        Relationship relationshipToSubscriber,

        @Schema(description = "The order as reported.") Responsibility payorResponsibility,

        @Schema(description = "The vendor's verdict. Defaults to pending.")
        Status eligibilityCheckStatus,

        @Schema(description = "The vendor's comment on the check.")
        String eligibilityCheckComment,

        @Schema(description = "When the vendor checked; reported remaining amounts are as of this time.")
        Instant eligibilityCheckDate,

        @Schema(description = "The vendor's own version of its answer. Defaults to 0.")
        Integer eligibilityVersion,

        @Schema(description = "Coverage start as reported.") Instant coverageFrom,

        @Schema(description = "Coverage end as reported.") Instant coverageTo,

        @Schema(
                description =
                        "in_network or out_of_network overrides the plan type's network for this patient's estimates.")
        NetworkStatus providerNetworkStatus,

        @Schema(description = "Plan funding type.") FundingType planFundingType,

        @Schema(description = "Plan name as reported.") String planName,

        @Schema(description = "X12 insurance type code as reported (01, 12, HM, PR, …).")
        String planType,

        @Schema(description = "How the plan renews.") RenewalType planRenewalDateType,

        @Schema(description = "Group description as reported.")
        String groupDescription,

        @Schema(description = "Coordination of benefits status.")
        CobOnFile cobOnFile,

        @Schema(description = "Notes about coordination of benefits.")
        String cobNotes,

        @Schema(description = "When coordination of benefits was last verified.")
        Instant cobLastVerifiedAt,

        @Schema(description = "Whether the patient has other active coverage.")
        Boolean hasOtherActiveCoverage,

        @Schema(description = "Whether the plan covers out-of-state services.")
        Boolean outOfStateBenefits,

        @Schema(description = "Notes about out-of-state coverage.")
        String outOfStateBenefitsComments,

        @Schema(description = "Whether coverage is in a grace period.")
        Boolean inGracePeriod,

        @Schema(description = "Last premium payment date.") LocalDate lastPaymentDate,

        @Schema(description = "Whether this is COBRA coverage.")
        Boolean isCobraCoverage,

        @Schema(description = "Whether the deductible counts toward the out-of-pocket maximum.")
        Boolean deductibleApplyToOop,

        @Schema(description = "Individual deductible amount, in network.") @MoneyString
        BigDecimal individualDeductiblePolicyInNetwork,

        @Schema(description = "Individual deductible amount, out of network.") @MoneyString
        BigDecimal individualDeductiblePolicyOutNetwork,

        @Schema(description = "Individual deductible remaining, in network (as of the check date).") @MoneyString
        BigDecimal individualDeductibleRemainingInNetwork,

        @Schema(description = "Individual deductible remaining, out of network (as of the check date).") @MoneyString
        BigDecimal individualDeductibleRemainingOutNetwork,

        @Schema(description = "Individual out-of-pocket maximum amount, in network.") @MoneyString
        BigDecimal individualOopMaxPolicyInNetwork,

        @Schema(description = "Individual out-of-pocket maximum amount, out of network.") @MoneyString
        BigDecimal individualOopMaxPolicyOutNetwork,

        @Schema(description = "Individual out-of-pocket maximum remaining, in network (as of the check date).")
        @MoneyString
        BigDecimal individualOopMaxRemainingInNetwork,

        @Schema(description = "Individual out-of-pocket maximum remaining, out of network (as of the check date).")
        @MoneyString
        BigDecimal individualOopMaxRemainingOutNetwork,

        @Schema(description = "Family deductible amount, in network.") @MoneyString
        BigDecimal familyDeductiblePolicyInNetwork,

        @Schema(description = "Family deductible amount, out of network.") @MoneyString
        BigDecimal familyDeductiblePolicyOutNetwork,

        @Schema(description = "Family deductible remaining, in network (as of the check date).") @MoneyString
        BigDecimal familyDeductibleRemainingInNetwork,

        @Schema(description = "Family deductible remaining, out of network (as of the check date).") @MoneyString
        BigDecimal familyDeductibleRemainingOutNetwork,

        @Schema(description = "Family out-of-pocket maximum amount, in network.") @MoneyString
        BigDecimal familyOopMaxPolicyInNetwork,

        @Schema(description = "Family out-of-pocket maximum amount, out of network.") @MoneyString
        BigDecimal familyOopMaxPolicyOutNetwork,

        @Schema(description = "Family out-of-pocket maximum remaining, in network (as of the check date).") @MoneyString
        BigDecimal familyOopMaxRemainingInNetwork,

        @Schema(description = "Family out-of-pocket maximum remaining, out of network (as of the check date).")
        @MoneyString
        BigDecimal familyOopMaxRemainingOutNetwork,

        @Schema(description = "The vendor's services[] (service type, copays, statuses), kept as sent.")
        List<Map<String, Object>> services,

        @Schema(description = "The vendor's benefits_related_entities, kept verbatim.")
        List<Map<String, Object>> benefitsRelatedEntities,

        @Schema(description = "Current version for optimistic concurrency.")
        int version,

        @Schema(description = "When the first answer was recorded.")
        Instant createdAt,

        @Schema(description = "When the latest answer was recorded.")
        Instant updatedAt) {

    public enum Relationship {
        spouse,
        self,
        child,
        employee,
        unknown,
        organ_donor,
        cadaver_donor,
        life_partner,
        other_relationship
    }

    public enum Responsibility {
        primary,
        secondary,
        tertiary,
        quaternary
    }

    public enum Status {
        active,
        inactive,
        pending,
        failed
    }

    public enum NetworkStatus {
        unknown,
        in_network,
        out_of_network
    }

    public enum FundingType {
        fully_funded,
        self_funded,
        unknown
    }

    public enum RenewalType {
        calendar_year,
        service_year,
        contract
    }

    public enum CobOnFile {
        not_required,
        pending,
        complete
    }
}
