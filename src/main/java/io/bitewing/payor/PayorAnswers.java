package io.bitewing.payor;

import io.bitewing.eligibility.Eligibility;
import io.bitewing.patientplan.PatientPlan;
import io.bitewing.plan.Plan;
import io.bitewing.practice.patient.Patient;

/** Between the Payor shape and the native records, field by field. */
final class PayorAnswers {

    private PayorAnswers() {}

    static Payor payorOf(Eligibility e, PatientPlan patientPlan, Plan plan, Patient subscriber) {
        return new Payor(
                e.id(),
                String.valueOf(e.createdAt()),
                String.valueOf(e.updatedAt() != null ? e.updatedAt() : e.createdAt()),
                patientPlan.patientId().toString(),
                e.insuranceId(),
                subscriber.id().toString(),
                e.insuredMemberId(),
                e.groupNumber(),
                e.relationshipToSubscriber(),
                e.payorResponsibility(),
                e.eligibilityCheckStatus(),
                e.eligibilityCheckComment(),
                e.eligibilityCheckDate(),
                e.eligibilityVersion(),
                e.coverageFrom(),
                e.coverageTo(),
                e.providerNetworkStatus(),
                e.planFundingType(),
                e.planName(),
                e.planType(),
                e.planRenewalDateType(),
                e.groupDescription(),
                e.cobOnFile(),
                e.cobNotes(),
                e.cobLastVerifiedAt(),
                e.hasOtherActiveCoverage(),
                e.outOfStateBenefits(),
                e.outOfStateBenefitsComments(),
                e.inGracePeriod(),
                e.lastPaymentDate(),
                e.isCobraCoverage(),
                e.deductibleApplyToOop(),
                e.individualDeductiblePolicyInNetwork(),
                e.individualDeductiblePolicyOutNetwork(),
                e.individualDeductibleRemainingInNetwork(),
                e.individualDeductibleRemainingOutNetwork(),
                e.individualOopMaxPolicyInNetwork(),
                e.individualOopMaxPolicyOutNetwork(),
                e.individualOopMaxRemainingInNetwork(),
                e.individualOopMaxRemainingOutNetwork(),
                e.familyDeductiblePolicyInNetwork(),
                e.familyDeductiblePolicyOutNetwork(),
                e.familyDeductibleRemainingInNetwork(),
                e.familyDeductibleRemainingOutNetwork(),
                e.familyOopMaxPolicyInNetwork(),
                e.familyOopMaxPolicyOutNetwork(),
                e.familyOopMaxRemainingInNetwork(),
                e.familyOopMaxRemainingOutNetwork(),
                e.benefitsRelatedEntities(),
                new Payor.Insurance(
                        plan.carrier().id(),
                        plan.carrier().name(),
                        plan.id(),
                        plan.groupNumber(),
                        plan.groupName(),
                        plan.planType().name(),
                        patientPlan.subscription().id(),
                        patientPlan.id(),
                        patientPlan.ordinal()),
                new Payor.SubscriberHeld(
                        subscriber.id(), subscriber.firstName(), subscriber.lastName(), subscriber.birthdate()),
                e.services(),
                e.version());
    }
}
