package io.bitewing.draft;

import io.bitewing.patientplan.PatientPlan.Relationship;
import io.bitewing.shared.db.Rows;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Auto-matching, set-based: one statement matches every row of an import, however many. A carrier is the single best
 * live carrier by electronic id (worth 2) and matching name (worth 1, see {@code carrier_match_name} in
 * V19__insurance_draft.sql); a tie at the top is no match. The plan is the single live plan of that carrier with the
 * group number (compared without case); the subscriber the patient for relationship self, else the single other live
 * patient with the subscriber's first and last name (without case) and birthdate.
 */
@Repository
class DraftMatchRepository {

    /** One row to match: the patient it was imported for and what it says. */
    record Input(UUID patientId, DraftRow row) {}

    private final JdbcClient jdbc;

    DraftMatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The match of each input, in input order. */
    List<DraftMatch> match(UUID org, List<Input> inputs) {
        if (inputs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                with d as (
                  select x.idx, x.patient_id, upper(x.eid) as eid, carrier_match_name(x.carrier_name) as name_key,
                         upper(x.group_number) as group_key, lower(x.last_name) || ' ' || lower(x.first_name) as subscriber_key,
                         cast(x.dob as date) as dob, x.is_self
                  from unnest(cast(:patients as uuid[]), cast(:eids as text[]), cast(:names as text[]),
                              cast(:groups as text[]), cast(:firsts as text[]), cast(:lasts as text[]),
                              cast(:dobs as text[]), cast(:selfs as boolean[]))
                       with ordinality as x (patient_id, eid, carrier_name, group_number, first_name, last_name, dob,
                                             is_self, idx)
                ),
                carrier_hit as (
                  select d.idx, c.id as carrier_id,
                         rank() over (partition by d.idx order by
                           (case when upper(c.electronic_id) = d.eid then 2 else 0 end
                            + case when c.match_name = d.name_key then 1 else 0 end) desc) as place
                  from d
                  join carrier c on c.org_id = :org and c.deleted_at is null
                   and (upper(c.electronic_id) = d.eid or c.match_name = d.name_key)
                ),
                carrier_best as (
                  select idx, (array_agg(carrier_id))[1] as carrier_id
                  from carrier_hit where place = 1 group by idx having count(*) = 1
                ),
                plan_best as (
                  select d.idx, (array_agg(p.id))[1] as plan_id
                  from d
                  join carrier_best cb on cb.idx = d.idx
                  join insurance_plan p on p.org_id = :org and p.carrier_id = cb.carrier_id and p.deleted_at is null
                   and upper(p.group_number) = d.group_key
                  group by d.idx having count(*) = 1
                ),
                subscriber_best as (
                  select d.idx, (array_agg(p.id))[1] as patient_id
                  from d
                  join patient p on p.org_id = :org and p.deleted_at is null and p.id <> d.patient_id
                   and lower(p.last_name) || ' ' || lower(p.first_name) = d.subscriber_key and p.birthdate = d.dob
                  where not d.is_self
                  group by d.idx having count(*) = 1
                )
                select cb.carrier_id, pb.plan_id,
                       case when d.is_self then d.patient_id else sb.patient_id end as subscriber_id
                from d
                left join carrier_best cb on cb.idx = d.idx
                left join plan_best pb on pb.idx = d.idx
                left join subscriber_best sb on sb.idx = d.idx
                order by d.idx
                """)
                .param("org", org)
                .param("patients", inputs.stream().map(Input::patientId).toArray(UUID[]::new))
                .param("eids", texts(inputs, i -> i.row().electronicId()))
                .param("names", texts(inputs, i -> i.row().carrierName()))
                .param("groups", texts(inputs, i -> i.row().groupNumber()))
                .param("firsts", texts(inputs, i -> i.row().subscriberFirstName()))
                .param("lasts", texts(inputs, i -> i.row().subscriberLastName()))
                .param(
                        "dobs",
                        texts(
                                inputs,
                                i -> i.row().subscriberBirthdate() == null
                                        ? null
                                        : i.row().subscriberBirthdate().toString()))
                .param(
                        "selfs",
                        inputs.stream()
                                .map(i -> i.row().relationshipToSubscriber() == Relationship.self)
                                .toArray(Boolean[]::new))
                .query((rs, n) -> new DraftMatch(
                        Rows.uuid(rs, "carrier_id"),
                        Rows.uuid(rs, "plan_id"),
                        Rows.uuid(rs, "subscriber_id"),
                        false,
                        null))
                .list();
    }

    private static String[] texts(List<Input> inputs, java.util.function.Function<Input, String> field) {
        return inputs.stream().map(field).toArray(String[]::new);
    }
}
