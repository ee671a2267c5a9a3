package io.bitewing.patientplan;

import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.subscription.SubscriptionDependents;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * When subscriptions are terminated, the patient plans still in force under them become inactive. Talks to the
 * repository rather than {@link PatientPlanService}, which itself needs the subscription service.
 */
@Component
class PatientPlansFollowSubscriptions implements SubscriptionDependents {

    private final PatientPlanRepository patientPlans;
    private final AuditLog audit;

    PatientPlansFollowSubscriptions(PatientPlanRepository patientPlans, AuditLog audit) {
        this.patientPlans = patientPlans;
        this.audit = audit;
    }

    @Override
    public int deactivateFor(Tenant tenant, Collection<UUID> subscriptionIds) {
        List<UUID> ids = patientPlans.deactivateForSubscriptions(tenant.orgId(), subscriptionIds);
        audit.recordAll(tenant, "patient_plan", ids, "deactivate", Set.of("status"));
        return ids.size();
    }

    @Override
    public int countInForce(Tenant tenant, Collection<UUID> subscriptionIds) {
        return patientPlans.countInForceUnder(tenant.orgId(), subscriptionIds);
    }
}
