package io.bitewing.plan;

import io.bitewing.carrier.CarrierReferences;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** When carriers are combined, their plans (archived ones too, so history stays attached) move to the target. */
@Component
class PlansFollowCarriers implements CarrierReferences {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    PlansFollowCarriers(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public int moveToCarrier(Tenant tenant, Collection<UUID> sourceIds, UUID targetId) {
        List<UUID> moved = jdbc.sql("""
                update insurance_plan set carrier_id = :target, version = version + 1, updated_at = now()
                where org_id = :org and carrier_id = any(:sources)
                returning id
                """)
                .param("org", tenant.orgId()).param("target", targetId)
                .param("sources", sourceIds.toArray(UUID[]::new))
                .query(UUID.class).list();
        audit.recordAll(tenant, "insurance_plan", moved, "update", Set.of("carrier_uuid"));
        return moved.size();
    }
}
