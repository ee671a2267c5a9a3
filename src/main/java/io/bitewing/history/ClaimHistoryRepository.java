package io.bitewing.history;

import io.bitewing.history.ClaimHistory.Status;
import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import java.time.LocalDate;
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

@Repository
class ClaimHistoryRepository {

    private static final String COLUMNS = """
            select h.id, h.patient_plan_id, h.procedure_code, h.date_of_service, h.tooth, h.surfaces, h.units, h.fee,
                   h.insurance_paid, h.deductible_applied, h.write_off, h.status, h.notes, h.version, h.created_at,
                   h.updated_at
            """;

    private static final RowMapper<ClaimHistory> HISTORY = (rs, n) -> new ClaimHistory(
            Rows.uuid(rs, "id"),
            Rows.uuid(rs, "patient_plan_id"),
            rs.getString("procedure_code"),
            Rows.date(rs, "date_of_service"),
            rs.getString("tooth"),
            rs.getString("surfaces"),
            rs.getInt("units"),
            rs.getBigDecimal("fee"),
            rs.getBigDecimal("insurance_paid"),
            rs.getBigDecimal("deductible_applied"),
            rs.getBigDecimal("write_off"),
            Rows.enumeration(rs, "status", Status.class),
            rs.getString("notes"),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"));

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    ClaimHistoryRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** A live row of the patient plan; rows of other patient plans or organisations are absent. */
    Optional<ClaimHistory> find(UUID org, UUID patientPlanId, UUID id) {
        return jdbc.sql(COLUMNS + """
                        from claim_history h
                        where h.org_id = :org and h.patient_plan_id = :patientPlan and h.id = :id and h.deleted_at is null
                        """)
                .param("org", org)
                .param("patientPlan", patientPlanId)
                .param("id", id)
                .query(HISTORY)
                .optional();
    }

    /** Live rows of every patient plan on the subscriptions, with the subscription and covered patient of each. */
    List<ClaimHistoryService.SubscriptionRow> findForSubscriptions(UUID org, Collection<UUID> subscriptionIds) {
        return jdbc.sql(COLUMNS + """
                        , h.subscription_id, pp.patient_id
                        from claim_history h
                        join patient_plan pp on pp.org_id = h.org_id and pp.id = h.patient_plan_id
                        where h.org_id = :org and h.subscription_id = any(:subscriptions) and h.deleted_at is null
                        order by h.date_of_service, h.id
                        """)
                .param("org", org)
                .param("subscriptions", subscriptionIds.toArray(UUID[]::new))
                .query((rs, n) -> new ClaimHistoryService.SubscriptionRow(
                        Rows.uuid(rs, "subscription_id"), Rows.uuid(rs, "patient_id"), HISTORY.mapRow(rs, n)))
                .list();
    }

    /** Live rows of the patient plan, newest service date first; each filter is skipped when null. */
    Page<ClaimHistory> list(
            UUID org, UUID patientPlanId, LocalDate from, LocalDate to, Status status, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql(COLUMNS + ", count(*) over () as total " + """
                        from claim_history h
                        where h.org_id = :org and h.patient_plan_id = :patientPlan and h.deleted_at is null
                          and (cast(:from as date) is null or h.date_of_service >= :from)
                          and (cast(:to as date) is null or h.date_of_service <= :to)
                          and (cast(:status as text) is null or h.status = :status)
                        order by h.date_of_service desc, h.id desc
                        limit :limit offset :offset
                        """)
                        .param("org", org)
                        .param("patientPlan", patientPlanId)
                        .param("from", from)
                        .param("to", to)
                        .param("status", status == null ? null : status.name()),
                page,
                HISTORY);
    }

    void insert(UUID org, UUID subscriptionId, ClaimHistory h) {
        var params = params(org, h);
        params.put("subscriptionId", subscriptionId);
        jdbc.sql("""
                insert into claim_history (org_id, id, patient_plan_id, subscription_id, procedure_code, date_of_service,
                    tooth, surfaces, units, fee, insurance_paid, deductible_applied, write_off, status, notes)
                values (:org, :id, :patientPlanId, :subscriptionId, :procedureCode, :dateOfService,
                    :tooth, :surfaces, :units, :fee, :insurancePaid, :deductibleApplied, :writeOff, :status, :notes)
                """).params(params).update();
    }

    /** Writes every mutable column; false when {@code baseVersion} is no longer current. */
    boolean update(UUID org, ClaimHistory h, int baseVersion) {
        var params = params(org, h);
        params.put("baseVersion", baseVersion);
        return jdbc.sql("""
                update claim_history set procedure_code = :procedureCode, date_of_service = :dateOfService,
                    tooth = :tooth, surfaces = :surfaces, units = :units, fee = :fee, insurance_paid = :insurancePaid,
                    deductible_applied = :deductibleApplied, write_off = :writeOff, status = :status, notes = :notes,
                    version = version + 1, updated_at = now()
                where org_id = :org and id = :id and patient_plan_id = :patientPlanId and deleted_at is null
                  and version = :baseVersion
                """).params(params).update() == 1;
    }

    /** Removes the row from the patient plan's history (kept with deleted_at); false when already gone. */
    boolean delete(UUID org, UUID patientPlanId, UUID id) {
        return jdbc.sql("""
                update claim_history set deleted_at = now(), updated_at = now(), version = version + 1
                where org_id = :org and patient_plan_id = :patientPlan and id = :id and deleted_at is null
                """)
                        .param("org", org)
                        .param("patientPlan", patientPlanId)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Many rows in one batch; each row names its subscription (patient plan id to subscription id). */
    void insertAll(UUID org, Map<UUID, UUID> subscriptionOf, List<ClaimHistory> rows) {
        var batch = rows.stream()
                .map(h -> {
                    var params = params(org, h);
                    params.put("subscriptionId", subscriptionOf.get(h.patientPlanUuid()));
                    return new MapSqlParameterSource(params);
                })
                .toArray(MapSqlParameterSource[]::new);
        named.batchUpdate("""
                insert into claim_history (org_id, id, patient_plan_id, subscription_id, procedure_code, date_of_service,
                    tooth, surfaces, units, fee, insurance_paid, deductible_applied, write_off, status, notes)
                values (:org, :id, :patientPlanId, :subscriptionId, :procedureCode, :dateOfService,
                    :tooth, :surfaces, :units, :fee, :insurancePaid, :deductibleApplied, :writeOff, :status, :notes)
                """, batch);
    }

    /** Removes the live pending rows of each (patient plan, code, date of service) in one statement; answers their ids. */
    List<UUID> closePending(UUID org, List<UUID> patientPlans, List<String> codes, List<LocalDate> dates) {
        return jdbc.sql("""
                update claim_history h set deleted_at = now(), updated_at = now(), version = h.version + 1
                from unnest(cast(:plans as uuid[]), cast(:codes as text[]), cast(cast(:dates as text[]) as date[])) as k (plan, code, day)
                where h.org_id = :org and h.patient_plan_id = k.plan and h.procedure_code = k.code
                  and h.date_of_service = k.day and h.status = 'pending' and h.deleted_at is null
                returning h.id
                """)
                .param("org", org)
                .param("plans", patientPlans.toArray(UUID[]::new))
                .param("codes", codes.toArray(String[]::new))
                .param("dates", dates.stream().map(LocalDate::toString).toArray(String[]::new))
                .query(UUID.class)
                .list();
    }

    /** Removes these rows (kept with deleted_at); answers the ids that were live. */
    List<UUID> deleteAll(UUID org, Collection<UUID> ids) {
        return jdbc.sql("""
                update claim_history set deleted_at = now(), updated_at = now(), version = version + 1
                where org_id = :org and id = any(:ids) and deleted_at is null
                returning id
                """)
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .query(UUID.class)
                .list();
    }

    private static Map<String, Object> params(UUID org, ClaimHistory h) {
        var m = new HashMap<String, Object>();
        m.put("org", org);
        m.put("id", h.id());
        m.put("patientPlanId", h.patientPlanUuid());
        m.put("procedureCode", h.procedureCode());
        m.put("dateOfService", h.dateOfService());
        m.put("tooth", h.tooth());
        m.put("surfaces", h.surfaces());
        m.put("units", h.units());
        m.put("fee", h.fee());
        m.put("insurancePaid", h.insurancePaid());
        m.put("deductibleApplied", h.deductibleApplied());
        m.put("writeOff", h.writeOff());
        m.put("status", h.status().name());
        m.put("notes", h.notes());
        return m;
    }
}
