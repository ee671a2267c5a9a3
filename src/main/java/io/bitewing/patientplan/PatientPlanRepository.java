package io.bitewing.patientplan;

import io.bitewing.patientplan.PatientPlan.CoverageType;
import io.bitewing.patientplan.PatientPlan.Relationship;
import io.bitewing.patientplan.PatientPlan.Status;
import io.bitewing.patientplan.PatientPlan.SubscriptionBrief;
import io.bitewing.plan.Plan.PlanType;
import io.bitewing.practice.PersonName;
import io.bitewing.practice.patient.PatientRef;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.db.Timestamps;
import io.bitewing.shared.web.Ref;
import io.bitewing.subscription.Subscription;
import java.time.Instant;
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
class PatientPlanRepository {

    /**
     * Patient plan columns with what its references show: the patient's and subscriber's names, the subscription,
     * its plan and carrier, the fee schedule override's name (read-only joins into the modules that own them).
     */
    private static final String SELECT = """
            select pp.id, pp.od_num, pp.patient_id, pt.last_name, pt.first_name, pp.subscription_id, s.subscriber_id,
                   sub.last_name as subscriber_last_name, sub.first_name as subscriber_first_name,
                   s.subscriber_id_number, s.insurance_plan_id, p.group_name, p.group_number, p.plan_type,
                   p.carrier_id, c.carrier_name, subscription_status(s.status, s.date_term) as subscription_status, s.date_effective, s.date_term,
                   pp.ordinal, pp.relationship_to_subscriber, pp.coverage_type,
                   %s as status, pp.is_pending,
                   pp.cob_order_override, pp.pat_id_override, pp.fee_schedule_id, fs.name as fee_schedule_name,
                   pp.eligibility_last_verified_at, pp.benefits_last_verified_at, pp.version, pp.created_at, pp.updated_at, pp.deleted_at
            from patient_plan pp
            join patient pt on pt.org_id = pp.org_id and pt.id = pp.patient_id
            join subscription s on s.org_id = pp.org_id and s.id = pp.subscription_id
            join patient sub on sub.org_id = s.org_id and sub.id = s.subscriber_id
            join insurance_plan p on p.org_id = s.org_id and p.id = s.insurance_plan_id
            join carrier c on c.org_id = p.org_id and c.id = p.carrier_id
            left join fee_schedule fs on fs.org_id = pp.org_id and fs.id = pp.fee_schedule_id
            """.formatted(Sql.STATUS);

    /** Plans in force first by ordinal, then inactive ones, then archived ones (each by ordinal, then age). */
    private static final String ORDER = """
             order by (pp.deleted_at is not null), (%s = 'inactive'), pp.ordinal, pp.created_at, pp.id
            """.formatted(Sql.STATUS);

    private static final class Sql {
        /** The status a patient plan reads with: an archived plan is inactive, as is one whose coverage ended. */
        static final String STATUS = "case when pp.deleted_at is not null then 'inactive' "
                + "else patient_plan_status(pp.status, s.status, s.date_term) end";
    }

    private static final RowMapper<PatientPlan> PATIENT_PLAN = (rs, n) -> {
        UUID feeSchedule = Rows.uuid(rs, "fee_schedule_id");
        return new PatientPlan(
                Rows.uuid(rs, "id"),
                new PatientRef(
                        Rows.uuid(rs, "patient_id"),
                        PersonName.display(rs.getString("last_name"), rs.getString("first_name"))),
                new SubscriptionBrief(
                        Rows.uuid(rs, "subscription_id"),
                        new PatientRef(
                                Rows.uuid(rs, "subscriber_id"),
                                PersonName.display(
                                        rs.getString("subscriber_last_name"), rs.getString("subscriber_first_name"))),
                        rs.getString("subscriber_id_number"),
                        new Subscription.PlanBrief(
                                Rows.uuid(rs, "insurance_plan_id"),
                                rs.getString("group_name"),
                                rs.getString("group_number"),
                                Rows.enumeration(rs, "plan_type", PlanType.class)),
                        new Ref(Rows.uuid(rs, "carrier_id"), rs.getString("carrier_name")),
                        Rows.enumeration(rs, "subscription_status", Subscription.Status.class),
                        Rows.date(rs, "date_effective"),
                        Rows.date(rs, "date_term")),
                rs.getInt("ordinal"),
                Rows.enumeration(rs, "relationship_to_subscriber", Relationship.class),
                Rows.enumeration(rs, "coverage_type", CoverageType.class),
                Rows.enumeration(rs, "status", Status.class),
                rs.getBoolean("is_pending"),
                Rows.integer(rs, "cob_order_override"),
                rs.getString("pat_id_override"),
                feeSchedule == null ? null : new Ref(feeSchedule, rs.getString("fee_schedule_name")),
                Rows.instant(rs, "eligibility_last_verified_at"),
                Rows.instant(rs, "benefits_last_verified_at"),
                BenefitsSummary.UNKNOWN,
                rs.getInt("version"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"),
                Rows.instant(rs, "deleted_at"),
                Rows.odNum(rs));
    };

    private final JdbcClient jdbc;

    PatientPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PatientPlan> find(UUID org, UUID id) {
        return jdbc.sql(SELECT + " where pp.org_id = :org and pp.id = :id")
                .param("org", org)
                .param("id", id)
                .query(PATIENT_PLAN)
                .optional();
    }

    /** Plans among {@code ids}, archived ones included; ids unknown in this organisation are absent. */
    List<PatientPlan> findAll(UUID org, Collection<UUID> ids) {
        return jdbc.sql(SELECT + " where pp.org_id = :org and pp.id = any(:ids)" + ORDER)
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .query(PATIENT_PLAN)
                .list();
    }

    List<PatientPlan> findForPatient(UUID org, UUID patientId, boolean includeDeleted) {
        return jdbc.sql(SELECT + " where pp.org_id = :org and pp.patient_id = :patient"
                        + " and (:includeDeleted or pp.deleted_at is null)" + ORDER)
                .param("org", org)
                .param("patient", patientId)
                .param("includeDeleted", includeDeleted)
                .query(PATIENT_PLAN)
                .list();
    }

    /** The patient's plans in force, primary first. */
    List<PatientPlan> findInForce(UUID org, UUID patientId) {
        return jdbc.sql(SELECT + " where pp.org_id = :org and pp.patient_id = :patient"
                        + " and pp.deleted_at is null and pp.status <> 'inactive'" + ORDER)
                .param("org", org)
                .param("patient", patientId)
                .query(PATIENT_PLAN)
                .list();
    }

    /**
     * Locks the patient's row (no key update: foreign key checks elsewhere still pass) so that changes to one
     * patient's plans run one after another and the three-plan and ordinal rules see every committed plan.
     */
    void lockPatient(UUID org, UUID patientId) {
        jdbc.sql("select id from patient where org_id = :org and id = :id for no key update")
                .param("org", org)
                .param("id", patientId)
                .query(UUID.class)
                .optional();
    }

    void insert(UUID org, PatientPlan pp) {
        jdbc.sql("""
                insert into patient_plan (org_id, id, patient_id, subscription_id, ordinal, relationship_to_subscriber,
                    coverage_type, status, is_pending, cob_order_override, pat_id_override, fee_schedule_id)
                values (:org, :id, :patientId, :subscriptionId, :ordinal, :relationship,
                    :coverageType, :status, :isPending, :cobOrderOverride, :patIdOverride, :feeScheduleId)
                """).params(params(org, pp)).update();
    }

    /** Writes every mutable column; false when {@code baseVersion} is no longer current. */
    boolean update(UUID org, PatientPlan pp, int baseVersion) {
        var params = params(org, pp);
        params.put("baseVersion", baseVersion);
        return jdbc.sql("""
                update patient_plan set ordinal = :ordinal, relationship_to_subscriber = :relationship,
                    coverage_type = :coverageType, status = :status, is_pending = :isPending,
                    cob_order_override = :cobOrderOverride, pat_id_override = :patIdOverride,
                    fee_schedule_id = :feeScheduleId, eligibility_last_verified_at = :eligibilityLastVerifiedAt,
                    benefits_last_verified_at = :benefitsLastVerifiedAt, version = version + 1, updated_at = now()
                where org_id = :org and id = :id and version = :baseVersion
                """).params(params).update() == 1;
    }

    void deactivate(UUID org, UUID id) {
        jdbc.sql("""
                update patient_plan set status = 'inactive', version = version + 1, updated_at = now()
                where org_id = :org and id = :id and status <> 'inactive'
                """).param("org", org).param("id", id).update();
    }

    boolean archive(UUID org, UUID id) {
        return jdbc.sql("""
                update patient_plan set deleted_at = now(), updated_at = now(), version = version + 1
                where org_id = :org and id = :id and deleted_at is null
                """).param("org", org).param("id", id).update() == 1;
    }

    /**
     * Gives each plan its new ordinal in one statement (the ordinal constraint is checked at its end, so swaps
     * pass); answers the ids whose ordinal really changed.
     */
    List<UUID> reorder(UUID org, Map<UUID, Integer> ordinals) {
        return jdbc.sql("""
                update patient_plan pp set ordinal = v.ordinal, version = pp.version + 1, updated_at = now()
                from unnest(cast(:ids as uuid[]), cast(:ordinals as integer[])) as v (id, ordinal)
                where pp.org_id = :org and pp.id = v.id and pp.ordinal <> v.ordinal
                returning pp.id
                """)
                .param("org", org)
                .param("ids", ordinals.keySet().toArray(UUID[]::new))
                .param("ordinals", ordinals.values().toArray(Integer[]::new))
                .query((rs, n) -> Rows.uuid(rs, "id"))
                .list();
    }

    /** Sets inactive every live plan still in force under the subscriptions; answers their ids. */
    List<UUID> deactivateForSubscriptions(UUID org, Collection<UUID> subscriptionIds) {
        return jdbc.sql("""
                update patient_plan set status = 'inactive', version = version + 1, updated_at = now()
                where org_id = :org and subscription_id = any(:ids) and deleted_at is null and status <> 'inactive'
                returning id
                """)
                .param("org", org)
                .param("ids", subscriptionIds.toArray(UUID[]::new))
                .query((rs, n) -> Rows.uuid(rs, "id"))
                .list();
    }

    int countInForceUnder(UUID org, Collection<UUID> subscriptionIds) {
        return jdbc.sql("""
                select count(*) from patient_plan
                where org_id = :org and subscription_id = any(:ids) and deleted_at is null and status <> 'inactive'
                """)
                .param("org", org)
                .param("ids", subscriptionIds.toArray(UUID[]::new))
                .query(Integer.class)
                .single();
    }

    /** Stores inactive the patient's live plans whose status already reads inactive; answers their ids. */
    List<UUID> settleLapsed(UUID org, UUID patientId) {
        return jdbc.sql("""
                update patient_plan pp set status = 'inactive', version = pp.version + 1, updated_at = now()
                from subscription s
                where pp.org_id = :org and pp.patient_id = :patient and s.org_id = pp.org_id
                  and s.id = pp.subscription_id and pp.deleted_at is null and pp.status <> 'inactive'
                  and patient_plan_status(pp.status, s.status, s.date_term) = 'inactive'
                returning pp.id
                """)
                .param("org", org)
                .param("patient", patientId)
                .query(UUID.class)
                .list();
    }

    /** Moves each patient plan's stamp forward to its latest time, never back, in one statement; answers the moved. */
    List<UUID> stampAll(UUID org, Stamp stamp, Map<UUID, Instant> times) {
        String column = stamp.column;
        return jdbc.sql("update patient_plan pp set " + column + " = v.at, version = pp.version + 1, updated_at = now()"
                        + """
                         from unnest(cast(:ids as uuid[]), cast(:ats as timestamptz[])) as v (id, at)
                        where pp.org_id = :org and pp.id = v.id
                        """
                        + " and (pp." + column + " is null or pp." + column + " < v.at) returning pp.id")
                .param("org", org)
                .param("ids", times.keySet().toArray(UUID[]::new))
                .param("ats", times.values().stream().map(Instant::toString).toArray(String[]::new))
                .query(UUID.class)
                .list();
    }

    /** Stamps benefits verified on every plan in force reached through a live subscription to the insurance plan. */
    List<UUID> stampBenefitsForPlan(UUID org, UUID planId, Instant at) {
        return jdbc.sql("""
                update patient_plan pp set benefits_last_verified_at = :at, version = pp.version + 1, updated_at = now()
                from subscription s
                where pp.org_id = :org and s.org_id = pp.org_id and s.id = pp.subscription_id
                  and s.insurance_plan_id = :plan and s.deleted_at is null
                  and pp.deleted_at is null and pp.status <> 'inactive'
                  and (pp.benefits_last_verified_at is null or pp.benefits_last_verified_at < :at)
                returning pp.id
                """)
                .param("org", org)
                .param("plan", planId)
                .param("at", Timestamps.of(at))
                .query((rs, n) -> Rows.uuid(rs, "id"))
                .list();
    }

    /** The two verification stamps a patient plan carries; the column names never come from user input. */
    enum Stamp {
        ELIGIBILITY("eligibility_last_verified_at"),
        BENEFITS("benefits_last_verified_at");

        final String column;

        Stamp(String column) {
            this.column = column;
        }
    }

    private static Map<String, Object> params(UUID org, PatientPlan pp) {
        var m = new HashMap<String, Object>();
        m.put("org", org);
        m.put("id", pp.id());
        m.put("patientId", pp.patient().id());
        m.put("subscriptionId", pp.subscription().id());
        m.put("ordinal", pp.ordinal());
        m.put("relationship", pp.relationshipToSubscriber().name());
        m.put("coverageType", pp.coverageType().name());
        m.put("status", pp.status().name());
        m.put("isPending", pp.isPending());
        m.put("cobOrderOverride", pp.cobOrderOverride());
        m.put("patIdOverride", pp.patIdOverride());
        m.put(
                "feeScheduleId",
                pp.feeSchedule() == null ? null : pp.feeSchedule().id());
        m.put("eligibilityLastVerifiedAt", Timestamps.of(pp.eligibilityLastVerifiedAt()));
        m.put("benefitsLastVerifiedAt", Timestamps.of(pp.benefitsLastVerifiedAt()));
        return m;
    }
}
