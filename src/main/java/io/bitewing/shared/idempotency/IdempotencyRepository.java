package io.bitewing.shared.idempotency;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each statement commits on its own: a claim must be visible to racing requests before the work runs. */
@Repository
class IdempotencyRepository {

    record Stored(byte[] requestHash, Integer status, String contentType, byte[] body) {
        boolean completed() {
            return status != null;
        }
    }

    private final JdbcClient jdbc;

    IdempotencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key, or takes over one older than 24 hours; false when someone else holds it. */
    boolean claim(UUID org, String key, byte[] requestHash) {
        return jdbc.sql("""
                insert into idempotency_key (org_id, key, request_hash)
                values (:org, :key, :hash)
                on conflict (org_id, key) do update
                   set request_hash = excluded.request_hash, status = null, content_type = null, body = null,
                       created_at = now()
                 where idempotency_key.created_at < now() - interval '24 hours'
                """)
                        .param("org", org)
                        .param("key", key)
                        .param("hash", requestHash)
                        .update()
                == 1;
    }

    Optional<Stored> find(UUID org, String key) {
        return jdbc.sql("""
                select request_hash, status, content_type, body from idempotency_key
                where org_id = :org and key = :key and created_at >= now() - interval '24 hours'
                """)
                .param("org", org)
                .param("key", key)
                .query((rs, n) -> new Stored(
                        rs.getBytes("request_hash"),
                        (Integer) rs.getObject("status"),
                        rs.getString("content_type"),
                        rs.getBytes("body")))
                .optional();
    }

    void complete(UUID org, String key, int status, String contentType, byte[] body) {
        jdbc.sql("""
                update idempotency_key set status = :status, content_type = :contentType, body = :body
                where org_id = :org and key = :key
                """)
                .param("org", org)
                .param("key", key)
                .param("status", status)
                .param("contentType", contentType)
                .param("body", body)
                .update();
    }

    void release(UUID org, String key) {
        jdbc.sql("delete from idempotency_key where org_id = :org and key = :key and status is null")
                .param("org", org)
                .param("key", key)
                .update();
    }
}
