package io.bitewing.estimatebook.entry;

import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.db.Timestamps;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Ref;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of a book's evidence, rule steps, allowed fees and adjustment logs. */
@Repository
class EntryRepository {

    private static final String EVIDENCE_SELECT = """
            select e.id, e.estimate_book_id, b.name as book_name, e.procedure_code_id, pc.code, e.procedure_service_date,
                   e.carrier_id, c.carrier_name, e.plan_id, p.group_name, e.group_number, e.insurance_payment_amount,
                   e.allowed_override, e.claim_role, e.clinical_procedure_id, e.insurance_claim_identifier,
                   e.insurance_claim_procedure_identifier, e.source_type, e.created_at, e.updated_at
            """;

    private static final String EVIDENCE_FROM = """
            from estimate_book_evidence e
            join estimate_book b on b.org_id = e.org_id and b.id = e.estimate_book_id
            join procedure_code pc on pc.org_id = e.org_id and pc.id = e.procedure_code_id
            left join carrier c on c.org_id = e.org_id and c.id = e.carrier_id
            left join insurance_plan p on p.org_id = e.org_id and p.id = e.plan_id
            """;

    private static final RowMapper<Evidence> EVIDENCE = (rs, n) -> new Evidence(
            Rows.uuid(rs, "id"),
            ref(Rows.uuid(rs, "estimate_book_id"), rs.getString("book_name")),
            ref(Rows.uuid(rs, "procedure_code_id"), rs.getString("code")),
            Rows.date(rs, "procedure_service_date"),
            ref(Rows.uuid(rs, "carrier_id"), rs.getString("carrier_name")),
            ref(Rows.uuid(rs, "plan_id"), rs.getString("group_name")),
            rs.getString("group_number"),
            rs.getBigDecimal("insurance_payment_amount"),
            rs.getBigDecimal("allowed_override"),
            rs.getString("claim_role"),
            Rows.uuid(rs, "clinical_procedure_id"),
            rs.getObject("insurance_claim_identifier", Long.class),
            rs.getObject("insurance_claim_procedure_identifier", Long.class),
            rs.getString("source_type"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"));

    private static final String STEP_SELECT = """
            select s.id, s.estimate_book_id, b.name as book_name, s.priority_order, s.rule_type, s.limit_type,
                   s.limit_value, s.is_active, s.created_at, s.updated_at
            from estimate_book_rule_step s
            join estimate_book b on b.org_id = s.org_id and b.id = s.estimate_book_id
            """;

    private static final RowMapper<RuleStep> STEP = (rs, n) -> new RuleStep(
            Rows.uuid(rs, "id"),
            ref(Rows.uuid(rs, "estimate_book_id"), rs.getString("book_name")),
            rs.getInt("priority_order"),
            Rows.enumeration(rs, "rule_type", RuleStep.RuleType.class),
            Rows.enumeration(rs, "limit_type", RuleStep.LimitType.class),
            rs.getInt("limit_value"),
            rs.getBoolean("is_active"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"));

    private static final String FEE_SELECT = """
            select f.id, f.estimate_book_id, b.name as book_name, f.procedure_code_id, pc.code, f.resolution_scope_type,
                   f.plan_id, p.group_name, f.carrier_id, c.carrier_name, f.group_number, f.resolution_scope_identifier,
                   f.allowed_fee, f.sample_count, f.confidence, f.computed_at, f.expires_at, f.estimate_book_rule_step_id,
                   s.rule_type as step_rule_type, f.estimate_book_run_id, f.created_at, f.updated_at
            """;

    private static final String FEE_FROM = """
            from estimate_book_allowed_fee f
            join estimate_book b on b.org_id = f.org_id and b.id = f.estimate_book_id
            join procedure_code pc on pc.org_id = f.org_id and pc.id = f.procedure_code_id
            left join insurance_plan p on p.org_id = f.org_id and p.id = f.plan_id
            left join carrier c on c.org_id = f.org_id and c.id = f.carrier_id
            left join estimate_book_rule_step s on s.org_id = f.org_id and s.id = f.estimate_book_rule_step_id
            """;

    private static final RowMapper<AllowedFee> FEE = (rs, n) -> new AllowedFee(
            Rows.uuid(rs, "id"),
            ref(Rows.uuid(rs, "estimate_book_id"), rs.getString("book_name")),
            ref(Rows.uuid(rs, "procedure_code_id"), rs.getString("code")),
            Rows.enumeration(rs, "resolution_scope_type", AllowedFee.ScopeType.class),
            ref(Rows.uuid(rs, "plan_id"), rs.getString("group_name")),
            ref(Rows.uuid(rs, "carrier_id"), rs.getString("carrier_name")),
            rs.getString("group_number"),
            rs.getObject("resolution_scope_identifier", Long.class),
            rs.getBigDecimal("allowed_fee"),
            rs.getInt("sample_count"),
            rs.getString("confidence"),
            Rows.instant(rs, "computed_at"),
            Rows.instant(rs, "expires_at"),
            ref(Rows.uuid(rs, "estimate_book_rule_step_id"), rs.getString("step_rule_type")),
            ref(Rows.uuid(rs, "estimate_book_run_id"), null),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"));

    private static final String LOG_SELECT = """
            select l.id, l.estimate_book_id, b.name as book_name, l.estimate_book_run_id, l.procedure_code_id, pc.code,
                   l.plan_id, p.group_name, l.change_reason, l.description, l.previous_allowed_fee, l.new_allowed_fee,
                   l.delta_allowed_fee, l.insurance_claim_procedure_identifier, l.insurance_procedure_estimate_id,
                   l.created_at
            """;

    private static final String LOG_FROM = """
            from estimate_book_adjustment_log l
            join estimate_book b on b.org_id = l.org_id and b.id = l.estimate_book_id
            join procedure_code pc on pc.org_id = l.org_id and pc.id = l.procedure_code_id
            left join insurance_plan p on p.org_id = l.org_id and p.id = l.plan_id
            """;

    private static final RowMapper<AdjustmentLog> LOG = (rs, n) -> new AdjustmentLog(
            Rows.uuid(rs, "id"),
            ref(Rows.uuid(rs, "estimate_book_id"), rs.getString("book_name")),
            ref(Rows.uuid(rs, "estimate_book_run_id"), null),
            ref(Rows.uuid(rs, "procedure_code_id"), rs.getString("code")),
            ref(Rows.uuid(rs, "plan_id"), rs.getString("group_name")),
            Rows.enumeration(rs, "change_reason", AdjustmentLog.ChangeReason.class),
            rs.getString("description"),
            rs.getBigDecimal("previous_allowed_fee"),
            rs.getBigDecimal("new_allowed_fee"),
            rs.getBigDecimal("delta_allowed_fee"),
            rs.getObject("insurance_claim_procedure_identifier", Long.class),
            rs.getObject("insurance_procedure_estimate_id", Long.class),
            Rows.instant(rs, "created_at"));

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    EntryRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** A book that takes claim evidence, with its scope: the organisation, one carrier or one plan. */
    record EvidenceBook(UUID id, String scopeType, UUID carrierId, UUID planId) {}

    /** Active allowed_from_claims books scoped to the organisation, one of these carriers or one of these plans. */
    List<EvidenceBook> findEvidenceBooks(UUID org, Collection<UUID> carrierIds, Collection<UUID> planIds) {
        return jdbc.sql("""
                select id, scope_type, carrier_id, plan_id
                from estimate_book
                where org_id = :org and deleted_at is null and status = 'active' and rule_type = 'allowed_from_claims'
                  and (scope_type = 'tenant'
                       or (scope_type = 'carrier' and carrier_id = any(:carriers))
                       or (scope_type = 'plan' and plan_id = any(:plans)))
                order by id
                """)
                .param("org", org)
                .param("carriers", carrierIds.toArray(UUID[]::new))
                .param("plans", planIds.toArray(UUID[]::new))
                .query((rs, n) -> new EvidenceBook(
                        Rows.uuid(rs, "id"),
                        rs.getString("scope_type"),
                        Rows.uuid(rs, "carrier_id"),
                        Rows.uuid(rs, "plan_id")))
                .list();
    }

    /** Evidence rows in one batch: (book, id, body, carrier, group number) each. */
    void insertEvidenceAll(UUID org, List<NewEvidence> rows) {
        var batch = rows.stream()
                .map(r -> new MapSqlParameterSource()
                        .addValue("org", org)
                        .addValue("id", r.id())
                        .addValue("book", r.bookId())
                        .addValue("code", r.body().procedureCodeUuid())
                        .addValue("date", r.body().procedureServiceDate())
                        .addValue("carrier", r.carrierId())
                        .addValue("plan", r.body().insurancePlanUuid())
                        .addValue("groupNumber", blankToNull(r.groupNumber()))
                        .addValue("paid", r.body().insurancePaymentAmount())
                        .addValue("override", r.body().allowedOverride())
                        .addValue("role", r.body().claimRole())
                        .addValue("source", r.body().sourceType()))
                .toArray(MapSqlParameterSource[]::new);
        named.batchUpdate("""
                insert into estimate_book_evidence (org_id, id, estimate_book_id, procedure_code_id,
                    procedure_service_date, carrier_id, plan_id, group_number, insurance_payment_amount,
                    allowed_override, claim_role, source_type)
                values (:org, :id, :book, :code, :date, :carrier, :plan, :groupNumber, round(cast(:paid as numeric), 2),
                    round(cast(:override as numeric), 2), :role, :source)
                """, batch);
    }

    record NewEvidence(UUID id, UUID bookId, EntryRequests.CreateEvidence body, UUID carrierId, String groupNumber) {}

    // Evidence

    Optional<Evidence> findEvidence(UUID org, UUID id) {
        return jdbc.sql(EVIDENCE_SELECT + EVIDENCE_FROM + " where e.org_id = :org and e.id = :id")
                .param("org", org)
                .param("id", id)
                .query(EVIDENCE)
                .optional();
    }

    Page<Evidence> listEvidence(UUID org, UUID bookId, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql(EVIDENCE_SELECT + ", count(*) over () as total " + EVIDENCE_FROM + """
                        where e.org_id = :org and e.estimate_book_id = :book
                        order by e.created_at desc, e.id desc
                        limit :limit offset :offset
                        """)
                        .param("org", org)
                        .param("book", bookId),
                page,
                EVIDENCE);
    }

    void insertEvidence(
            UUID org, UUID bookId, UUID id, EntryRequests.CreateEvidence e, UUID carrierId, String groupNumber) {
        var m = new HashMap<String, Object>();
        m.put("org", org);
        m.put("id", id);
        m.put("book", bookId);
        m.put("code", e.procedureCodeUuid());
        m.put("date", e.procedureServiceDate());
        m.put("carrier", carrierId);
        m.put("plan", e.insurancePlanUuid());
        m.put("groupNumber", blankToNull(groupNumber));
        m.put("paid", e.insurancePaymentAmount());
        m.put("override", e.allowedOverride());
        m.put("role", e.claimRole());
        m.put("clinical", e.clinicalProcedureUuid());
        m.put("claim", e.insuranceClaimIdentifier());
        m.put("claimProcedure", e.insuranceClaimProcedureIdentifier());
        m.put("source", e.sourceType());
        jdbc.sql("""
                insert into estimate_book_evidence (org_id, id, estimate_book_id, procedure_code_id,
                    procedure_service_date, carrier_id, plan_id, group_number, insurance_payment_amount,
                    allowed_override, claim_role, clinical_procedure_id, insurance_claim_identifier,
                    insurance_claim_procedure_identifier, source_type)
                values (:org, :id, :book, :code, :date, :carrier, :plan, :groupNumber, round(cast(:paid as numeric), 2),
                    round(cast(:override as numeric), 2), :role, :clinical, :claim, :claimProcedure, :source)
                """).params(m).update();
    }

    // Rule steps

    Optional<RuleStep> findStep(UUID org, UUID bookId, UUID id) {
        return jdbc.sql(STEP_SELECT + " where s.org_id = :org and s.estimate_book_id = :book and s.id = :id")
                .param("org", org)
                .param("book", bookId)
                .param("id", id)
                .query(STEP)
                .optional();
    }

    List<RuleStep> listSteps(UUID org, UUID bookId, boolean activeOnly) {
        return jdbc.sql(STEP_SELECT + """
                        where s.org_id = :org and s.estimate_book_id = :book and (not :activeOnly or s.is_active)
                        order by s.priority_order, s.id
                        """)
                .param("org", org)
                .param("book", bookId)
                .param("activeOnly", activeOnly)
                .query(STEP)
                .list();
    }

    /** False when another step of the book holds the priority. */
    boolean insertStep(UUID org, UUID bookId, RuleStep s) {
        return jdbc.sql("""
                insert into estimate_book_rule_step (org_id, id, estimate_book_id, priority_order, rule_type, limit_type,
                    limit_value, is_active)
                values (:org, :id, :book, :priority, :ruleType, :limitType, :limitValue, :active)
                on conflict (org_id, estimate_book_id, priority_order) do nothing
                """).params(stepParams(org, bookId, s)).update() == 1;
    }

    /** False when another step of the book holds the new priority. */
    boolean updateStep(UUID org, UUID bookId, RuleStep s) {
        var params = stepParams(org, bookId, s);
        return jdbc.sql("""
                update estimate_book_rule_step set priority_order = :priority, rule_type = :ruleType,
                    limit_type = :limitType, limit_value = :limitValue, is_active = :active, updated_at = now()
                where org_id = :org and estimate_book_id = :book and id = :id
                  and not exists (select 1 from estimate_book_rule_step o
                                  where o.org_id = :org and o.estimate_book_id = :book and o.priority_order = :priority
                                    and o.id <> :id)
                """).params(params).update() == 1;
    }

    void deleteStep(UUID org, UUID bookId, UUID id) {
        jdbc.sql("delete from estimate_book_rule_step where org_id = :org and estimate_book_id = :book and id = :id")
                .param("org", org)
                .param("book", bookId)
                .param("id", id)
                .update();
    }

    // Allowed fees

    Optional<AllowedFee> findFee(UUID org, UUID bookId, UUID id) {
        return jdbc.sql(FEE_SELECT + FEE_FROM + " where f.org_id = :org and f.estimate_book_id = :book and f.id = :id")
                .param("org", org)
                .param("book", bookId)
                .param("id", id)
                .query(FEE)
                .optional();
    }

    Page<AllowedFee> listFees(UUID org, UUID bookId, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql(FEE_SELECT + ", count(*) over () as total " + FEE_FROM + """
                        where f.org_id = :org and f.estimate_book_id = :book
                        order by pc.code, f.resolution_scope_type, p.group_name, f.id
                        limit :limit offset :offset
                        """)
                        .param("org", org)
                        .param("book", bookId),
                page,
                FEE);
    }

    /** False when the book already has an entry for the code and target. */
    boolean insertFee(UUID org, UUID bookId, UUID id, EntryRequests.CreateAllowedFee f) {
        var m = new HashMap<String, Object>();
        m.put("org", org);
        m.put("id", id);
        m.put("book", bookId);
        m.put("code", f.procedureCodeUuid());
        m.put("scope", f.resolutionScopeType().name());
        m.put("plan", f.insurancePlanUuid());
        m.put("carrier", f.carrierUuid());
        m.put("groupNumber", blankToNull(f.groupNumber()));
        m.put("identifier", f.resolutionScopeIdentifier());
        m.put("fee", f.allowedFee());
        m.put("samples", f.sampleCount() == null ? 0 : f.sampleCount());
        m.put("confidence", f.confidence());
        m.put("computedAt", Timestamps.of(f.computedAt()));
        m.put("expiresAt", Timestamps.of(f.expiresAt()));
        m.put("step", f.estimateBookRuleStepUuid());
        m.put("run", f.estimateBookRunUuid());
        return jdbc.sql("""
                insert into estimate_book_allowed_fee (org_id, id, estimate_book_id, procedure_code_id,
                    resolution_scope_type, plan_id, carrier_id, group_number, resolution_scope_identifier, allowed_fee,
                    sample_count, confidence, computed_at, expires_at, estimate_book_rule_step_id, estimate_book_run_id)
                values (:org, :id, :book, :code, :scope, :plan, :carrier, :groupNumber, :identifier,
                    round(cast(:fee as numeric), 2), :samples, :confidence, :computedAt, :expiresAt, :step, :run)
                on conflict do nothing
                """).params(m).update() == 1;
    }

    void updateFee(UUID org, UUID bookId, AllowedFee f) {
        jdbc.sql("""
                update estimate_book_allowed_fee set allowed_fee = round(cast(:fee as numeric), 2),
                    computed_at = :computedAt, confidence = :confidence, expires_at = :expiresAt,
                    sample_count = :samples, updated_at = now()
                where org_id = :org and estimate_book_id = :book and id = :id
                """)
                .param("org", org)
                .param("book", bookId)
                .param("id", f.id())
                .param("fee", f.allowedFee())
                .param("computedAt", Timestamps.of(f.computedAt()))
                .param("confidence", f.confidence())
                .param("expiresAt", Timestamps.of(f.expiresAt()))
                .param("samples", f.sampleCount())
                .update();
    }

    void deleteFee(UUID org, UUID bookId, UUID id) {
        jdbc.sql("delete from estimate_book_allowed_fee where org_id = :org and estimate_book_id = :book and id = :id")
                .param("org", org)
                .param("book", bookId)
                .param("id", id)
                .update();
    }

    /** Whether the run belongs to the book. */
    boolean runExists(UUID org, UUID bookId, UUID runId) {
        return jdbc.sql(
                                "select count(*) from estimate_book_run where org_id = :org and estimate_book_id = :book and id = :id")
                        .param("org", org)
                        .param("book", bookId)
                        .param("id", runId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    // Adjustment logs

    Optional<AdjustmentLog> findLog(UUID org, UUID id) {
        return jdbc.sql(LOG_SELECT + LOG_FROM + " where l.org_id = :org and l.id = :id")
                .param("org", org)
                .param("id", id)
                .query(LOG)
                .optional();
    }

    Page<AdjustmentLog> listLogs(UUID org, UUID bookId, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql(LOG_SELECT + ", count(*) over () as total " + LOG_FROM + """
                        where l.org_id = :org and l.estimate_book_id = :book
                        order by l.created_at desc, l.id desc
                        limit :limit offset :offset
                        """)
                        .param("org", org)
                        .param("book", bookId),
                page,
                LOG);
    }

    void insertLog(UUID org, UUID bookId, UUID id, EntryRequests.CreateAdjustmentLog l) {
        var m = new HashMap<String, Object>();
        m.put("org", org);
        m.put("id", id);
        m.put("book", bookId);
        m.put("code", l.procedureCodeUuid());
        m.put("plan", l.insurancePlanUuid());
        m.put("run", l.estimateBookRunUuid());
        m.put("reason", l.changeReason().name());
        m.put("description", l.description());
        m.put("previous", l.previousAllowedFee());
        m.put("next", l.newAllowedFee());
        m.put("delta", l.deltaAllowedFee());
        m.put("claimProcedure", l.insuranceClaimProcedureIdentifier());
        m.put("estimate", l.insuranceProcedureEstimateId());
        jdbc.sql("""
                insert into estimate_book_adjustment_log (org_id, id, estimate_book_id, procedure_code_id, plan_id,
                    estimate_book_run_id, change_reason, description, previous_allowed_fee, new_allowed_fee,
                    delta_allowed_fee, insurance_claim_procedure_identifier, insurance_procedure_estimate_id)
                values (:org, :id, :book, :code, :plan, :run, :reason, :description,
                    round(cast(:previous as numeric), 2), round(cast(:next as numeric), 2),
                    round(coalesce(cast(:delta as numeric), cast(:next as numeric) - cast(:previous as numeric)), 2),
                    :claimProcedure, :estimate)
                """).params(m).update();
    }

    private static Map<String, Object> stepParams(UUID org, UUID bookId, RuleStep s) {
        var m = new HashMap<String, Object>();
        m.put("org", org);
        m.put("book", bookId);
        m.put("id", s.id());
        m.put("priority", s.priorityOrder());
        m.put("ruleType", s.ruleType().name());
        m.put("limitType", s.limitType().name());
        m.put("limitValue", s.limitValue());
        m.put("active", s.isActive());
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Ref ref(UUID id, String name) {
        return id == null ? null : new Ref(id, name);
    }
}
