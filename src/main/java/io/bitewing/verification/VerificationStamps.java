package io.bitewing.verification;

import io.bitewing.patientplan.PatientPlan;
import io.bitewing.patientplan.PatientPlanService;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.subscription.SubscriptionService;
import io.bitewing.verification.Verification.Type;
import org.springframework.stereotype.Component;

/**
 * What a verified result stamps, through the modules that own the stamped rows. Stamps carry the verification's
 * verified_at and only ever move forward.
 * <ul>
 *   <li>patient plan, eligibility: the patient plan's eligibility_last_verified_at, and its subscription's
 *       last_verified_at and last_verified_source (the carrier confirmed the subscription is in force);</li>
 *   <li>patient plan, benefits: the patient plan's benefits_last_verified_at;</li>
 *   <li>insurance plan, benefits: benefits_last_verified_at of every patient plan in force under the plan (benefits
 *       belong to the plan, so one check verifies them for each of its patients);</li>
 *   <li>insurance plan, eligibility: nothing; eligibility is a patient's, not a plan's.</li>
 * </ul>
 */
@Component
class VerificationStamps {

    private final PatientPlanService patientPlans;
    private final SubscriptionService subscriptions;

    VerificationStamps(PatientPlanService patientPlans, SubscriptionService subscriptions) {
        this.patientPlans = patientPlans;
        this.subscriptions = subscriptions;
    }

    void stamp(Tenant tenant, Verification v) {
        if (v.patientPlanUuid() != null) {
            if (v.verificationType() == Type.eligibility) {
                patientPlans.stampEligibilityVerified(tenant, v.patientPlanUuid(), v.verifiedAt());
                PatientPlan patientPlan = patientPlans.get(tenant, v.patientPlanUuid());
                subscriptions.stampVerified(tenant, patientPlan.subscriptionId(), v.verifiedAt(),
                        v.verificationSource().name());
            } else {
                patientPlans.stampBenefitsVerified(tenant, v.patientPlanUuid(), v.verifiedAt());
            }
        } else if (v.verificationType() == Type.benefits) {
            patientPlans.stampBenefitsVerifiedForPlan(tenant, v.insurancePlanUuid(), v.verifiedAt());
        }
    }
}
