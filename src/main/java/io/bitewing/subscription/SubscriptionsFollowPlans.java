package io.bitewing.subscription;

import io.bitewing.plan.PlanDependents;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What an archived plan still covers, and ending that coverage when the archive asks for it. */
@Component
class SubscriptionsFollowPlans implements PlanDependents {

    private final SubscriptionRepository subscriptions;
    private final PlanStatsRepository stats;
    private final List<SubscriptionDependents> dependents;
    private final AuditLog audit;

    SubscriptionsFollowPlans(
            SubscriptionRepository subscriptions,
            PlanStatsRepository stats,
            List<SubscriptionDependents> dependents,
            AuditLog audit) {
        this.subscriptions = subscriptions;
        this.stats = stats;
        this.dependents = dependents;
        this.audit = audit;
    }

    @Override
    public int patientPlansHolding(Tenant tenant, UUID planId) {
        return Math.toIntExact(stats.count(tenant.orgId(), planId).activePatientPlanCount());
    }

    @Override
    public int endCoverage(Tenant tenant, UUID planId) {
        List<UUID> ended = subscriptions.terminatePlan(tenant.orgId(), planId, LocalDate.now(ZoneOffset.UTC));
        if (ended.isEmpty()) {
            return 0;
        }
        audit.recordAll(tenant, "subscription", ended, "terminate", Set.of("status", "date_term"));
        return dependents.stream().mapToInt(d -> d.deactivateFor(tenant, ended)).sum();
    }
}
