package io.bitewing.feeschedule;

import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Ref;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FeeScheduleNoteRepository {

    private static final String SELECT = """
            select n.id, n.fee_schedule_id, s.name, n.body, n.author, n.date_entry, n.created_at
            from fee_schedule_note n join fee_schedule s on s.org_id = n.org_id and s.id = n.fee_schedule_id
            """;

    private static final RowMapper<FeeScheduleNote> NOTE = (rs, n) -> new FeeScheduleNote(
            Rows.uuid(rs, "id"),
            new Ref(Rows.uuid(rs, "fee_schedule_id"), rs.getString("name")),
            rs.getString("body"),
            rs.getString("author"),
            Rows.date(rs, "date_entry"),
            Rows.instant(rs, "created_at"));

    private final JdbcClient jdbc;

    FeeScheduleNoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FeeScheduleNote> find(UUID org, UUID scheduleId, UUID id) {
        return jdbc.sql(SELECT + " where n.org_id = :org and n.fee_schedule_id = :schedule and n.id = :id")
                .param("org", org)
                .param("schedule", scheduleId)
                .param("id", id)
                .query(NOTE)
                .optional();
    }

    /** The schedule's notes, newest entry first. */
    List<FeeScheduleNote> findAll(UUID org, UUID scheduleId) {
        return jdbc.sql(SELECT + " where n.org_id = :org and n.fee_schedule_id = :schedule"
                        + " order by n.date_entry desc, n.created_at desc, n.id desc")
                .param("org", org)
                .param("schedule", scheduleId)
                .query(NOTE)
                .list();
    }

    void insert(UUID org, UUID scheduleId, UUID id, FeeScheduleRequests.CreateNote note, UUID createdBy) {
        jdbc.sql("""
                insert into fee_schedule_note (org_id, id, fee_schedule_id, body, author, date_entry, created_by)
                values (:org, :id, :schedule, :body, :author, :dateEntry, :createdBy)
                """)
                .param("org", org)
                .param("id", id)
                .param("schedule", scheduleId)
                .param("body", note.note())
                .param("author", note.author())
                .param("dateEntry", note.dateEntry())
                .param("createdBy", createdBy)
                .update();
    }

    boolean delete(UUID org, UUID scheduleId, UUID id) {
        return jdbc.sql(
                                "delete from fee_schedule_note where org_id = :org and fee_schedule_id = :schedule and id = :id")
                        .param("org", org)
                        .param("schedule", scheduleId)
                        .param("id", id)
                        .update()
                == 1;
    }
}
