package io.bitewing.subscription;

import io.bitewing.plan.Plan.PlanType;
import io.bitewing.practice.PersonName;
import io.bitewing.practice.patient.PatientRef;
import io.bitewing.shared.db.Like;
import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.db.Timestamps;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Ref;
import io.bitewing.subscription.Subscription.PlanBrief;
import io.bitewing.subscription.Subscription.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SubscriptionRepository {

    /** Subscription columns with the names its references show: plan, carrier and subscriber (a read-only join). */
    private static final String SELECT = """
            select s.id, s.od_num, s.subscriber_id, pt.last_name, pt.first_name, s.subscriber_id_number,
                   s.insurance_plan_id, p.group_name, p.group_number, p.plan_type, p.carrier_id, c.carrier_name,
                   s.status, s.date_effective, s.date_term, s.benefit_notes, s.subscriber_note, s.last_verified_at,
                   s.last_verified_source, s.version, s.created_at, s.updated_at, s.deleted_at
            """;

    private static final String FROM = """
            from subscription s
            join insurance_plan p on p.org_id = s.org_id and p.id = s.insurance_plan_id
            join carrier c on c.org_id = p.org_id and c.id = p.carrier_id
            join patient pt on pt.org_id = s.org_id and pt.id = s.subscriber_id
            """;

    private static final RowMapper<Subscription> SUBSCRIPTION = (rs, n) -> new Subscription(
            Rows.uuid(rs, "id"),
            new PatientRef(
                    Rows.uuid(rs, "subscriber_id"),
                    PersonName.display(rs.getString("last_name"), rs.getString("first_name"))),
            rs.getString("subscriber_id_number"),
            new PlanBrief(
                    Rows.uuid(rs, "insurance_plan_id"),
                    rs.getString("group_name"),
                    rs.getString("group_number"),
                    Rows.enumeration(rs, "plan_type", PlanType.class)),
            new Ref(Rows.uuid(rs, "carrier_id"), rs.getString("carrier_name")),
            Rows.enumeration(rs, "status", Status.class),
            Rows.date(rs, "date_effective"),
            Rows.date(rs, "date_term"),
            rs.getString("benefit_notes"),
            rs.getString("subscriber_note"),
            Rows.instant(rs, "last_verified_at"),
            rs.getString("last_verified_source"),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"),
            Rows.instant(rs, "deleted_at"),
            Rows.odNum(rs));

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Read under a key-share lock: a concurrent terminate or archive waits, or this read sees its result. */
    Optional<Subscription> findForKeyShare(UUID org, UUID id) {
        return jdbc.sql(SELECT + FROM + " where s.org_id = :org and s.id = :id for key share of s")
                .param("org", org)
                .param("id", id)
                .query(SUBSCRIPTION)
                .optional();
    }

    Optional<Subscription> find(UUID org, UUID id) {
        return jdbc.sql(SELECT + FROM + " where s.org_id = :org and s.id = :id")
                .param("org", org)
                .param("id", id)
                .query(SUBSCRIPTION)
                .optional();
    }

    /** Subscriptions among {@code ids}, archived ones included, locked so a concurrent terminate waits its turn. */
    List<Subscription> findForUpdate(UUID org, Collection<UUID> ids) {
        return jdbc.sql(SELECT + FROM + " where s.org_id = :org and s.id = any(:ids) for update of s")
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .query(SUBSCRIPTION)
                .list();
    }

    /** Live subscriptions, oldest first: the reference offers no sort keys for this list. */
    Page<Subscription> findAll(UUID org, SubscriptionService.Filter filter, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql(SELECT + ", count(*) over () as total " + FROM + """
                         where s.org_id = :org and s.deleted_at is null
                           and (cast(:plan as uuid) is null or s.insurance_plan_id = :plan)
                           and (cast(:subscriber as uuid) is null or s.subscriber_id = :subscriber)
                           and (case cast(:status as text)
                                  when 'inactive' then subscription_status(s.status, s.date_term) <> 'active'
                                  else cast(:status as text) is null
                                       or subscription_status(s.status, s.date_term) = :status end)
                           and (cast(:search as text) is null or s.subscriber_id_number ilike :search)
                         order by s.created_at, s.id
                         limit :limit offset :offset
                        """)
                        .param("org", org)
                        .param("plan", filter.insurancePlanUuid())
                        .param("subscriber", filter.subscriberUuid())
                        .param(
                                "status",
                                filter.status() == null ? null : filter.status().name())
                        .param("search", Like.contains(filter.search())),
                page,
                SUBSCRIPTION);
    }

    /** The oldest other live subscription in force through which the subscriber already holds the plan. */
    Optional<Subscription> findHeld(UUID org, UUID subscriberId, UUID planId, UUID exceptId) {
        return jdbc.sql(SELECT + FROM + """
                 where s.org_id = :org and s.subscriber_id = :subscriber and s.insurance_plan_id = :plan
                   and s.id <> :except and s.deleted_at is null
                   and subscription_status(s.status, s.date_term) in ('active', 'pending_verification')
                 order by s.created_at, s.id
                 limit 1
                """)
                .param("org", org)
                .param("subscriber", subscriberId)
                .param("plan", planId)
                .param("except", exceptId)
                .query(SUBSCRIPTION)
                .optional();
    }

    /** The oldest live subscription in force of the subscriber to the plan under this subscriber id number. */
    Optional<Subscription> findInForce(UUID org, UUID subscriberId, UUID planId, String subscriberIdNumber) {
        return jdbc.sql(SELECT + FROM + """
                 where s.org_id = :org and s.subscriber_id = :subscriber and s.insurance_plan_id = :plan
                   and s.subscriber_id_number = :number
                   and s.deleted_at is null
                   and subscription_status(s.status, s.date_term) in ('active', 'pending_verification')
                 order by s.created_at, s.id
                 limit 1
                """)
                .param("org", org)
                .param("subscriber", subscriberId)
                .param("plan", planId)
                .param("number", subscriberIdNumber)
                .query(SUBSCRIPTION)
                .optional();
    }

    void insert(UUID org, Subscription s) {
        jdbc.sql("""
                insert into subscription (org_id, id, insurance_plan_id, subscriber_id, subscriber_id_number, status,
                    date_effective, date_term, benefit_notes, subscriber_note)
                values (:org, :id, :planId, :subscriberId, :subscriberIdNumber, :status,
                    :dateEffective, :dateTerm, :benefitNotes, :subscriberNote)
                """).params(params(org, s)).update();
    }

    /** Writes every mutable column; false when {@code baseVersion} is no longer current. */
    boolean update(UUID org, Subscription s, int baseVersion) {
        var params = params(org, s);
        params.put("baseVersion", baseVersion);
        return jdbc.sql("""
                update subscription set subscriber_id_number = :subscriberIdNumber, status = :status,
                    date_effective = :dateEffective, date_term = :dateTerm, benefit_notes = :benefitNotes,
                    subscriber_note = :subscriberNote, last_verified_at = :lastVerifiedAt,
                    last_verified_source = :lastVerifiedSource, version = version + 1, updated_at = now()
                where org_id = :org and id = :id and version = :baseVersion
                """).params(params).update() == 1;
    }

    boolean archive(UUID org, UUID id) {
        return jdbc.sql("""
                update subscription set deleted_at = now(), updated_at = now(), version = version + 1
                where org_id = :org and id = :id and deleted_at is null
                """).param("org", org).param("id", id).update() == 1;
    }

    /**
     * Terminates today every live subscription in force of the plan (a term date still to come moves to today; one
     * starting later ends on its first day); answers their ids.
     */
    List<UUID> terminatePlan(UUID org, UUID planId, LocalDate today) {
        return jdbc.sql("""
                update subscription set status = 'terminated',
                    date_term = greatest(least(coalesce(date_term, :today), :today), date_effective),
                    version = version + 1, updated_at = now()
                where org_id = :org and insurance_plan_id = :plan and deleted_at is null
                  and subscription_status(status, date_term) in ('active', 'pending_verification')
                returning id
                """)
                .param("org", org)
                .param("plan", planId)
                .param("today", today)
                .query(UUID.class)
                .list();
    }

    /**
     * Sets the term date on every listed subscription, each getting a new version; the stored status becomes
     * terminated only once the date has passed (until then the status reads from the date).
     */
    int terminate(UUID org, Collection<UUID> ids, LocalDate termDate, boolean lapsed) {
        return jdbc.sql("""
                update subscription set status = case when :lapsed then 'terminated' else status end,
                    date_term = :termDate, version = version + 1, updated_at = now()
                where org_id = :org and id = any(:ids)
                """)
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .param("termDate", termDate)
                .param("lapsed", lapsed)
                .update();
    }

    /** Moves the verification stamp forward, never back; false when the stamp was already as recent. */
    /** Moves each subscription's stamp forward (never back) in one statement; answers the moved subscriptions. */
    List<UUID> stampVerified(UUID org, List<UUID> ids, List<Instant> ats, List<String> sources) {
        return jdbc.sql("""
                update subscription s set last_verified_at = v.at, last_verified_source = v.source,
                    version = s.version + 1, updated_at = now()
                from (select distinct on (id) id, at, source
                        from unnest(cast(:ids as uuid[]), cast(:ats as timestamptz[]), cast(:sources as text[]))
                             as x (id, at, source)
                       order by id, at desc) v
                where s.org_id = :org and s.id = v.id and (s.last_verified_at is null or s.last_verified_at < v.at)
                returning s.id
                """)
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .param("ats", ats.stream().map(Instant::toString).toArray(String[]::new))
                .param("sources", sources.toArray(String[]::new))
                .query(UUID.class)
                .list();
    }

    private static Map<String, Object> params(UUID org, Subscription s) {
        var m = new HashMap<String, Object>();
        m.put("org", org);
        m.put("id", s.id());
        m.put("planId", s.insurancePlan().id());
        m.put("subscriberId", s.subscriber().id());
        m.put("subscriberIdNumber", s.subscriberIdNumber());
        m.put("status", s.status().name());
        m.put("dateEffective", s.dateEffective());
        m.put("dateTerm", s.dateTerm());
        m.put("benefitNotes", s.benefitNotes());
        m.put("subscriberNote", s.subscriberNote());
        m.put("lastVerifiedAt", Timestamps.of(s.lastVerifiedAt()));
        m.put("lastVerifiedSource", s.lastVerifiedSource());
        return m;
    }
}
