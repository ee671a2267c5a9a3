package io.bitewing.changes.webhook;

import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WebhookEndpointRepository {

    private static final String COLUMNS = """
            id, url, description, event_types, status, disabled_reason, consecutive_failures, version, created_at,
            updated_at""";

    private static final RowMapper<WebhookEndpoint> ENDPOINT = (rs, n) -> new WebhookEndpoint(
            Rows.uuid(rs, "id"),
            rs.getString("url"),
            rs.getString("description"),
            Rows.texts(rs, "event_types"),
            rs.getString("status"),
            rs.getString("disabled_reason"),
            rs.getInt("consecutive_failures"),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"),
            null);

    /** What a dispatch pass needs of an active endpoint. */
    record Active(UUID org, UUID id, List<String> eventTypes, long afterPosition) {}

    private final JdbcClient jdbc;

    WebhookEndpointRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<WebhookEndpoint> find(UUID org, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoint where org_id = :org and id = :id"
                        + " and deleted_at is null")
                .param("org", org)
                .param("id", id)
                .query(ENDPOINT)
                .optional();
    }

    Page<WebhookEndpoint> findAll(UUID org, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql("select " + COLUMNS + ", count(*) over () as total from webhook_endpoint"
                                + " where org_id = :org and deleted_at is null"
                                + " order by created_at, id limit :limit offset :offset")
                        .param("org", org),
                page,
                ENDPOINT);
    }

    WebhookEndpoint insert(
            UUID org, UUID id, String url, String description, List<String> eventTypes, String secret, long after) {
        return jdbc.sql("""
                insert into webhook_endpoint (org_id, id, url, description, event_types, secret, after_position)
                values (:org, :id, :url, :description, :eventTypes, :secret, :after)
                returning
                """ + COLUMNS)
                .param("org", org)
                .param("id", id)
                .param("url", url)
                .param("description", description)
                .param("eventTypes", eventTypes.toArray(String[]::new))
                .param("secret", secret)
                .param("after", after)
                .query(ENDPOINT)
                .single();
    }

    /** Writes the mutable fields; empty when {@code baseVersion} is no longer current. */
    Optional<WebhookEndpoint> update(UUID org, WebhookEndpoint next, int baseVersion, boolean reactivated) {
        return jdbc.sql("""
                update webhook_endpoint set url = :url, description = :description, event_types = :eventTypes,
                    status = :status, disabled_reason = :disabledReason,
                    consecutive_failures = case when :reactivated then 0 else consecutive_failures end,
                    version = version + 1, updated_at = now()
                where org_id = :org and id = :id and version = :baseVersion and deleted_at is null
                returning
                """ + COLUMNS)
                .param("org", org)
                .param("id", next.id())
                .param("url", next.url())
                .param("description", next.description())
                .param("eventTypes", next.eventTypes().toArray(String[]::new))
                .param("status", next.status())
                .param("disabledReason", next.disabledReason())
                .param("reactivated", reactivated)
                .param("baseVersion", baseVersion)
                .query(ENDPOINT)
                .optional();
    }

    boolean delete(UUID org, UUID id) {
        return jdbc.sql("""
                update webhook_endpoint set deleted_at = now(), updated_at = now(), version = version + 1
                where org_id = :org and id = :id and deleted_at is null
                """).param("org", org).param("id", id).update() == 1;
    }

    /** The signing secret of a live endpoint; read only to sign. */
    Optional<String> secret(UUID org, UUID id) {
        return jdbc.sql("select secret from webhook_endpoint where org_id = :org and id = :id and deleted_at is null")
                .param("org", org)
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /** Every organisation's active endpoints: the service's own dispatch pass reads across organisations. */
    List<Active> active() {
        return jdbc.sql("""
                select org_id, id, event_types, after_position from webhook_endpoint
                where status = 'active' and deleted_at is null
                order by org_id, id
                """)
                .query((rs, n) -> new Active(
                        Rows.uuid(rs, "org_id"),
                        Rows.uuid(rs, "id"),
                        Rows.texts(rs, "event_types"),
                        rs.getLong("after_position")))
                .list();
    }

    /** Moves the endpoint's read position on; false when another pass moved it first. */
    boolean advance(UUID org, UUID id, long from, long to) {
        return jdbc.sql("""
                update webhook_endpoint set after_position = :to
                where org_id = :org and id = :id and after_position = :from
                """)
                        .param("org", org)
                        .param("id", id)
                        .param("from", from)
                        .param("to", to)
                        .update()
                == 1;
    }

    long positionOf(UUID org, UUID id) {
        return jdbc.sql("select after_position from webhook_endpoint where org_id = :org and id = :id")
                .param("org", org)
                .param("id", id)
                .query(Long.class)
                .single();
    }

    void succeeded(UUID org, UUID id) {
        jdbc.sql("update webhook_endpoint set consecutive_failures = 0 where org_id = :org and id = :id"
                        + " and consecutive_failures <> 0")
                .param("org", org)
                .param("id", id)
                .update();
    }

    /** Counts a failed pass; true when it disabled the endpoint. */
    boolean failed(UUID org, UUID id, int disableAfter, String reason) {
        return jdbc.sql("""
                update webhook_endpoint set consecutive_failures = consecutive_failures + 1,
                    status = case when consecutive_failures + 1 >= :limit then 'disabled' else status end,
                    disabled_reason = case when consecutive_failures + 1 >= :limit then :reason
                                           else disabled_reason end,
                    version = case when consecutive_failures + 1 >= :limit then version + 1 else version end,
                    updated_at = case when consecutive_failures + 1 >= :limit then now() else updated_at end
                where org_id = :org and id = :id and status = 'active'
                returning status
                """)
                .param("org", org)
                .param("id", id)
                .param("limit", disableAfter)
                .param("reason", reason)
                .query(String.class)
                .optional()
                .filter("disabled"::equals)
                .isPresent();
    }
}
