package io.bitewing.imports;

import io.bitewing.shared.db.Rows;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ImportRunRepository {

    private static final String COLUMNS = """
            id, kind, status, done, total, report, errors, version, created_at, updated_at, finished_at""";

    /** What the job needs of a running run: the body to import, its format, and the token that sent it. */
    record Pending(ImportRun.Kind kind, String format, byte[] body, UUID tokenId) {}

    private final JdbcClient jdbc;
    private final RowMapper<ImportRun> run;

    ImportRunRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.run = (rs, n) -> {
            String report = rs.getString("report");
            String errors = rs.getString("errors");
            return new ImportRun(
                    Rows.uuid(rs, "id"),
                    Rows.enumeration(rs, "kind", ImportRun.Kind.class),
                    Rows.enumeration(rs, "status", ImportRun.Status.class),
                    new ImportRun.Progress(rs.getInt("done"), rs.getInt("total")),
                    report == null ? null : json.readTree(report),
                    errors == null ? null : List.copyOf(json.readTree(errors).values()),
                    rs.getInt("version"),
                    Rows.instant(rs, "created_at"),
                    Rows.instant(rs, "updated_at"),
                    Rows.instant(rs, "finished_at"));
        };
    }

    Optional<ImportRun> find(UUID org, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from import_run where org_id = :org and id = :id")
                .param("org", org)
                .param("id", id)
                .query(run)
                .optional();
    }

    void insert(UUID org, UUID id, ImportRun.Kind kind, String format, byte[] body, UUID tokenId, int total) {
        jdbc.sql("""
                insert into import_run (org_id, id, kind, body_format, body, token_id, total)
                values (:org, :id, :kind, :format, :body, :token, :total)
                """)
                .param("org", org)
                .param("id", id)
                .param("kind", kind.name())
                .param("format", format)
                .param("body", body)
                .param("token", tokenId)
                .param("total", total)
                .update();
    }

    /** The body of a run still running; empty when it has ended (a revived job finds it done). */
    Optional<Pending> findPending(UUID org, UUID id) {
        return jdbc.sql("""
                select kind, body_format, body, token_id from import_run
                where org_id = :org and id = :id and status = 'running'
                """)
                .param("org", org)
                .param("id", id)
                .query((rs, n) -> new Pending(
                        Rows.enumeration(rs, "kind", ImportRun.Kind.class),
                        rs.getString("body_format"),
                        rs.getBytes("body"),
                        Rows.uuid(rs, "token_id")))
                .optional();
    }

    /** Committed on its own while the import's transaction works, so a GET of the run shows how far it got. */
    void progress(UUID org, UUID id, int done) {
        jdbc.sql("""
                update import_run set done = :done, updated_at = clock_timestamp()
                where org_id = :org and id = :id and status = 'running'
                """).param("org", org).param("id", id).param("done", done).update();
    }

    /**
     * Ends a running run, in the import's own transaction when it completes (so the writes and the report commit
     * together); false when it had already ended.
     */
    boolean finish(UUID org, UUID id, ImportRun.Status status, int done, String report, String errors) {
        return jdbc.sql("""
                update import_run set status = :status, done = :done, report = cast(:report as jsonb),
                    errors = cast(:errors as jsonb), body = null, finished_at = clock_timestamp(),
                    version = version + 1, updated_at = clock_timestamp()
                where org_id = :org and id = :id and status = 'running'
                """)
                        .param("org", org)
                        .param("id", id)
                        .param("status", status.name())
                        .param("done", done)
                        .param("report", report)
                        .param("errors", errors)
                        .update()
                == 1;
    }
}
