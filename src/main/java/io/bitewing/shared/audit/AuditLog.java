package io.bitewing.shared.audit;

import io.bitewing.shared.Ids;
import io.bitewing.shared.auth.Caller;
import io.bitewing.shared.auth.Tenant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who changed what, written in the caller's transaction so the trail and the change commit together. Only field
 * names are kept, never values: the log must hold no patient data.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One audit row per entity, written in one statement: bulk operations stay one round trip. */
    public void recordAll(
            Tenant tenant,
            String entityType,
            Collection<UUID> entityIds,
            String action,
            Collection<String> changedFields) {
        if (entityIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into audit_log (org_id, id, token_id, entity_type, entity_id, action, changed_fields,
                                       developer_key)
                select :org, x.id, :token, :entityType, x.entity_id, :action, :fields, :developerKey
                from unnest(cast(:ids as uuid[]), cast(:entityIds as uuid[])) as x (id, entity_id)
                """)
                .param("org", tenant.orgId())
                .param("ids", entityIds.stream().map(id -> Ids.newId()).toArray(UUID[]::new))
                .param("token", tenant.actorTokenId())
                .param("entityType", entityType)
                .param("entityIds", entityIds.toArray(UUID[]::new))
                .param("action", action)
                .param("fields", changedFields.toArray(String[]::new))
                .param("developerKey", developerKey())
                .update();
    }

    public void record(
            Tenant tenant, String entityType, UUID entityId, String action, Collection<String> changedFields) {
        jdbc.sql("""
                insert into audit_log (org_id, id, token_id, entity_type, entity_id, action, changed_fields,
                                       developer_key)
                values (:org, :id, :token, :entityType, :entityId, :action, :fields, :developerKey)
                """)
                .param("org", tenant.orgId())
                .param("id", Ids.newId())
                .param("token", tenant.actorTokenId())
                .param("entityType", entityType)
                .param("entityId", entityId)
                .param("action", action)
                .param("fields", changedFields.toArray(String[]::new))
                .param("developerKey", developerKey())
                .update();
    }

    private static String developerKey() {
        Caller caller = Caller.current();
        return caller == null ? null : caller.developerKey();
    }
}
