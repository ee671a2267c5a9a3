package io.bitewing.changes.webhook;

import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WebhookDeliveryRepository {

    private static final String COLUMNS = """
            id, endpoint_id, change_id, event_type, entity_type, entity_id, status, attempts, next_attempt_at,
            last_status_code, last_error, last_attempt_at, delivered_at, created_at""";

    private static final RowMapper<WebhookDelivery> DELIVERY = (rs, n) -> new WebhookDelivery(
            Rows.uuid(rs, "id"),
            Rows.uuid(rs, "endpoint_id"),
            Rows.uuid(rs, "change_id"),
            rs.getString("event_type"),
            rs.getString("entity_type"),
            Rows.uuid(rs, "entity_id"),
            rs.getString("status"),
            rs.getInt("attempts"),
            List.of("pending", "retrying").contains(rs.getString("status"))
                    ? Rows.instant(rs, "next_attempt_at")
                    : null,
            Rows.integer(rs, "last_status_code"),
            rs.getString("last_error"),
            Rows.instant(rs, "last_attempt_at"),
            Rows.instant(rs, "delivered_at"),
            Rows.instant(rs, "created_at"));

    /** A delivery to make: what to send, where, and with which secret. */
    record Due(UUID org, UUID id, UUID endpointId, String url, String secret, String payload, int attempts) {}

    /** A delivery about to be written: one change (or ping) for one endpoint. */
    record New(UUID id, UUID changeId, String eventType, String entityType, UUID entityId, String payload) {}

    private final JdbcClient jdbc;

    WebhookDeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the deliveries in one statement, in the given order (their seq keeps it). */
    void insertAll(UUID org, UUID endpoint, List<New> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into webhook_delivery (org_id, id, endpoint_id, change_id, event_type, entity_type, entity_id,
                                              payload)
                select :org, x.id, :endpoint, x.change_id, x.event_type, x.entity_type, x.entity_id, x.payload
                from unnest(cast(:ids as uuid[]), cast(:changes as uuid[]), cast(:events as text[]),
                            cast(:types as text[]), cast(:entities as uuid[]), cast(:payloads as text[]))
                     with ordinality as x (id, change_id, event_type, entity_type, entity_id, payload, n)
                order by x.n
                """)
                .param("org", org)
                .param("endpoint", endpoint)
                .param("ids", deliveries.stream().map(New::id).toArray(UUID[]::new))
                .param("changes", deliveries.stream().map(New::changeId).toArray(UUID[]::new))
                .param("events", deliveries.stream().map(New::eventType).toArray(String[]::new))
                .param("types", deliveries.stream().map(New::entityType).toArray(String[]::new))
                .param("entities", deliveries.stream().map(New::entityId).toArray(UUID[]::new))
                .param("payloads", deliveries.stream().map(New::payload).toArray(String[]::new))
                .update();
    }

    /**
     * Claims up to {@code batch} due deliveries of active endpoints for {@code claim}: for each entity only its
     * earliest unsent delivery, so the entity's changes reach the receiver in order. A claim that is not settled
     * (the instance died mid-send) lapses, and the delivery is sent again.
     */
    List<Due> claim(int batch, Duration claim) {
        return jdbc.sql("""
                with due as (
                  select d.org_id, d.id from webhook_delivery d
                  join webhook_endpoint e on e.org_id = d.org_id and e.id = d.endpoint_id
                  where d.status in ('pending', 'retrying') and d.next_attempt_at <= now()
                    and (d.claimed_until is null or d.claimed_until < now())
                    and e.status = 'active' and e.deleted_at is null
                    and not exists (select 1 from webhook_delivery p
                                    where p.org_id = d.org_id and p.endpoint_id = d.endpoint_id
                                      and p.entity_id = d.entity_id and p.status in ('pending', 'retrying')
                                      and p.seq < d.seq)
                  order by d.seq
                  limit :batch
                  for update of d skip locked)
                update webhook_delivery d set claimed_until = now() + cast(:claim as interval)
                from due, webhook_endpoint e
                where d.org_id = due.org_id and d.id = due.id and e.org_id = d.org_id and e.id = d.endpoint_id
                returning d.org_id, d.id, d.endpoint_id, e.url, e.secret, d.payload, d.attempts, d.seq
                """)
                .param("batch", batch)
                .param("claim", claim.toMillis() + " milliseconds")
                .query((rs, n) -> new Due(
                        Rows.uuid(rs, "org_id"),
                        Rows.uuid(rs, "id"),
                        Rows.uuid(rs, "endpoint_id"),
                        rs.getString("url"),
                        rs.getString("secret"),
                        rs.getString("payload"),
                        rs.getInt("attempts")))
                .list();
    }

    void succeeded(UUID org, UUID id, int statusCode) {
        jdbc.sql("""
                update webhook_delivery set status = 'succeeded', attempts = attempts + 1, last_status_code = :code,
                    last_error = null, last_attempt_at = now(), delivered_at = now(), claimed_until = null
                where org_id = :org and id = :id
                """)
                .param("org", org)
                .param("id", id)
                .param("code", statusCode)
                .update();
    }

    void failed(UUID org, UUID id, Integer statusCode, String error, Instant nextAttempt) {
        jdbc.sql("""
                update webhook_delivery set status = 'retrying', attempts = attempts + 1, last_status_code = :code,
                    last_error = :error, last_attempt_at = now(), next_attempt_at = :next, claimed_until = null
                where org_id = :org and id = :id
                """)
                .param("org", org)
                .param("id", id)
                .param("code", statusCode)
                .param("error", error)
                .param("next", java.sql.Timestamp.from(nextAttempt))
                .update();
    }

    /** A ping, written as already attempted: it is sent at once, outside the dispatch pass, and never retried. */
    WebhookDelivery ping(UUID org, UUID id, UUID endpoint, String payload, Integer statusCode, String error) {
        return jdbc.sql("""
                insert into webhook_delivery (org_id, id, endpoint_id, event_type, payload, status, attempts,
                    last_status_code, last_error, last_attempt_at, delivered_at)
                values (:org, :id, :endpoint, 'webhook.ping', :payload,
                    case when cast(:error as text) is null then 'succeeded' else 'failed' end, 1, :code, :error, now(),
                    case when cast(:error as text) is null then now() end)
                returning
                """ + COLUMNS)
                .param("org", org)
                .param("id", id)
                .param("endpoint", endpoint)
                .param("payload", payload)
                .param("code", statusCode)
                .param("error", error)
                .query(DELIVERY)
                .single();
    }

    Optional<WebhookDelivery> find(UUID org, UUID endpoint, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from webhook_delivery"
                        + " where org_id = :org and endpoint_id = :endpoint and id = :id")
                .param("org", org)
                .param("endpoint", endpoint)
                .param("id", id)
                .query(DELIVERY)
                .optional();
    }

    /** The endpoint's deliveries, latest first; {@code status} null for all. */
    Page<WebhookDelivery> findAll(UUID org, UUID endpoint, String status, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql("select " + COLUMNS + ", count(*) over () as total from webhook_delivery"
                                + """
                         where org_id = :org and endpoint_id = :endpoint
                           and (cast(:status as text) is null or status = :status)
                        """
                                + " order by seq desc limit :limit offset :offset")
                        .param("org", org)
                        .param("endpoint", endpoint)
                        .param("status", status),
                page,
                DELIVERY);
    }

    /** Sends a change again (a ping is never queued): due now, its attempts kept. */
    Optional<WebhookDelivery> redeliver(UUID org, UUID endpoint, UUID id) {
        return jdbc.sql("""
                update webhook_delivery set status = case when status = 'succeeded' then 'pending' else status end,
                    next_attempt_at = now(), claimed_until = null
                where org_id = :org and endpoint_id = :endpoint and id = :id and change_id is not null
                returning
                """ + COLUMNS)
                .param("org", org)
                .param("endpoint", endpoint)
                .param("id", id)
                .query(DELIVERY)
                .optional();
    }

    /** Sends again every change delivery made at or after {@code since}; how many. */
    int redeliverSince(UUID org, UUID endpoint, Instant since) {
        return jdbc.sql("""
                update webhook_delivery set status = case when status = 'succeeded' then 'pending' else status end,
                    next_attempt_at = now(), claimed_until = null
                where org_id = :org and endpoint_id = :endpoint and created_at >= :since and change_id is not null
                """)
                .param("org", org)
                .param("endpoint", endpoint)
                .param("since", java.sql.Timestamp.from(since))
                .update();
    }
}
