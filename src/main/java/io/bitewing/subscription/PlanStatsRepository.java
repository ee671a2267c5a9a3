package io.bitewing.subscription;

import io.bitewing.shared.db.Rows;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A read model over plans, subscriptions, patient plans and fee schedule assignments. "Active" is the same
 * everywhere: a subscription or patient plan that is live (not archived) and neither terminated nor inactive; a
 * patient plan counts only while its subscription is active too. A fee schedule assignment counts while live.
 */
@Repository
class PlanStatsRepository {

    private static final String SUBSCRIBERS = """
            (select count(*) from subscription s
              where s.org_id = p.org_id and s.insurance_plan_id = p.id and s.deleted_at is null
                and subscription_status(s.status, s.date_term) in ('active', 'pending_verification'))""";

    private static final String PATIENT_PLANS = """
            (select count(*) from patient_plan pp
              join subscription s on s.org_id = pp.org_id and s.id = pp.subscription_id
              where pp.org_id = p.org_id and s.insurance_plan_id = p.id and s.deleted_at is null
                and subscription_status(s.status, s.date_term) in ('active', 'pending_verification')
                and pp.deleted_at is null and patient_plan_status(pp.status, s.status, s.date_term) <> 'inactive')""";

    private static final String FEE_SCHEDULES = """
            (select count(*) from fee_schedule_assignment a
              where a.org_id = p.org_id and a.plan_id = p.id and a.deleted_at is null)""";

    private final JdbcClient jdbc;

    PlanStatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PlanSubscriberCount count(UUID org, UUID planId) {
        return jdbc.sql("select p.id, " + SUBSCRIBERS + " as subscribers, " + PATIENT_PLANS + " as patient_plans"
                        + " from insurance_plan p where p.org_id = :org and p.id = :id")
                .param("org", org)
                .param("id", planId)
                .query((rs, n) -> new PlanSubscriberCount(
                        Rows.uuid(rs, "id"), rs.getLong("subscribers"), rs.getLong("patient_plans")))
                .single();
    }

    /** One row per live plan, hidden ones included, in one query. */
    List<PlanStats> all(UUID org) {
        return jdbc.sql("select p.id, p.group_name, " + SUBSCRIBERS + " as subscribers, " + PATIENT_PLANS
                        + " as patient_plans, " + FEE_SCHEDULES + " as fee_schedules from insurance_plan p"
                        + " where p.org_id = :org and p.deleted_at is null order by p.group_name nulls last, p.id")
                .param("org", org)
                .query((rs, n) -> new PlanStats(
                        Rows.uuid(rs, "id"),
                        rs.getString("group_name"),
                        rs.getLong("subscribers"),
                        rs.getLong("patient_plans"),
                        rs.getLong("fee_schedules")))
                .list();
    }
}
