package io.bitewing.payor;

import io.bitewing.eligibility.Eligibility.CobOnFile;
import io.bitewing.eligibility.Eligibility.FundingType;
import io.bitewing.eligibility.Eligibility.NetworkStatus;
import io.bitewing.eligibility.Eligibility.Relationship;
import io.bitewing.eligibility.Eligibility.RenewalType;
import io.bitewing.eligibility.Eligibility.Responsibility;
import io.bitewing.eligibility.Eligibility.Status;
import io.bitewing.shared.money.MoneyString;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Payor resource: a patient's coverage and the latest eligibility answer on it, as the Payor shape shows it. The
 * id is the eligibility record's; insurance and subscriber describe what Bitewing matched or created.
 */
@Schema(name = "Payor", description = "A patient's coverage with its latest eligibility answer, in the Payor shape.")
record Payor(
        UUID id,
        String createdAt,
        String updatedAt,
        String patientId,
        String insuranceId,
        String subscriberId,
        String insuredMemberId,
        String groupNumber,
        Relationship relationshipToSubscriber,
        Responsibility payorResponsibility,
        Status eligibilityCheckStatus,
        String eligibilityCheckComment,
        Instant eligibilityCheckDate,
        Integer eligibilityVersion,
        Instant coverageFrom,
        Instant coverageTo,
        NetworkStatus providerNetworkStatus,
        FundingType planFundingType,
        String planName,
        String planType,
        RenewalType planRenewalDateType,
        String groupDescription,
        CobOnFile cobOnFile,
        String cobNotes,
        Instant cobLastVerifiedAt,
        Boolean hasOtherActiveCoverage,
        Boolean outOfStateBenefits,
        String outOfStateBenefitsComments,
        Boolean inGracePeriod,
        LocalDate lastPaymentDate,
        Boolean isCobraCoverage,
        Boolean deductibleApplyToOop,
        @MoneyString BigDecimal individualDeductiblePolicyInNetwork,
        @MoneyString BigDecimal individualDeductiblePolicyOutNetwork,
        @MoneyString BigDecimal individualDeductibleRemainingInNetwork,
        @MoneyString BigDecimal individualDeductibleRemainingOutNetwork,
        @MoneyString BigDecimal individualOopMaxPolicyInNetwork,
        @MoneyString BigDecimal individualOopMaxPolicyOutNetwork,
        @MoneyString BigDecimal individualOopMaxRemainingInNetwork,
        @MoneyString BigDecimal individualOopMaxRemainingOutNetwork,
        @MoneyString BigDecimal familyDeductiblePolicyInNetwork,
        @MoneyString BigDecimal familyDeductiblePolicyOutNetwork,
        @MoneyString BigDecimal familyDeductibleRemainingInNetwork,
        @MoneyString BigDecimal familyDeductibleRemainingOutNetwork,
        @MoneyString BigDecimal familyOopMaxPolicyInNetwork,
        @MoneyString BigDecimal familyOopMaxPolicyOutNetwork,
        @MoneyString BigDecimal familyOopMaxRemainingInNetwork,
        @MoneyString BigDecimal familyOopMaxRemainingOutNetwork,
        List<Map<String, Object>> benefitsRelatedEntities,

        @Schema(description = "The carrier and plan the insurance resolved to.")
        Insurance insurance,

        @Schema(description = "The subscriber holding the plan.")
        SubscriberHeld subscriber,

        @Schema(description = "The vendor's services[] as sent.")
        List<Map<String, Object>> services,

        @Schema(description = "The record's version, for PATCH.")
        int version) {

    record Insurance(
            UUID carrierId,
            String carrierName,
            UUID insurancePlanId,
            String groupNumber,
            String groupName,
            String planType,
            UUID subscriptionId,
            UUID patientPlanId,
            int ordinal) {}

    record SubscriberHeld(UUID id, String firstName, String lastName, LocalDate dob) {}
}
