package io.bitewing.plan;

import io.bitewing.carrier.CarrierReferences;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** When carriers are combined, their plans (archived ones too, so history stays attached) move to the target. */
@Component
class PlansFollowCarriers implements CarrierReferences {

    private final PlanRepository plans;
    private final AuditLog audit;

    PlansFollowCarriers(PlanRepository plans, AuditLog audit) {
        this.plans = plans;
        this.audit = audit;
    }

    @Override
    public int moveToCarrier(Tenant tenant, Collection<UUID> sourceIds, UUID targetId) {
        List<UUID> moved = plans.moveToCarrier(tenant.orgId(), sourceIds, targetId);
        audit.recordAll(tenant, "insurance_plan", moved, "update", Set.of("carrier_uuid"));
        return moved.size();
    }
}
