package io.bitewing.x12;

import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Batches, their items (each with the text it imports) and their progress. */
@Repository
class BatchRepository {

    /** An item to import: one 835 interchange, or one transaction set (1, 2, …) of a 271 interchange. */
    record NewItem(
            int ordinal,
            String transactionSet,
            int interchangePosition,
            Integer transactionSetPosition,
            Integer transactionSetIndex,
            String controlNumber,
            String raw) {}

    /** A batch the job holds: who sent it and which network its 271s are read for. */
    record Claimed(UUID actorTokenId, String network) {}

    private static final String SELECT = """
            select id, status, network, items_total, items_done, items_failed, error, created_at, started_at,
                   finished_at
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;
    private final RowMapper<X12Batch> header;

    BatchRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.header = (rs, n) -> new X12Batch(
                Rows.uuid(rs, "id"),
                Rows.enumeration(rs, "status", X12Batch.Status.class),
                rs.getString("network"),
                new X12Batch.Progress(rs.getInt("items_total"), rs.getInt("items_done"), rs.getInt("items_failed")),
                rs.getString("error"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "started_at"),
                Rows.instant(rs, "finished_at"),
                null);
    }

    void insert(UUID org, UUID id, String raw, String network, UUID actorTokenId, List<NewItem> items) {
        jdbc.sql("""
                insert into x12_batch (org_id, id, raw, network, actor_token_id, items_total)
                values (:org, :id, :raw, :network, :actor, :total)
                """)
                .param("org", org)
                .param("id", id)
                .param("raw", raw)
                .param("network", network)
                .param("actor", actorTokenId)
                .param("total", items.size())
                .update();
        var rows = items.stream()
                .map(i -> new MapSqlParameterSource()
                        .addValue("org", org)
                        .addValue("batch", id)
                        .addValue("ordinal", i.ordinal())
                        .addValue("set", i.transactionSet())
                        .addValue("interchangePosition", i.interchangePosition())
                        .addValue("setPosition", i.transactionSetPosition())
                        .addValue("setIndex", i.transactionSetIndex())
                        .addValue("control", i.controlNumber())
                        .addValue("raw", i.raw()))
                .toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate("""
                insert into x12_batch_item (org_id, batch_id, ordinal, transaction_set, interchange_position,
                    transaction_set_position, transaction_set_index, control_number, raw)
                values (:org, :batch, :ordinal, :set, :interchangePosition, :setPosition, :setIndex, :control, :raw)
                """, rows);
    }

    Optional<X12Batch> find(UUID org, UUID id) {
        return jdbc.sql(SELECT + " from x12_batch where org_id = :org and id = :id")
                .param("org", org)
                .param("id", id)
                .query(header)
                .optional();
    }

    Page<X12Batch> findAll(UUID org, PageRequest page) {
        return Paged.query(() -> jdbc.sql(SELECT + """
                        , count(*) over () as total from x12_batch where org_id = :org
                        order by created_at desc, id desc
                        limit :limit offset :offset
                        """).param("org", org), page, header);
    }

    List<X12Batch.Item> items(UUID org, UUID batchId) {
        return jdbc.sql("""
                select ordinal, transaction_set, interchange_position, transaction_set_position, control_number,
                       status, interchange_id, result::text as result, errors::text as errors, finished_at
                from x12_batch_item where org_id = :org and batch_id = :batch
                order by ordinal
                """)
                .param("org", org)
                .param("batch", batchId)
                .query((rs, n) -> new X12Batch.Item(
                        rs.getInt("ordinal"),
                        rs.getString("transaction_set"),
                        rs.getInt("interchange_position"),
                        (Integer) rs.getObject("transaction_set_position"),
                        rs.getString("control_number"),
                        rs.getString("status"),
                        Rows.uuid(rs, "interchange_id"),
                        rs.getString("result") == null
                                ? null
                                : json.readValue(rs.getString("result"), new TypeReference<Map<String, Object>>() {}),
                        json.readValue(rs.getString("errors"), new TypeReference<List<FieldProblem>>() {}),
                        Rows.instant(rs, "finished_at")))
                .list();
    }

    /** Marks the batch running for the job; empty when it is finished already (a revived job finds it so). */
    Optional<Claimed> claim(UUID org, UUID id) {
        return jdbc.sql("""
                update x12_batch set status = 'running', started_at = coalesce(started_at, clock_timestamp()),
                    updated_at = clock_timestamp()
                where org_id = :org and id = :id and status in ('queued', 'running')
                returning actor_token_id, network
                """)
                .param("org", org)
                .param("id", id)
                .query((rs, n) -> new Claimed(Rows.uuid(rs, "actor_token_id"), rs.getString("network")))
                .optional();
    }

    /** The items not yet imported, in order: a job revived after a crash carries on where the last one stopped. */
    List<BatchRunner.Pending> pending(UUID org, UUID batchId) {
        return jdbc.sql("""
                select ordinal, transaction_set, interchange_position, transaction_set_index, raw
                from x12_batch_item where org_id = :org and batch_id = :batch and status = 'queued'
                order by ordinal
                """)
                .param("org", org)
                .param("batch", batchId)
                .query((rs, n) -> new BatchRunner.Pending(
                        rs.getInt("ordinal"),
                        rs.getString("transaction_set"),
                        rs.getInt("interchange_position"),
                        (Integer) rs.getObject("transaction_set_index"),
                        rs.getString("raw")))
                .list();
    }

    /** Records one item's outcome and counts it in the batch's progress, in one transaction. */
    void finishItem(
            UUID org, UUID batchId, int ordinal, String status, UUID interchangeId, String result, String errors) {
        int updated = jdbc.sql("""
                update x12_batch_item set status = :status, interchange_id = :interchange,
                    result = cast(:result as jsonb), errors = cast(:errors as jsonb), finished_at = clock_timestamp()
                where org_id = :org and batch_id = :batch and ordinal = :ordinal and status = 'queued'
                """)
                .param("org", org)
                .param("batch", batchId)
                .param("ordinal", ordinal)
                .param("status", status)
                .param("interchange", interchangeId)
                .param("result", result)
                .param("errors", errors)
                .update();
        jdbc.sql("""
                update x12_batch set items_done = items_done + :done, items_failed = items_failed + :failed,
                    updated_at = clock_timestamp()
                where org_id = :org and id = :batch
                """)
                .param("org", org)
                .param("batch", batchId)
                .param("done", updated)
                .param("failed", updated == 1 && status.equals("failed") ? 1 : 0)
                .update();
    }

    void complete(UUID org, UUID id) {
        jdbc.sql("""
                update x12_batch set status = 'completed', finished_at = clock_timestamp(),
                    updated_at = clock_timestamp()
                where org_id = :org and id = :id and status = 'running'
                """).param("org", org).param("id", id).update();
    }

    void fail(UUID org, UUID id, String error) {
        jdbc.sql("""
                update x12_batch set status = 'failed', error = :error, finished_at = clock_timestamp(),
                    updated_at = clock_timestamp()
                where org_id = :org and id = :id and status in ('queued', 'running')
                """).param("org", org).param("id", id).param("error", error).update();
    }

    /**
     * Unfinished batches with no job left to finish them are failed. This one statement spans organisations because
     * it tidies after the scheduler, which serves them all; a batch and its job are written in one transaction, so a
     * live batch always has its job and is never touched here.
     */
    int failOrphaned(String task, String error) {
        return jdbc.sql("""
                update x12_batch b set status = 'failed', error = :error, finished_at = clock_timestamp(),
                    updated_at = clock_timestamp()
                where b.status in ('queued', 'running')
                  and not exists (select 1 from scheduled_tasks t
                                  where t.task_name = :task and t.task_instance = b.id::text)
                """).param("task", task).param("error", error).update();
    }
}
