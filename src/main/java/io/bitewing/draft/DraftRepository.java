package io.bitewing.draft;

import io.bitewing.draft.Draft.ReviewStatus;
import io.bitewing.draft.DraftRow.Format;
import io.bitewing.patientplan.PatientPlan.Relationship;
import io.bitewing.plan.Plan.PlanType;
import io.bitewing.practice.PersonName;
import io.bitewing.practice.patient.PatientRef;
import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Ref;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class DraftRepository {

    /** A draft to insert: its id, the raw row as JSON text, the reading and the match. */
    record NewDraft(UUID id, String rawJson, DraftRowReader.Reading reading, DraftMatch match) {}

    private static final String SELECT = """
            select d.id, d.patient_id, pa.last_name as patient_last, pa.first_name as patient_first, d.source_system,
                   d.source_ref, d.raw_data_json::text as raw_data_json, d.review_status, d.row_format, d.carrier_name,
                   d.electronic_id, d.group_number, d.group_name, d.plan_type_code, d.subscriber_first_name,
                   d.subscriber_last_name, d.subscriber_birthdate, d.subscriber_id_number, d.relationship_to_subscriber,
                   d.ordinal, d.date_effective, d.date_term, d.error_reason,
                   d.matched_carrier_id, c.carrier_name as matched_carrier_name,
                   d.matched_plan_id, pl.group_name as matched_plan_name,
                   d.subscriber_patient_id, sp.last_name as subscriber_last, sp.first_name as subscriber_first,
                   d.create_plan, d.new_plan_type,
                   d.converted_subscription_id, s.subscriber_id_number as converted_subscription_name,
                   d.converted_patient_plan_id, cpl.group_name as converted_plan_name,
                   d.conversion_error, d.reject_reason, d.reviewed_at, d.reviewed_by_user_uuid, d.version, d.created_at,
                   d.updated_at""";

    private static final String FROM = """
            from insurance_draft d
            join patient pa on pa.org_id = d.org_id and pa.id = d.patient_id
            left join carrier c on c.org_id = d.org_id and c.id = d.matched_carrier_id
            left join insurance_plan pl on pl.org_id = d.org_id and pl.id = d.matched_plan_id
            left join patient sp on sp.org_id = d.org_id and sp.id = d.subscriber_patient_id
            left join subscription s on s.org_id = d.org_id and s.id = d.converted_subscription_id
            left join insurance_plan cpl on cpl.org_id = s.org_id and cpl.id = s.insurance_plan_id
            """;

    /** Reads the stored row as it was received; wire naming does not apply to it. */
    private static final JsonMapper RAW_JSON = JsonMapper.builder().build();

    private static final RowMapper<Draft> DRAFT = (rs, n) -> new Draft(
            Rows.uuid(rs, "id"),
            person(rs, "patient_id", "patient_last", "patient_first"),
            rs.getString("source_system"),
            rs.getString("source_ref"),
            RAW_JSON.readTree(rs.getString("raw_data_json")),
            Rows.enumeration(rs, "review_status", ReviewStatus.class),
            rs.getString("row_format") == null ? null : row(rs),
            rs.getString("error_reason"),
            ref(rs, "matched_carrier_id", "matched_carrier_name"),
            ref(rs, "matched_plan_id", "matched_plan_name"),
            person(rs, "subscriber_patient_id", "subscriber_last", "subscriber_first"),
            rs.getBoolean("create_plan"),
            Rows.enumeration(rs, "new_plan_type", PlanType.class),
            ref(rs, "converted_subscription_id", "converted_subscription_name"),
            ref(rs, "converted_patient_plan_id", "converted_plan_name"),
            rs.getString("conversion_error"),
            rs.getString("reject_reason"),
            Rows.instant(rs, "reviewed_at"),
            Rows.uuid(rs, "reviewed_by_user_uuid"),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"));

    private static final String INSERT = """
            insert into insurance_draft (org_id, id, patient_id, source_system, source_ref, raw_data_json, review_status,
                row_format, carrier_name, electronic_id, group_number, group_name, plan_type_code, subscriber_first_name,
                subscriber_last_name, subscriber_birthdate, subscriber_id_number, relationship_to_subscriber, ordinal,
                date_effective, date_term, error_reason, matched_carrier_id, matched_plan_id, subscriber_patient_id)
            values (:org, :id, :patientId, :sourceSystem, :sourceRef, cast(:raw as jsonb), :status,
                :rowFormat, :carrierName, :electronicId, :groupNumber, :groupName, :planTypeCode, :subscriberFirstName,
                :subscriberLastName, :subscriberBirthdate, :subscriberIdNumber, :relationship, :ordinal,
                :dateEffective, :dateTerm, :errorReason, :carrierId, :planId, :subscriberId)
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    DraftRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<Draft> find(UUID org, UUID id) {
        return jdbc.sql(SELECT + " " + FROM + " where d.org_id = :org and d.id = :id")
                .param("org", org)
                .param("id", id)
                .query(DRAFT)
                .optional();
    }

    /** The draft, locked until the transaction ends so two reviews of it cannot interleave. */
    Optional<Draft> findForUpdate(UUID org, UUID id) {
        return jdbc.sql(SELECT + " " + FROM + " where d.org_id = :org and d.id = :id for update of d")
                .param("org", org)
                .param("id", id)
                .query(DRAFT)
                .optional();
    }

    /** The drafts in the order of the ids given. */
    List<Draft> findAll(UUID org, List<UUID> ids) {
        return jdbc.sql(SELECT + " " + FROM + """
                         where d.org_id = :org and d.id = any(:ids)
                         order by array_position(cast(:ids as uuid[]), d.id)
                        """)
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .query(DRAFT)
                .list();
    }

    /** Newest first; each filter is skipped when null. */
    Page<Draft> list(UUID org, UUID patientId, ReviewStatus status, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql(SELECT + ", count(*) over () as total " + FROM + """
                        where d.org_id = :org
                          and (cast(:patient as uuid) is null or d.patient_id = :patient)
                          and (cast(:status as text) is null or d.review_status = :status)
                        order by d.created_at desc, d.id
                        limit :limit offset :offset
                        """)
                        .param("org", org)
                        .param("patient", patientId)
                        .param("status", status == null ? null : status.name()),
                page,
                DRAFT);
    }

    /** One batch of inserts, however many rows the import has. */
    @SuppressWarnings("unchecked")
    void insertAll(UUID org, UUID patientId, String sourceSystem, List<NewDraft> drafts) {
        Map<String, Object>[] rows = drafts.stream()
                .map(d -> {
                    var m = reading(d.reading());
                    m.putAll(match(d.match()));
                    m.put("org", org);
                    m.put("id", d.id());
                    m.put("patientId", patientId);
                    m.put("sourceSystem", sourceSystem);
                    m.put("raw", d.rawJson());
                    m.put(
                            "status",
                            d.reading().error() != null
                                    ? ReviewStatus.error.name()
                                    : d.match().status().name());
                    return m;
                })
                .toArray(Map[]::new);
        batch.batchUpdate(INSERT, rows);
    }

    /**
     * Reads the row again and sets a fresh automatic match: a manual choice, a rejection and a conversion error
     * are forgotten.
     */
    void rematch(UUID org, UUID id, DraftRowReader.Reading reading, DraftMatch match) {
        var m = reading(reading);
        m.putAll(match(match));
        m.put("org", org);
        m.put("id", id);
        m.put(
                "status",
                reading.error() != null
                        ? ReviewStatus.error.name()
                        : match.status().name());
        jdbc.sql("""
                update insurance_draft set review_status = :status, row_format = :rowFormat, source_ref = :sourceRef,
                    carrier_name = :carrierName, electronic_id = :electronicId, group_number = :groupNumber,
                    group_name = :groupName, plan_type_code = :planTypeCode, subscriber_first_name = :subscriberFirstName,
                    subscriber_last_name = :subscriberLastName, subscriber_birthdate = :subscriberBirthdate,
                    subscriber_id_number = :subscriberIdNumber, relationship_to_subscriber = :relationship,
                    ordinal = :ordinal, date_effective = :dateEffective, date_term = :dateTerm,
                    error_reason = :errorReason, matched_carrier_id = :carrierId, matched_plan_id = :planId,
                    subscriber_patient_id = :subscriberId, create_plan = :createPlan, new_plan_type = :newPlanType,
                    reject_reason = null, conversion_error = null, version = version + 1, updated_at = now()
                where org_id = :org and id = :id
                """).params(m).update();
    }

    /** A reviewer's match. */
    void match(UUID org, UUID id, DraftMatch match, UUID reviewer) {
        var m = match(match);
        m.put("org", org);
        m.put("id", id);
        m.put("status", match.status().name());
        m.put("reviewer", reviewer);
        jdbc.sql("""
                update insurance_draft set review_status = :status, matched_carrier_id = :carrierId,
                    matched_plan_id = :planId, subscriber_patient_id = :subscriberId, create_plan = :createPlan,
                    new_plan_type = :newPlanType, reject_reason = null, reviewed_at = now(),
                    reviewed_by_user_uuid = :reviewer, version = version + 1, updated_at = now()
                where org_id = :org and id = :id
                """).params(m).update();
    }

    void reject(UUID org, UUID id, String reason, UUID reviewer) {
        jdbc.sql("""
                update insurance_draft set review_status = 'rejected', reject_reason = :reason, reviewed_at = now(),
                    reviewed_by_user_uuid = :reviewer, version = version + 1, updated_at = now()
                where org_id = :org and id = :id
                """)
                .param("org", org)
                .param("id", id)
                .param("reason", reason)
                .param("reviewer", reviewer)
                .update();
    }

    void converted(UUID org, UUID id, UUID subscriptionId, UUID patientPlanId, UUID reviewer) {
        jdbc.sql("""
                update insurance_draft set review_status = 'converted', converted_subscription_id = :subscription,
                    converted_patient_plan_id = :patientPlan, conversion_error = null, reviewed_at = now(),
                    reviewed_by_user_uuid = :reviewer, version = version + 1, updated_at = now()
                where org_id = :org and id = :id
                """)
                .param("org", org)
                .param("id", id)
                .param("subscription", subscriptionId)
                .param("patientPlan", patientPlanId)
                .param("reviewer", reviewer)
                .update();
    }

    /** Records why a convert failed; only a draft still matched, so a late failure never overwrites a success. */
    void conversionFailed(UUID org, UUID id, String error) {
        jdbc.sql("""
                update insurance_draft set conversion_error = :error, version = version + 1, updated_at = now()
                where org_id = :org and id = :id and review_status = 'matched'
                """).param("org", org).param("id", id).param("error", error).update();
    }

    private static Map<String, Object> reading(DraftRowReader.Reading reading) {
        DraftRow r = reading.row();
        var m = new HashMap<String, Object>();
        m.put("errorReason", reading.error());
        m.put("rowFormat", r == null ? null : r.rowFormat().name());
        m.put("sourceRef", r == null ? null : r.sourceRef());
        m.put("carrierName", r == null ? null : r.carrierName());
        m.put("electronicId", r == null ? null : r.electronicId());
        m.put("groupNumber", r == null ? null : r.groupNumber());
        m.put("groupName", r == null ? null : r.groupName());
        m.put("planTypeCode", r == null ? null : r.planTypeCode());
        m.put("subscriberFirstName", r == null ? null : r.subscriberFirstName());
        m.put("subscriberLastName", r == null ? null : r.subscriberLastName());
        m.put("subscriberBirthdate", r == null ? null : r.subscriberBirthdate());
        m.put("subscriberIdNumber", r == null ? null : r.subscriberIdNumber());
        m.put("relationship", r == null ? null : r.relationshipToSubscriber().name());
        m.put("ordinal", r == null ? null : r.ordinal());
        m.put("dateEffective", r == null ? null : r.dateEffective());
        m.put("dateTerm", r == null ? null : r.dateTerm());
        return m;
    }

    private static Map<String, Object> match(DraftMatch match) {
        var m = new HashMap<String, Object>();
        m.put("carrierId", match.carrierId());
        m.put("planId", match.planId());
        m.put("subscriberId", match.subscriberId());
        m.put("createPlan", match.createPlan());
        m.put(
                "newPlanType",
                match.newPlanType() == null ? null : match.newPlanType().name());
        return m;
    }

    private static DraftRow row(ResultSet rs) throws SQLException {
        return new DraftRow(
                Rows.enumeration(rs, "row_format", Format.class),
                rs.getString("source_ref"),
                rs.getString("carrier_name"),
                rs.getString("electronic_id"),
                rs.getString("group_number"),
                rs.getString("group_name"),
                rs.getString("plan_type_code"),
                rs.getString("subscriber_first_name"),
                rs.getString("subscriber_last_name"),
                Rows.date(rs, "subscriber_birthdate"),
                rs.getString("subscriber_id_number"),
                Rows.enumeration(rs, "relationship_to_subscriber", Relationship.class),
                Rows.integer(rs, "ordinal"),
                Rows.date(rs, "date_effective"),
                Rows.date(rs, "date_term"));
    }

    private static Ref ref(ResultSet rs, String idColumn, String nameColumn) throws SQLException {
        UUID id = Rows.uuid(rs, idColumn);
        return id == null ? null : new Ref(id, rs.getString(nameColumn));
    }

    private static PatientRef person(ResultSet rs, String idColumn, String lastColumn, String firstColumn)
            throws SQLException {
        UUID id = Rows.uuid(rs, idColumn);
        return id == null
                ? null
                : new PatientRef(id, PersonName.display(rs.getString(lastColumn), rs.getString(firstColumn)));
    }
}
