package io.bitewing.verification;

import io.bitewing.patientplan.PatientPlan;
import io.bitewing.patientplan.PatientPlanService;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.subscription.SubscriptionService;
import io.bitewing.verification.Verification.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    /**
     * Stamps what verified results say, in a fixed number of statements however many there are: patient plans by
     * type, the subscriptions behind eligibility checks, and every patient plan of an insurance plan checked as a
     * whole. Several results for one row keep the latest time.
     */
    void stampAll(Tenant tenant, List<Verification> verified) {
        var eligibility = new HashMap<UUID, Instant>();
        var benefits = new HashMap<UUID, Instant>();
        var plans = new LinkedHashMap<UUID, Instant>();
        var checks = new ArrayList<Verification>();
        for (Verification v : verified) {
            if (v.patientPlanUuid() != null && v.verificationType() == Type.eligibility) {
                eligibility.merge(v.patientPlanUuid(), v.verifiedAt(), VerificationStamps::latest);
                checks.add(v);
            } else if (v.patientPlanUuid() != null) {
                benefits.merge(v.patientPlanUuid(), v.verifiedAt(), VerificationStamps::latest);
            } else if (v.verificationType() == Type.benefits) {
                plans.merge(v.insurancePlanUuid(), v.verifiedAt(), VerificationStamps::latest);
            }
        }
        patientPlans.stampEligibilityVerified(tenant, eligibility);
        patientPlans.stampBenefitsVerified(tenant, benefits);
        Map<UUID, PatientPlan> owners = patientPlans.findAll(tenant, eligibility.keySet());
        subscriptions.stampVerified(
                tenant,
                checks.stream()
                        .map(v -> new SubscriptionService.VerifiedStamp(
                                owners.get(v.patientPlanUuid()).subscriptionId(),
                                v.verifiedAt(),
                                v.verificationSource().name()))
                        .toList());
        plans.forEach((plan, at) -> patientPlans.stampBenefitsVerifiedForPlan(tenant, plan, at));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
