package io.bitewing.changes;

import io.bitewing.shared.db.Rows;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ChangeRepository {

    /** One pass positions at most this many rows; a busier moment is positioned by the next read. */
    static final int POSITION_BATCH = 10_000;

    private final JdbcClient jdbc;

    ChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Gives the organisation's committed, not yet positioned changes their feed positions, in the order they were
     * written. Readers of one organisation take turns (a transaction-scoped advisory lock, so several instances
     * agree): a change that commits while a pass runs is not visible to it and is positioned by a later pass, after
     * everything positioned now. That is what lets a reader resume from a position without ever skipping a change
     * that committed late.
     */
    int position(UUID org) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended('change-feed:' || :org, 0))) l")
                .param("org", org.toString())
                .query(Integer.class)
                .single();
        return jdbc.sql("""
                update audit_log a set position = o.position
                from (select w.id, nextval('change_position') as position
                      from (select id from audit_log
                            where org_id = :org and position is null
                            order by seq
                            limit :batch) w) o
                where a.org_id = :org and a.id = o.id
                """).param("org", org).param("batch", POSITION_BATCH).update();
    }

    /** The latest position given out in the organisation; 0 before the first. */
    long head(UUID org) {
        return jdbc.sql("select coalesce(max(position), 0) from audit_log where org_id = :org and position is not null")
                .param("org", org)
                .query(Long.class)
                .single();
    }

    /** Positioned changes after {@code after}, in feed order; {@code types} null for every type. */
    List<ChangeFeed.Entry> after(UUID org, long after, List<String> types, int limit) {
        return jdbc.sql("""
                select id, position, entity_type, entity_id, action, version, changed_fields, token_id, created_at
                from audit_log
                where org_id = :org and position > :after
                  and (cast(:types as text[]) is null or entity_type = any(cast(:types as text[])))
                order by position
                limit :limit
                """)
                .param("org", org)
                .param("after", after)
                .param("types", types == null ? null : types.toArray(String[]::new))
                .param("limit", limit)
                .query((rs, n) -> new ChangeFeed.Entry(
                        rs.getLong("position"),
                        new Change(
                                Rows.uuid(rs, "id"),
                                ChangeCursor.of(rs.getLong("position")),
                                rs.getString("entity_type"),
                                Rows.uuid(rs, "entity_id"),
                                rs.getString("action"),
                                Rows.integer(rs, "version"),
                                Rows.texts(rs, "changed_fields"),
                                Rows.uuid(rs, "token_id"),
                                Rows.instant(rs, "created_at"))))
                .list();
    }
}
