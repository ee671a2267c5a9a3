package io.bitewing.verification;

import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.db.Timestamps;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.verification.Verification.Source;
import io.bitewing.verification.Verification.Status;
import io.bitewing.verification.Verification.Type;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class VerificationRepository {

    private static final String COLUMNS = """
            id, patient_plan_id, insurance_plan_id, verification_type, verification_source, verification_status,
            verified_at, verified_by_user_uuid, assigned_to_user_uuid, call_duration_minutes, carrier_ref_number,
            carrier_rep_name, next_verification_due, notes, raw_response_json, version, created_at, updated_at,
            deleted_at""";

    /** Reads the stored payer answer as it was received; wire naming does not apply to it. */
    private static final JsonMapper RAW_JSON = JsonMapper.builder().build();

    private static final RowMapper<Verification> VERIFICATION = (rs, n) -> new Verification(
            Rows.uuid(rs, "id"),
            Rows.uuid(rs, "patient_plan_id"),
            Rows.uuid(rs, "insurance_plan_id"),
            Rows.enumeration(rs, "verification_type", Type.class),
            Rows.enumeration(rs, "verification_source", Source.class),
            Rows.enumeration(rs, "verification_status", Status.class),
            Rows.instant(rs, "verified_at"),
            Rows.uuid(rs, "verified_by_user_uuid"),
            Rows.uuid(rs, "assigned_to_user_uuid"),
            Rows.integer(rs, "call_duration_minutes"),
            rs.getString("carrier_ref_number"),
            rs.getString("carrier_rep_name"),
            Rows.date(rs, "next_verification_due"),
            rs.getString("notes"),
            rawJson(rs.getString("raw_response_json")),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"),
            Rows.instant(rs, "deleted_at"));

    private static final String INSERT = """
            insert into verification (org_id, id, patient_plan_id, insurance_plan_id, verification_type,
                verification_source, verification_status, verified_at, assigned_to_user_uuid, call_duration_minutes,
                carrier_ref_number, carrier_rep_name, next_verification_due, notes, raw_response_json)
            values (:org, :id, :patientPlanId, :insurancePlanId, :type, :source, :status, :verifiedAt,
                :assignedTo, :callDuration, :carrierRefNumber, :carrierRepName, :nextDue, :notes,
                cast(:raw as jsonb))
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    VerificationRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<Verification> find(UUID org, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from verification where org_id = :org and id = :id")
                .param("org", org)
                .param("id", id)
                .query(VERIFICATION)
                .optional();
    }

    List<Verification> findAll(UUID org, Collection<UUID> ids) {
        return jdbc.sql("select " + COLUMNS + " from verification where org_id = :org and id = any(:ids)"
                        + " order by verified_at desc, id desc")
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .query(VERIFICATION)
                .list();
    }

    /** Live verifications of the owners given (both: both must match), newest first. */
    Page<Verification> findAll(UUID org, VerificationService.Filter filter, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql("select " + COLUMNS + ", count(*) over () as total from verification" + """
                         where org_id = :org and deleted_at is null
                           and (cast(:patientPlan as uuid) is null or patient_plan_id = :patientPlan)
                           and (cast(:plan as uuid) is null or insurance_plan_id = :plan)
                           and (cast(:type as text) is null or verification_type = :type)
                         order by verified_at desc, id desc
                         limit :limit offset :offset
                        """)
                        .param("org", org)
                        .param("patientPlan", filter.patientPlanUuid())
                        .param("plan", filter.insurancePlanUuid())
                        .param(
                                "type",
                                filter.verificationType() == null
                                        ? null
                                        : filter.verificationType().name()),
                page,
                VERIFICATION);
    }

    /** One batch of inserts, however many verifications. */
    @SuppressWarnings("unchecked")
    void insertAll(UUID org, List<Verification> verifications) {
        Map<String, Object>[] rows =
                verifications.stream().map(v -> params(org, v)).toArray(Map[]::new);
        batch.batchUpdate(INSERT, rows);
    }

    /** Writes every mutable column; false when {@code baseVersion} is no longer current. */
    boolean update(UUID org, Verification v, int baseVersion) {
        var params = params(org, v);
        params.put("baseVersion", baseVersion);
        return jdbc.sql("""
                update verification set verification_status = :status, assigned_to_user_uuid = :assignedTo,
                    call_duration_minutes = :callDuration, carrier_ref_number = :carrierRefNumber,
                    carrier_rep_name = :carrierRepName, next_verification_due = :nextDue, notes = :notes,
                    version = version + 1, updated_at = now()
                where org_id = :org and id = :id and version = :baseVersion
                """).params(params).update() == 1;
    }

    /** Sets the status on every listed verification whose status differs; answers the ids that changed. */
    List<UUID> mark(UUID org, Collection<UUID> ids, Status status) {
        return jdbc.sql("""
                update verification set verification_status = :status, version = version + 1, updated_at = now()
                where org_id = :org and id = any(:ids) and verification_status <> :status
                returning id
                """)
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .param("status", status.name())
                .query((rs, n) -> Rows.uuid(rs, "id"))
                .list();
    }

    /** The listed verifications that exist in this organisation, locked for a bulk change. */
    List<UUID> lock(UUID org, Collection<UUID> ids) {
        return jdbc.sql("select id from verification where org_id = :org and id = any(:ids) for update")
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> Rows.uuid(rs, "id"))
                .list();
    }

    private static Map<String, Object> params(UUID org, Verification v) {
        var m = new HashMap<String, Object>();
        m.put("org", org);
        m.put("id", v.id());
        m.put("patientPlanId", v.patientPlanUuid());
        m.put("insurancePlanId", v.insurancePlanUuid());
        m.put("type", v.verificationType().name());
        m.put("source", v.verificationSource().name());
        m.put("status", v.verificationStatus().name());
        m.put("verifiedAt", Timestamps.of(v.verifiedAt()));
        m.put("assignedTo", v.assignedToUserUuid());
        m.put("callDuration", v.callDurationMinutes());
        m.put("carrierRefNumber", v.carrierRefNumber());
        m.put("carrierRepName", v.carrierRepName());
        m.put("nextDue", v.nextVerificationDue());
        m.put("notes", v.notes());
        m.put("raw", v.rawResponseJson() == null ? null : RAW_JSON.writeValueAsString(v.rawResponseJson()));
        return m;
    }

    private static Map<String, Object> rawJson(String json) {
        return json == null ? null : RAW_JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    }
}
