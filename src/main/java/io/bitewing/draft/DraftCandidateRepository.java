package io.bitewing.draft;

import io.bitewing.draft.DraftCandidates.CarrierCandidate;
import io.bitewing.draft.DraftCandidates.PatientCandidate;
import io.bitewing.draft.DraftCandidates.PlanCandidate;
import io.bitewing.patientplan.PatientPlan.Relationship;
import io.bitewing.plan.Plan.PlanType;
import io.bitewing.practice.PersonName;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Ref;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review screen's candidates: one ranked query per kind, scored as {@link DraftCandidates} documents. */
@Repository
class DraftCandidateRepository {

    /** pg_trgm's default similarity threshold, the one its {@code %} operator applies. */
    private static final double SIMILAR = 0.3;

    private final JdbcClient jdbc;

    DraftCandidateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CarrierCandidate> carriers(UUID org, DraftRow row) {
        return jdbc.sql("""
                with d as (select upper(cast(:eid as text)) as eid, carrier_match_name(cast(:name as text)) as name_key),
                hit as (
                  select c.id, c.carrier_name, c.electronic_id,
                         coalesce(upper(c.electronic_id) = d.eid, false) as eid_match,
                         coalesce(c.match_name = d.name_key, false) as name_match,
                         coalesce(similarity(c.match_name, d.name_key), 0) as likeness
                  from d
                  join carrier c on c.org_id = :org and c.deleted_at is null
                   and (upper(c.electronic_id) = d.eid or c.match_name % d.name_key)
                )
                select id, carrier_name, electronic_id, eid_match, name_match, likeness,
                       round(cast(2 * eid_match::int + name_match::int + likeness as numeric), 3) as score
                from hit
                order by score desc, carrier_name, id
                limit :limit
                """)
                .param("org", org)
                .param("eid", row.electronicId())
                .param("name", row.carrierName())
                .param("limit", DraftCandidates.LIMIT)
                .query((rs, n) -> new CarrierCandidate(
                        Rows.uuid(rs, "id"),
                        rs.getString("carrier_name"),
                        rs.getString("electronic_id"),
                        rs.getBigDecimal("score"),
                        reasons(rs, "eid_match", "electronic_id", "name_match", "name", "likeness", "similar_name")))
                .list();
    }

    /** Plans of the given carriers, and plans of any carrier with the draft's group number. */
    List<PlanCandidate> plans(UUID org, DraftRow row, List<UUID> carrierIds, UUID preferredCarrier) {
        return jdbc.sql("""
                with hit as (
                  select p.id, p.group_name, p.group_number, p.plan_type, c.id as carrier_id, c.carrier_name,
                         coalesce(upper(p.group_number) = upper(cast(:groupNumber as text)), false) as number_match,
                         coalesce(p.carrier_id = cast(:preferred as uuid), false) as carrier_match,
                         coalesce(similarity(lower(p.group_name), lower(cast(:groupName as text))), 0) as likeness
                  from insurance_plan p
                  join carrier c on c.org_id = p.org_id and c.id = p.carrier_id
                  where p.org_id = :org and p.deleted_at is null
                    and (p.carrier_id = any(:carriers) or upper(p.group_number) = upper(cast(:groupNumber as text)))
                )
                select *, round(cast(2 * number_match::int + carrier_match::int + likeness as numeric), 3) as score
                from hit
                order by score desc, group_name, id
                limit :limit
                """)
                .param("org", org)
                .param("groupNumber", row.groupNumber())
                .param("groupName", row.groupName())
                .param("preferred", preferredCarrier)
                .param("carriers", carrierIds.toArray(UUID[]::new))
                .param("limit", DraftCandidates.LIMIT)
                .query((rs, n) -> new PlanCandidate(
                        Rows.uuid(rs, "id"),
                        rs.getString("group_name"),
                        rs.getString("group_number"),
                        Rows.enumeration(rs, "plan_type", PlanType.class),
                        new Ref(Rows.uuid(rs, "carrier_id"), rs.getString("carrier_name")),
                        rs.getBigDecimal("score"),
                        reasons(
                                rs,
                                "number_match",
                                "group_number",
                                "carrier_match",
                                "carrier",
                                "likeness",
                                "similar_group_name")))
                .list();
    }

    /**
     * Patients who may be the subscriber: the patient themself for relationship self, otherwise other patients with
     * the subscriber's last name or birthdate (both indexed lookups, so a large practice stays fast), ranked with the
     * trigram similarity of the full names (so "Dan Rivera" finds Daniel Rivera first among the Riveras).
     */
    List<PatientCandidate> patients(UUID org, UUID patientId, DraftRow row) {
        boolean self = row.relationshipToSubscriber() == Relationship.self;
        String first = row.subscriberFirstName();
        String last = row.subscriberLastName();
        return jdbc.sql("""
                with hit as (
                  select p.id, p.last_name, p.first_name, p.birthdate,
                         (p.id = :patient and :self) as is_self,
                         coalesce(lower(p.last_name) = lower(cast(:last as text))
                                  and lower(p.first_name) = lower(cast(:first as text)), false) as name_match,
                         coalesce(p.birthdate = cast(:dob as date), false) as dob_match,
                         coalesce(similarity(p.first_name || ' ' || p.last_name,
                                             cast(:first as text) || ' ' || cast(:last as text)), 0) as likeness
                  from patient p
                  where p.org_id = :org and p.deleted_at is null
                    and ((p.id = :patient and :self)
                         or (p.id <> :patient and not :self
                             and (lower(p.last_name) = lower(cast(:last as text)) or p.birthdate = cast(:dob as date))))
                )
                select *, round(cast(3 * is_self::int + name_match::int + dob_match::int + likeness as numeric), 3) as score
                from hit
                order by score desc, last_name, first_name, id
                limit :limit
                """)
                .param("org", org)
                .param("patient", patientId)
                .param("self", self)
                .param("first", first)
                .param("last", last)
                .param("dob", row.subscriberBirthdate())
                .param("limit", DraftCandidates.LIMIT)
                .query((rs, n) -> new PatientCandidate(
                        Rows.uuid(rs, "id"),
                        PersonName.display(rs.getString("last_name"), rs.getString("first_name")),
                        Rows.date(rs, "birthdate"),
                        rs.getBigDecimal("score"),
                        reasons(
                                rs,
                                "is_self",
                                "self",
                                "name_match",
                                "name",
                                "dob_match",
                                "birthdate",
                                "likeness",
                                "similar_name")))
                .list();
    }

    /** Pairs of (flag or similarity column, reason): a reason for each true flag and each similarity pg_trgm calls similar. */
    private static List<String> reasons(ResultSet rs, String... columnsAndReasons) throws SQLException {
        var reasons = new ArrayList<String>();
        for (int i = 0; i < columnsAndReasons.length; i += 2) {
            Object value = rs.getObject(columnsAndReasons[i]);
            boolean holds = value instanceof Boolean b ? b : value instanceof Number x && x.doubleValue() >= SIMILAR;
            if (holds) {
                reasons.add(columnsAndReasons[i + 1]);
            }
        }
        return reasons;
    }
}
