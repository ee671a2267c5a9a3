package io.bitewing.eligibility;

import io.bitewing.eligibility.Eligibility.CobOnFile;
import io.bitewing.eligibility.Eligibility.FundingType;
import io.bitewing.eligibility.Eligibility.NetworkStatus;
import io.bitewing.eligibility.Eligibility.Relationship;
import io.bitewing.eligibility.Eligibility.RenewalType;
import io.bitewing.eligibility.Eligibility.Responsibility;
import io.bitewing.eligibility.Eligibility.Status;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One eligibility answer as a vendor reports it, in the Payor shape's field names: the body of a PUT to a patient
 * plan's eligibility, and what the Payor dialect records. Every field is optional; one left out is recorded as not
 * reported (null), since each answer replaces the last whole.
 */
public record EligibilityAnswer(
        @Schema(description = "The version of the record this answer replaces; required once a record exists.")
        Integer baseVersion,

        @Size(max = 4000)
        @Schema(description = "The insurance as the vendor named it: a carrier uuid or its electronic payer id.")
        String insuranceId,

        @Size(max = 4000) @Schema(description = "The member id as reported.")
        String insuredMemberId,

        @Size(max = 4000) @Schema(description = "The group number as reported.")
        String groupNumber,

        @Schema(
                description =
                        "The relationship as reported (the patient plan keeps the nearest of self, spouse, child, other).")
        Relationship relationshipToSubscriber,

        @Schema(description = "The order as reported.") Responsibility payorResponsibility,

        @Schema(description = "The vendor's verdict. Defaults to pending.")
        Status eligibilityCheckStatus,

        @Size(max = 4000) @Schema(description = "The vendor's comment on the check.")
        String eligibilityCheckComment,

        @Schema(description = "When the vendor checked; reported remaining amounts are as of this time.")
        Instant eligibilityCheckDate,

        @Min(0) @Schema(description = "The vendor's own version of its answer. Defaults to 0.")
        Integer eligibilityVersion,

        @Schema(description = "Coverage start as reported.") Instant coverageFrom,

        @Schema(description = "Coverage end as reported.") Instant coverageTo,

        @Schema(
                description =
                        "in_network or out_of_network overrides the plan type's network for this patient's estimates.")
        NetworkStatus providerNetworkStatus,

        @Schema(description = "Plan funding type.") FundingType planFundingType,

        @Size(max = 4000) @Schema(description = "Plan name as reported.")
        String planName,

        @Size(max = 4000) @Schema(description = "X12 insurance type code as reported (01, 12, HM, PR, …).")
        String planType,

        @Schema(description = "How the plan renews.") RenewalType planRenewalDateType,

        @Size(max = 4000) @Schema(description = "Group description as reported.")
        String groupDescription,

        @Schema(description = "Coordination of benefits status.")
        CobOnFile cobOnFile,

        @Size(max = 4000) @Schema(description = "Notes about coordination of benefits.")
        String cobNotes,

        @Schema(description = "When coordination of benefits was last verified.")
        Instant cobLastVerifiedAt,

        @Schema(description = "Whether the patient has other active coverage.")
        Boolean hasOtherActiveCoverage,

        @Schema(description = "Whether the plan covers out-of-state services.")
        Boolean outOfStateBenefits,

        @Size(max = 4000) @Schema(description = "Notes about out-of-state coverage.")
        String outOfStateBenefitsComments,

        @Schema(description = "Whether coverage is in a grace period.")
        Boolean inGracePeriod,

        @Schema(description = "Last premium payment date.") LocalDate lastPaymentDate,

        @Schema(description = "Whether this is COBRA coverage.")
        Boolean isCobraCoverage,

        @Schema(description = "Whether the deductible counts toward the out-of-pocket maximum.")
        Boolean deductibleApplyToOop,

        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Schema(description = "Individual deductible amount, in network.")
        BigDecimal individualDeductiblePolicyInNetwork,

        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Schema(description = "Individual deductible amount, out of network.")
        BigDecimal individualDeductiblePolicyOutNetwork,

        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Schema(description = "Individual deductible remaining, in network (as of the check date).")
        BigDecimal individualDeductibleRemainingInNetwork,

        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Schema(description = "Individual deductible remaining, out of network (as of the check date).")
        BigDecimal individualDeductibleRemainingOutNetwork,

        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Schema(description = "Individual out-of-pocket maximum amount, in network.")
        BigDecimal individualOopMaxPolicyInNetwork,

        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Schema(description = "Individual out-of-pocket maximum amount, out of network.")
        BigDecimal individualOopMaxPolicyOutNetwork,

        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Schema(description = "Individual out-of-pocket maximum remaining, in network (as of the check date).")
        BigDecimal individualOopMaxRemainingInNetwork,

        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Schema(description = "Individual out-of-pocket maximum remaining, out of network (as of the check date).")
        BigDecimal individualOopMaxRemainingOutNetwork,

        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Schema(description = "Family deductible amount, in network.")
        BigDecimal familyDeductiblePolicyInNetwork,

        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Schema(description = "Family deductible amount, out of network.")
        BigDecimal familyDeductiblePolicyOutNetwork,

        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Schema(description = "Family deductible remaining, in network (as of the check date).")
        BigDecimal familyDeductibleRemainingInNetwork,

        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Schema(description = "Family deductible remaining, out of network (as of the check date).")
        BigDecimal familyDeductibleRemainingOutNetwork,

        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Schema(description = "Family out-of-pocket maximum amount, in network.")
        BigDecimal familyOopMaxPolicyInNetwork,

        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Schema(description = "Family out-of-pocket maximum amount, out of network.")
        BigDecimal familyOopMaxPolicyOutNetwork,

        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Schema(description = "Family out-of-pocket maximum remaining, in network (as of the check date).")
        BigDecimal familyOopMaxRemainingInNetwork,

        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Schema(description = "Family out-of-pocket maximum remaining, out of network (as of the check date).")
        BigDecimal familyOopMaxRemainingOutNetwork,

        @Size(max = 500)
        @Schema(description = "The vendor's services[] (service type, copays, statuses), kept as sent.")
        List<Map<String, Object>> services,

        @Size(max = 500) @Schema(description = "The vendor's benefits_related_entities, kept verbatim.")
        List<Map<String, Object>> benefitsRelatedEntities) {

    /** The answer on file, to lay a partial answer over. */
    public static EligibilityAnswer of(Eligibility record, Integer baseVersion) {
        return new EligibilityAnswer(
                baseVersion,
                record.insuranceId(),
                record.insuredMemberId(),
                record.groupNumber(),
                record.relationshipToSubscriber(),
                record.payorResponsibility(),
                record.eligibilityCheckStatus(),
                record.eligibilityCheckComment(),
                record.eligibilityCheckDate(),
                record.eligibilityVersion(),
                record.coverageFrom(),
                record.coverageTo(),
                record.providerNetworkStatus(),
                record.planFundingType(),
                record.planName(),
                record.planType(),
                record.planRenewalDateType(),
                record.groupDescription(),
                record.cobOnFile(),
                record.cobNotes(),
                record.cobLastVerifiedAt(),
                record.hasOtherActiveCoverage(),
                record.outOfStateBenefits(),
                record.outOfStateBenefitsComments(),
                record.inGracePeriod(),
                record.lastPaymentDate(),
                record.isCobraCoverage(),
                record.deductibleApplyToOop(),
                record.individualDeductiblePolicyInNetwork(),
                record.individualDeductiblePolicyOutNetwork(),
                record.individualDeductibleRemainingInNetwork(),
                record.individualDeductibleRemainingOutNetwork(),
                record.individualOopMaxPolicyInNetwork(),
                record.individualOopMaxPolicyOutNetwork(),
                record.individualOopMaxRemainingInNetwork(),
                record.individualOopMaxRemainingOutNetwork(),
                record.familyDeductiblePolicyInNetwork(),
                record.familyDeductiblePolicyOutNetwork(),
                record.familyDeductibleRemainingInNetwork(),
                record.familyDeductibleRemainingOutNetwork(),
                record.familyOopMaxPolicyInNetwork(),
                record.familyOopMaxPolicyOutNetwork(),
                record.familyOopMaxRemainingInNetwork(),
                record.familyOopMaxRemainingOutNetwork(),
                record.services(),
                record.benefitsRelatedEntities());
    }

    /** This answer replacing the given version, with the insurance as the vendor named it. */
    public EligibilityAnswer at(Integer version, String insuranceId) {
        return new EligibilityAnswer(
                version,
                insuranceId,
                insuredMemberId,
                groupNumber,
                relationshipToSubscriber,
                payorResponsibility,
                eligibilityCheckStatus,
                eligibilityCheckComment,
                eligibilityCheckDate,
                eligibilityVersion,
                coverageFrom,
                coverageTo,
                providerNetworkStatus,
                planFundingType,
                planName,
                planType,
                planRenewalDateType,
                groupDescription,
                cobOnFile,
                cobNotes,
                cobLastVerifiedAt,
                hasOtherActiveCoverage,
                outOfStateBenefits,
                outOfStateBenefitsComments,
                inGracePeriod,
                lastPaymentDate,
                isCobraCoverage,
                deductibleApplyToOop,
                individualDeductiblePolicyInNetwork,
                individualDeductiblePolicyOutNetwork,
                individualDeductibleRemainingInNetwork,
                individualDeductibleRemainingOutNetwork,
                individualOopMaxPolicyInNetwork,
                individualOopMaxPolicyOutNetwork,
                individualOopMaxRemainingInNetwork,
                individualOopMaxRemainingOutNetwork,
                familyDeductiblePolicyInNetwork,
                familyDeductiblePolicyOutNetwork,
                familyDeductibleRemainingInNetwork,
                familyDeductibleRemainingOutNetwork,
                familyOopMaxPolicyInNetwork,
                familyOopMaxPolicyOutNetwork,
                familyOopMaxRemainingInNetwork,
                familyOopMaxRemainingOutNetwork,
                services,
                benefitsRelatedEntities);
    }
}
