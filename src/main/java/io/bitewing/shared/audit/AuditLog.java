package io.bitewing.shared.audit;

import io.bitewing.shared.Ids;
import io.bitewing.shared.auth.Caller;
import io.bitewing.shared.auth.Tenant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who changed what, written in the caller's transaction so the trail and the change commit together. Only field
 * names are kept, never values: the log must hold no patient data. It is also the outbox of the change feed: each
 * row takes the entity's version after the change, read in the same statement from the entity's own table.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private volatile Set<String> versioned;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The entity tables that keep a version, read from the schema once: an entity type is its table's name, and
     * only names found here are ever put into SQL.
     */
    private Set<String> versionedTables() {
        Set<String> tables = versioned;
        if (tables == null) {
            tables = Set.copyOf(jdbc.sql("""
                            select c.table_name from information_schema.columns c
                            where c.table_schema = current_schema() and c.column_name in ('org_id', 'id', 'version')
                            group by c.table_name having count(*) = 3
                            """).query(String.class).list());
            versioned = tables;
        }
        return tables;
    }

    /** The SQL that reads the entity's version after the change, or null for types without one. */
    private String version(String entityType, String entityId) {
        return versionedTables().contains(entityType)
                ? "(select v.version from " + entityType + " v where v.org_id = :org and v.id = " + entityId + ")"
                : "cast(null as integer)";
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
                                       developer_key, version)
                select :org, x.id, :token, :entityType, x.entity_id, :action, :fields, :developerKey, %s
                from unnest(cast(:ids as uuid[]), cast(:entityIds as uuid[])) as x (id, entity_id)
                """.formatted(version(entityType, "x.entity_id")))
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
                                       developer_key, version)
                values (:org, :id, :token, :entityType, :entityId, :action, :fields, :developerKey, %s)
                """.formatted(version(entityType, ":entityId")))
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
