package io.bitewing.x12;

import io.bitewing.shared.db.Rows;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Interchanges as received or sent, kept verbatim, and the organisation's control number counter. */
@Repository
class InterchangeRepository {

    record Stored(UUID id, String transactionSet, String raw, String summary, Instant createdAt) {}

    private final JdbcClient jdbc;

    InterchangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID org, UUID id, String transactionSet, String raw, String summaryJson) {
        jdbc.sql("""
                insert into x12_interchange (org_id, id, transaction_set, raw, summary)
                values (:org, :id, :set, :raw, cast(:summary as jsonb))
                """)
                .param("org", org)
                .param("id", id)
                .param("set", transactionSet)
                .param("raw", raw)
                .param("summary", summaryJson)
                .update();
    }

    void updateSummary(UUID org, UUID id, String summaryJson) {
        jdbc.sql("update x12_interchange set summary = cast(:summary as jsonb) where org_id = :org and id = :id")
                .param("org", org)
                .param("id", id)
                .param("summary", summaryJson)
                .update();
    }

    Optional<Stored> find(UUID org, UUID id) {
        return jdbc.sql("""
                select id, transaction_set, raw, summary::text as summary, created_at
                from x12_interchange where org_id = :org and id = :id
                """)
                .param("org", org)
                .param("id", id)
                .query((rs, n) -> new Stored(
                        Rows.uuid(rs, "id"),
                        rs.getString("transaction_set"),
                        rs.getString("raw"),
                        rs.getString("summary"),
                        Rows.instant(rs, "created_at")))
                .optional();
    }

    /** The organisation's next control number (1, 2, …), unique even under concurrent requests. */
    long nextControlNumber(UUID org) {
        return jdbc.sql("""
                insert into x12_control_number (org_id, last_value) values (:org, 1)
                on conflict (org_id) do update set last_value = x12_control_number.last_value + 1
                returning last_value
                """).param("org", org).query(Long.class).single();
    }
}
