package io.bitewing.estimatebook.recompute;

import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Ref;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class RunRepository {

    private static final String SELECT = """
            select r.id, r.estimate_book_id, b.name as book_name, r.status, r.started_at, r.finished_at, r.error,
                   r.summary_json, r.version, r.created_at, r.updated_at, r.deleted_at
            """;

    private static final String FROM = """
            from estimate_book_run r
            join estimate_book b on b.org_id = r.org_id and b.id = r.estimate_book_id
            """;

    private final JdbcClient jdbc;
    private final RowMapper<EstimateBookRun> run;

    RunRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.run = (rs, n) -> {
            String summary = rs.getString("summary_json");
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = summary == null ? null : json.readValue(summary, Map.class);
            return new EstimateBookRun(
                    Rows.uuid(rs, "id"),
                    new Ref(Rows.uuid(rs, "estimate_book_id"), rs.getString("book_name")),
                    Rows.enumeration(rs, "status", EstimateBookRun.Status.class),
                    Rows.instant(rs, "started_at"),
                    Rows.instant(rs, "finished_at"),
                    rs.getString("error"),
                    parsed,
                    rs.getInt("version"),
                    Rows.instant(rs, "created_at"),
                    Rows.instant(rs, "updated_at"),
                    Rows.instant(rs, "deleted_at"));
        };
    }

    Optional<EstimateBookRun> find(UUID org, UUID bookId, UUID id) {
        return jdbc.sql(SELECT + FROM + " where r.org_id = :org and r.estimate_book_id = :book and r.id = :id")
                .param("org", org)
                .param("book", bookId)
                .param("id", id)
                .query(run)
                .optional();
    }

    Page<EstimateBookRun> findAll(UUID org, UUID bookId, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql(SELECT + ", count(*) over () as total " + FROM + """
                        where r.org_id = :org and r.estimate_book_id = :book
                        order by r.started_at desc, r.id desc
                        limit :limit offset :offset
                        """)
                        .param("org", org)
                        .param("book", bookId),
                page,
                run);
    }

    /** False when a run of the book is already running (the partial unique index decides, across instances). */
    boolean insertRunning(UUID org, UUID bookId, UUID id) {
        return jdbc.sql("""
                insert into estimate_book_run (org_id, id, estimate_book_id, status, summary_json)
                values (:org, :id, :book, 'running', '{"stage": "queued"}')
                on conflict (org_id, estimate_book_id) where status = 'running' do nothing
                """)
                        .param("org", org)
                        .param("id", id)
                        .param("book", bookId)
                        .update()
                == 1;
    }

    /** A run the job holds: its book and the date its evidence windows count back from. */
    record Running(UUID bookId, LocalDate asOf) {}

    /** Locks a running run for the job; empty when it is no longer running (a revived job finds it done). */
    Optional<Running> lockRunning(UUID org, UUID id) {
        return jdbc.sql("""
                select estimate_book_id, cast(started_at at time zone 'UTC' as date) as as_of from estimate_book_run
                where org_id = :org and id = :id and status = 'running' for update
                """)
                .param("org", org)
                .param("id", id)
                .query((rs, n) -> new Running(Rows.uuid(rs, "estimate_book_id"), Rows.date(rs, "as_of")))
                .optional();
    }

    /** The progress a running run shows: computing, and how many active steps it walks. */
    void markComputing(UUID org, UUID id) {
        jdbc.sql("""
                update estimate_book_run r set updated_at = clock_timestamp(),
                    summary_json = jsonb_build_object('stage', 'computing', 'active_steps',
                        (select count(*) from estimate_book_rule_step s
                         where s.org_id = r.org_id and s.estimate_book_id = r.estimate_book_id and s.is_active))
                where r.org_id = :org and r.id = :id and r.status = 'running'
                """).param("org", org).param("id", id).update();
    }

    /** The clock, not the transaction's start: the recompute ran inside this transaction. */
    void complete(UUID org, UUID id, String summaryJson) {
        jdbc.sql("""
                update estimate_book_run set status = 'completed', summary_json = cast(:summary as jsonb),
                    finished_at = clock_timestamp(), version = version + 1, updated_at = clock_timestamp()
                where org_id = :org and id = :id and status = 'running'
                """)
                .param("org", org)
                .param("id", id)
                .param("summary", summaryJson)
                .update();
    }

    void fail(UUID org, UUID id, String error) {
        jdbc.sql("""
                update estimate_book_run set status = 'failed', error = :error, finished_at = clock_timestamp(),
                    version = version + 1, updated_at = clock_timestamp()
                where org_id = :org and id = :id and status = 'running'
                """).param("org", org).param("id", id).param("error", error).update();
    }

    /**
     * Runs still {@code running} with no job left to finish them (a job row removed by hand, say) are failed. This
     * one statement spans organisations because it tidies after the scheduler, which serves them all; a run and
     * its job are written in one transaction, so a live run always has its job and is never touched here.
     */
    int failOrphaned(String task, String error) {
        return jdbc.sql("""
                update estimate_book_run r set status = 'failed', error = :error, finished_at = clock_timestamp(),
                    version = version + 1, updated_at = clock_timestamp()
                where r.status = 'running'
                  and not exists (select 1 from scheduled_tasks t
                                  where t.task_name = :task and t.task_instance = r.id::text)
                """).param("task", task).param("error", error).update();
    }
}
