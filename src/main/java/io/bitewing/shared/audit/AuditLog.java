package io.bitewing.shared.audit;

import io.bitewing.shared.Ids;
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

    public void record(Tenant tenant, String entityType, UUID entityId, String action, Collection<String> changedFields) {
        jdbc.sql("""
                insert into audit_log (org_id, id, token_id, entity_type, entity_id, action, changed_fields)
                values (:org, :id, :token, :entityType, :entityId, :action, :fields)
                """)
                .param("org", tenant.orgId())
                .param("id", Ids.newId())
                .param("token", tenant.actorTokenId())
                .param("entityType", entityType)
                .param("entityId", entityId)
                .param("action", action)
                .param("fields", changedFields.toArray(String[]::new))
                .update();
    }
}
