package io.bitewing.x12;

import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 835 bookkeeping: remittances by trace, the map from service lines to history rows, and the review list. */
@Repository
class RemittanceRepository {

    /** A service line already posted: which history row it became. */
    record Posted(
            UUID id,
            String claimRef,
            UUID patientPlanId,
            String procedureCode,
            LocalDate dateOfService,
            UUID historyId) {}

    record NewLine(
            UUID id,
            String claimRef,
            String payerClaimRef,
            String claimStatus,
            UUID patientPlanId,
            String procedureCode,
            LocalDate dateOfService,
            UUID historyId,
            BigDecimal billed,
            BigDecimal paid,
            BigDecimal deductible,
            BigDecimal writeOff,
            BigDecimal patientResponsibility) {}

    record NewReview(
            UUID id,
            String claimRef,
            String procedureCode,
            LocalDate dateOfService,
            BigDecimal amount,
            String reason,
            String segment) {}

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    RemittanceRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The interchange that first carried each of these traces. */
    Map<String, UUID> findTraces(UUID org, Collection<String> traces) {
        var found = new java.util.HashMap<String, UUID>();
        jdbc.sql("""
                select trace_number, interchange_id from x12_remittance
                where org_id = :org and trace_number = any(:traces)
                """)
                .param("org", org)
                .param("traces", traces.toArray(String[]::new))
                .query((rs, n) -> found.put(rs.getString("trace_number"), Rows.uuid(rs, "interchange_id")))
                .list();
        return found;
    }

    void insertRemittance(UUID org, UUID id, UUID interchangeId, String trace, BigDecimal paidTotal) {
        jdbc.sql("""
                insert into x12_remittance (org_id, id, interchange_id, trace_number, paid_total)
                values (:org, :id, :interchange, :trace, :paid)
                """)
                .param("org", org)
                .param("id", id)
                .param("interchange", interchangeId)
                .param("trace", trace)
                .param("paid", paidTotal)
                .update();
    }

    /** Lines of these claims posted and not reversed, oldest first. */
    List<Posted> findPosted(UUID org, Collection<String> claimRefs) {
        return jdbc.sql("""
                select id, claim_ref, patient_plan_id, procedure_code, date_of_service, history_id
                from x12_remittance_line
                where org_id = :org and claim_ref = any(:claims) and reversed_at is null
                order by created_at, id
                """)
                .param("org", org)
                .param("claims", claimRefs.toArray(String[]::new))
                .query((rs, n) -> new Posted(
                        Rows.uuid(rs, "id"),
                        rs.getString("claim_ref"),
                        Rows.uuid(rs, "patient_plan_id"),
                        rs.getString("procedure_code"),
                        Rows.date(rs, "date_of_service"),
                        Rows.uuid(rs, "history_id")))
                .list();
    }

    void markReversed(UUID org, Collection<UUID> lineIds) {
        jdbc.sql("""
                update x12_remittance_line set reversed_at = now()
                where org_id = :org and id = any(:ids) and reversed_at is null
                """)
                .param("org", org)
                .param("ids", lineIds.toArray(UUID[]::new))
                .update();
    }

    void insertLines(UUID org, UUID interchangeId, List<NewLine> lines) {
        var rows = lines.stream()
                .map(l -> new MapSqlParameterSource()
                        .addValue("org", org)
                        .addValue("id", l.id())
                        .addValue("interchange", interchangeId)
                        .addValue("claim", l.claimRef())
                        .addValue("payerClaim", l.payerClaimRef())
                        .addValue("status", l.claimStatus())
                        .addValue("patientPlan", l.patientPlanId())
                        .addValue("code", l.procedureCode())
                        .addValue("date", l.dateOfService())
                        .addValue("history", l.historyId())
                        .addValue("billed", l.billed())
                        .addValue("paid", l.paid())
                        .addValue("deductible", l.deductible())
                        .addValue("writeOff", l.writeOff())
                        .addValue("patient", l.patientResponsibility()))
                .toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate("""
                insert into x12_remittance_line (org_id, id, interchange_id, claim_ref, payer_claim_ref, claim_status,
                    patient_plan_id, procedure_code, date_of_service, history_id, billed, paid, deductible, write_off,
                    patient_responsibility)
                values (:org, :id, :interchange, :claim, :payerClaim, :status, :patientPlan, :code, :date, :history,
                    :billed, :paid, :deductible, :writeOff, :patient)
                """, rows);
    }

    void insertReviews(UUID org, UUID interchangeId, List<NewReview> items) {
        var rows = items.stream()
                .map(r -> new MapSqlParameterSource()
                        .addValue("org", org)
                        .addValue("id", r.id())
                        .addValue("interchange", interchangeId)
                        .addValue("claim", r.claimRef())
                        .addValue("code", r.procedureCode())
                        .addValue("date", r.dateOfService())
                        .addValue("amount", r.amount())
                        .addValue("reason", r.reason())
                        .addValue("segment", r.segment()))
                .toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate("""
                insert into x12_review_item (org_id, id, interchange_id, claim_ref, procedure_code, date_of_service,
                    amount, reason, segment_text)
                values (:org, :id, :interchange, :claim, :code, :date, round(cast(:amount as numeric), 2), :reason,
                    :segment)
                """, rows);
    }

    /** The review list, newest first, optionally of one interchange. */
    Page<ReviewItem> reviews(UUID org, UUID interchangeId, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql("""
                        select id, interchange_id, claim_ref, procedure_code, date_of_service, amount, reason,
                               segment_text, created_at, count(*) over () as total
                        from x12_review_item
                        where org_id = :org and (cast(:interchange as uuid) is null or interchange_id = :interchange)
                        order by created_at desc, id desc
                        limit :limit offset :offset
                        """).param("org", org).param("interchange", interchangeId),
                page,
                (rs, n) -> new ReviewItem(
                        Rows.uuid(rs, "id"),
                        Rows.uuid(rs, "interchange_id"),
                        rs.getString("claim_ref"),
                        rs.getString("procedure_code"),
                        Rows.date(rs, "date_of_service"),
                        rs.getBigDecimal("amount"),
                        rs.getString("reason"),
                        rs.getString("segment_text"),
                        Rows.instant(rs, "created_at")));
    }
}
