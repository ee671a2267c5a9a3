package io.bitewing.feeassignment;

import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Ref;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only report queries over assignments: activity, matrix, compare and the validation checks. One query each. */
@Repository
class FeeAssignmentReportRepository {

    record Activity(
            UUID id,
            UUID assignmentUuid,
            String action,
            List<String> changedFields,
            UUID actorTokenUuid,
            Instant createdAt) {}

    /** One cell of a matrix or comparison: a row (plan or null) at a location, with its assignment if any. */
    record Cell(
            UUID planId,
            String planName,
            UUID locationId,
            String locationName,
            UUID assignmentId,
            UUID scheduleId,
            String scheduleName,
            String level) {}

    /** One finding of the health checks. */
    record Finding(
            String issueType,
            UUID assignmentId,
            UUID locationId,
            String locationName,
            UUID planId,
            String planName,
            UUID otherAssignmentId,
            String detail) {}

    private final JdbcClient jdbc;

    FeeAssignmentReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Activity> findActivity(UUID org, int limit, int offset, long[] total) {
        return jdbc.sql("""
                select id, entity_id, action, changed_fields, token_id, created_at, count(*) over () as total
                from audit_log
                where org_id = :org and entity_type = :entity
                order by created_at desc, id desc
                limit :limit offset :offset
                """)
                .param("org", org)
                .param("entity", FeeAssignmentService.ENTITY)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new Activity(
                            Rows.uuid(rs, "id"),
                            Rows.uuid(rs, "entity_id"),
                            rs.getString("action"),
                            Rows.texts(rs, "changed_fields"),
                            Rows.uuid(rs, "token_id"),
                            Rows.instant(rs, "created_at"));
                })
                .list();
    }

    long countActivity(UUID org) {
        return jdbc.sql("select count(*) from audit_log where org_id = :org and entity_type = :entity")
                .param("org", org)
                .param("entity", FeeAssignmentService.ENTITY)
                .query(Long.class)
                .single();
    }

    /**
     * Plans (plus one location-default row with a null plan) × live locations, each cell the assignment of the kind
     * in force on {@code date} in exactly that slot. Only the default row for ucr.
     */
    List<Cell> findMatrix(UUID org, Kind kind, UUID carrierId, LocalDate date) {
        return jdbc.sql("""
                with plans as (
                  select null::uuid as id, null::text as group_name, 0 as rank
                  union all
                  select p.id, p.group_name, 1 from insurance_plan p
                  where p.org_id = :org and p.deleted_at is null and :kind <> 'ucr'
                    and (cast(:carrier as uuid) is null or p.carrier_id = :carrier)
                )
                select distinct on (pl.rank, pl.group_name, pl.id, l.name, l.id)
                       pl.id as plan_id, pl.group_name, l.id as location_id, l.name as location_name,
                       a.id as assignment_id, s.id as schedule_id, s.name as schedule_name,
                       case when a.id is null then null when a.plan_id is not null then 'plan' else 'location' end as level
                from plans pl
                cross join location l
                left join fee_schedule_assignment a
                  on a.org_id = l.org_id and a.location_id = l.id and a.assignment_kind = :kind and a.deleted_at is null
                 and a.effective_start <= :date and (a.effective_end is null or a.effective_end >= :date)
                 and ((pl.id is null and a.plan_id is null and a.carrier_id is null) or a.plan_id = pl.id)
                left join fee_schedule s on s.org_id = a.org_id and s.id = a.fee_schedule_id
                where l.org_id = :org and l.deleted_at is null
                order by pl.rank, pl.group_name, pl.id, l.name, l.id, a.effective_start desc
                """)
                .param("org", org)
                .param("kind", kind.name())
                .param("carrier", carrierId)
                .param("date", date)
                .query((rs, n) -> cell(rs))
                .list();
    }

    /** For each live location, the assignment that resolves for the plan on {@code date}: plan, carrier, location. */
    List<Cell> findComparison(UUID org, UUID planId, UUID carrierId, Kind kind, LocalDate date) {
        return jdbc.sql("""
                select distinct on (l.name, l.id)
                       cast(:plan as uuid) as plan_id, null as group_name, l.id as location_id, l.name as location_name,
                       a.id as assignment_id, s.id as schedule_id, s.name as schedule_name,
                       case when a.id is null then null when a.plan_id is not null then 'plan'
                            when a.carrier_id is not null then 'carrier' else 'location' end as level
                from location l
                left join (fee_schedule_assignment a
                           join fee_schedule s on s.org_id = a.org_id and s.id = a.fee_schedule_id and s.deleted_at is null)
                  on a.org_id = l.org_id and a.location_id = l.id and a.assignment_kind = :kind and a.deleted_at is null
                 and a.effective_start <= :date and (a.effective_end is null or a.effective_end >= :date)
                 and (a.plan_id = :plan or (a.plan_id is null and a.carrier_id = :carrier)
                      or (a.plan_id is null and a.carrier_id is null))
                where l.org_id = :org and l.deleted_at is null
                order by l.name, l.id, a.plan_id is null, a.carrier_id is null, a.effective_start desc
                """)
                .param("org", org)
                .param("plan", planId)
                .param("carrier", carrierId)
                .param("kind", kind.name())
                .param("date", date)
                .query((rs, n) -> cell(rs))
                .list();
    }

    /**
     * The health checks in one statement: live locations without a location-default UCR on {@code date}; live
     * in-network plans without a primary (plan or carrier level) at a live location; live assignments of archived
     * schedules, of schedules whose purpose does not fit the kind, or naming an estimate book (none exist yet);
     * overlapping live assignments in one slot.
     */
    List<Finding> findProblems(UUID org, UUID locationId, LocalDate date) {
        return jdbc.sql("""
                with locs as (
                  select id, name from location
                  where org_id = :org and deleted_at is null and (cast(:location as uuid) is null or id = :location)
                ), live as (
                  select a.*, s.purpose, s.fee_sched_type, s.deleted_at as schedule_deleted_at, l.name as location_name
                  from fee_schedule_assignment a
                  join fee_schedule s on s.org_id = a.org_id and s.id = a.fee_schedule_id
                  join location l on l.org_id = a.org_id and l.id = a.location_id
                  where a.org_id = :org and a.deleted_at is null
                    and (cast(:location as uuid) is null or a.location_id = :location)
                ), in_force as (
                  select * from live
                  where effective_start <= :date and (effective_end is null or effective_end >= :date)
                    and schedule_deleted_at is null
                )
                select 'missing_ucr' as issue_type, null::uuid as assignment_id, l.id as location_id,
                       l.name as location_name, null::uuid as plan_id, null as plan_name, null::uuid as other_id
                from locs l
                where not exists (select 1 from in_force f where f.location_id = l.id and f.assignment_kind = 'ucr'
                                  and f.plan_id is null and f.carrier_id is null)
                union all
                select 'missing_primary', null, l.id, l.name, p.id, p.group_name, null
                from locs l
                cross join insurance_plan p
                where p.org_id = :org and p.deleted_at is null and p.plan_type <> 'category_percentage'
                  and not exists (select 1 from in_force f where f.location_id = l.id and f.assignment_kind = 'primary'
                                  and (f.plan_id = p.id or (f.plan_id is null and f.carrier_id = p.carrier_id)))
                union all
                select 'archived_schedule', id, location_id, location_name, plan_id, null, null
                from live where schedule_deleted_at is not null
                union all
                select 'purpose_kind_mismatch', id, location_id, location_name, plan_id, null, null
                from live
                where not case assignment_kind
                          when 'ucr' then purpose = 'office'
                          when 'copay' then purpose = 'insurance' or fee_sched_type = 'fixed_benefit'
                          when 'allowed' then purpose = 'allowed'
                          when 'manual_blue_book' then purpose = 'allowed'
                          else purpose = 'insurance' end
                union all
                select 'invalid_estimate_book', a.id, a.location_id, a.location_name, a.plan_id, null, null
                from live a
                join estimate_book b on b.org_id = a.org_id and b.id = a.estimate_book_id
                where b.deleted_at is not null or a.assignment_kind not in ('allowed', 'manual_blue_book')
                union all
                select 'overlap', a.id, a.location_id, a.location_name, a.plan_id, null, b.id
                from live a
                join live b on b.location_id = a.location_id and b.assignment_kind = a.assignment_kind
                 and b.carrier_id is not distinct from a.carrier_id and b.plan_id is not distinct from a.plan_id
                 and b.id > a.id
                 and daterange(a.effective_start, a.effective_end, '[]') && daterange(b.effective_start, b.effective_end, '[]')
                order by 1, 4, 6, 2
                """)
                .param("org", org)
                .param("location", locationId)
                .param("date", date)
                .query((rs, n) -> new Finding(
                        rs.getString("issue_type"),
                        Rows.uuid(rs, "assignment_id"),
                        Rows.uuid(rs, "location_id"),
                        rs.getString("location_name"),
                        Rows.uuid(rs, "plan_id"),
                        rs.getString("plan_name"),
                        Rows.uuid(rs, "other_id"),
                        null))
                .list();
    }

    /** Live assignments checked (for the report's stats). */
    long countLive(UUID org, UUID locationId) {
        return jdbc.sql("""
                select count(*) from fee_schedule_assignment
                where org_id = :org and deleted_at is null and (cast(:location as uuid) is null or location_id = :location)
                """)
                .param("org", org)
                .param("location", locationId)
                .query(Long.class)
                .single();
    }

    private static Cell cell(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Cell(
                Rows.uuid(rs, "plan_id"),
                rs.getString("group_name"),
                Rows.uuid(rs, "location_id"),
                rs.getString("location_name"),
                Rows.uuid(rs, "assignment_id"),
                Rows.uuid(rs, "schedule_id"),
                rs.getString("schedule_name"),
                rs.getString("level"));
    }

    static Ref ref(UUID id, String name) {
        return id == null ? null : new Ref(id, name);
    }
}
