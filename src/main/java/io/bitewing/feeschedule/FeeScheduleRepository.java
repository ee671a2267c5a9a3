package io.bitewing.feeschedule;

import io.bitewing.feeschedule.FeeSchedule.Purpose;
import io.bitewing.feeschedule.FeeSchedule.Status;
import io.bitewing.feeschedule.FeeSchedule.Type;
import io.bitewing.shared.db.Like;
import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FeeScheduleRepository {

    /**
     * Assignments count while live: not archived and not ended before today (future ones count). A read of the
     * assignment module's table, as the reference shows the count on the schedule.
     */
    static final String LIVE_ASSIGNMENTS = """
            (select count(*) from fee_schedule_assignment a
              where a.org_id = s.org_id and a.fee_schedule_id = s.id and a.deleted_at is null
                and (a.effective_end is null or a.effective_end >= current_date))""";

    private static final String COLUMNS = """
            s.id, s.name, s.fee_sched_type, s.purpose, s.status, s.notes, s.version, s.created_at, s.updated_at,
            s.deleted_at, (select count(*) from fee_schedule_note n where n.org_id = s.org_id and n.fee_schedule_id = s.id)
            as notes_count, """ + LIVE_ASSIGNMENTS + " as assignment_count";

    private static final RowMapper<FeeSchedule> SCHEDULE = (rs, n) -> new FeeSchedule(
            Rows.uuid(rs, "id"),
            rs.getString("name"),
            Rows.enumeration(rs, "fee_sched_type", Type.class),
            Rows.enumeration(rs, "purpose", Purpose.class),
            Rows.enumeration(rs, "status", Status.class),
            rs.getString("notes"),
            rs.getInt("assignment_count"),
            rs.getInt("notes_count"),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"),
            Rows.instant(rs, "deleted_at"));

    private static final RowMapper<FeeScheduleStats> STATS = (rs, n) -> new FeeScheduleStats(
            Rows.uuid(rs, "id"), rs.getString("name"), rs.getLong("fee_count"), rs.getLong("assignment_count"));

    private static final RowMapper<FeeScheduleHistory.Entry> HISTORY = (rs, n) -> new FeeScheduleHistory.Entry(
            Rows.uuid(rs, "id"),
            rs.getString("action"),
            Rows.texts(rs, "changed_fields"),
            Rows.uuid(rs, "token_id"),
            Rows.instant(rs, "created_at"));

    private final JdbcClient jdbc;

    FeeScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FeeSchedule> find(UUID org, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from fee_schedule s where s.org_id = :org and s.id = :id")
                .param("org", org)
                .param("id", id)
                .query(SCHEDULE)
                .optional();
    }

    /** Locks the schedule row; {@code for update} also holds off fee inserts, whose foreign key check shares it. */
    boolean lock(UUID org, UUID id) {
        return jdbc.sql("select 1 from fee_schedule where org_id = :org and id = :id for update")
                .param("org", org)
                .param("id", id)
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    /** The live schedules among {@code ids} with their names, types and purposes. */
    List<FeeSchedule> findAll(UUID org, List<UUID> ids) {
        return jdbc.sql("select " + COLUMNS + " from fee_schedule s where s.org_id = :org and s.id = any(:ids)")
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .query(SCHEDULE)
                .list();
    }

    Page<FeeSchedule> findAll(UUID org, FeeScheduleFilter filter, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql("select " + COLUMNS + ", count(*) over () as total from fee_schedule s" + """
                         where s.org_id = :org
                           and (case when :archived then s.deleted_at is not null else s.deleted_at is null end)
                           and (cast(:type as text) is null or s.fee_sched_type = :type)
                           and (cast(:purpose as text) is null or s.purpose = :purpose)
                           and (cast(:search as text) is null or (s.name || ' ' || coalesce(s.notes, '')) ilike :search)
                         order by lower(s.name), s.id limit :limit offset :offset
                        """)
                        .param("org", org)
                        .param("archived", filter.status() == Status.archived)
                        .param(
                                "type",
                                filter.feeSchedType() == null
                                        ? null
                                        : filter.feeSchedType().name())
                        .param(
                                "purpose",
                                filter.purpose() == null
                                        ? null
                                        : filter.purpose().name())
                        .param("search", Like.contains(filter.search())),
                page,
                SCHEDULE);
    }

    /** Fee and live assignment counts of every live schedule, in one query. */
    List<FeeScheduleStats> stats(UUID org) {
        return jdbc.sql("""
                select s.id, s.name,
                       (select count(*) from fee f where f.org_id = s.org_id and f.fee_schedule_id = s.id) as fee_count,
                """ + LIVE_ASSIGNMENTS + """
                 as assignment_count
                from fee_schedule s where s.org_id = :org and s.deleted_at is null
                order by lower(s.name), s.id
                """)
                .param("org", org)
                .query(STATS)
                .list();
    }

    /** Audit entries of the schedule (its own changes and its fees' and notes'), newest first. */
    FeeScheduleHistory history(UUID org, UUID id, int limit, int offset) {
        var total = new long[1];
        var items = new ArrayList<FeeScheduleHistory.Entry>();
        jdbc.sql("""
                select id, action, changed_fields, token_id, created_at, count(*) over () as total
                from audit_log
                where org_id = :org and entity_type = 'fee_schedule' and entity_id = :id
                order by created_at desc, id desc limit :limit offset :offset
                """)
                .param("org", org)
                .param("id", id)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    items.add(HISTORY.mapRow(rs, n));
                    return null;
                })
                .list();
        if (items.isEmpty() && offset > 0) {
            total[0] = jdbc.sql(
                            "select count(*) from audit_log where org_id = :org and entity_type = 'fee_schedule' and entity_id = :id")
                    .param("org", org)
                    .param("id", id)
                    .query(Long.class)
                    .single();
        }
        return new FeeScheduleHistory(items, total[0]);
    }

    boolean liveNameTaken(UUID org, String name, UUID exceptId) {
        return jdbc.sql("""
                select exists (select 1 from fee_schedule
                               where org_id = :org and lower(name) = lower(:name) and deleted_at is null and id <> :except)
                """)
                .param("org", org)
                .param("name", name)
                .param("except", exceptId)
                .query(Boolean.class)
                .single();
    }

    void insert(UUID org, FeeSchedule s) {
        jdbc.sql("""
                insert into fee_schedule (org_id, id, name, fee_sched_type, purpose, status, notes, deleted_at)
                values (:org, :id, :name, :type, :purpose, :status, :notes,
                        case when :status = 'archived' then now() end)
                """).params(params(org, s)).update();
    }

    /** Writes every mutable column; false when {@code baseVersion} is no longer current. */
    boolean update(UUID org, FeeSchedule s, int baseVersion) {
        var params = params(org, s);
        params.put("baseVersion", baseVersion);
        return jdbc.sql("""
                update fee_schedule set name = :name, fee_sched_type = :type, purpose = :purpose, status = :status,
                    notes = :notes, version = version + 1, updated_at = now(),
                    deleted_at = case when :status = 'archived' then coalesce(deleted_at, now()) end
                where org_id = :org and id = :id and version = :baseVersion
                """).params(params).update() == 1;
    }

    /** Bumps the version (a change to the schedule's fees as a whole); false when {@code baseVersion} is stale. */
    boolean touch(UUID org, UUID id, int baseVersion) {
        return jdbc.sql("""
                update fee_schedule set version = version + 1, updated_at = now()
                where org_id = :org and id = :id and version = :baseVersion
                """)
                        .param("org", org)
                        .param("id", id)
                        .param("baseVersion", baseVersion)
                        .update()
                == 1;
    }

    void archive(UUID org, UUID id) {
        jdbc.sql("""
                update fee_schedule set status = 'archived', deleted_at = now(), updated_at = now(), version = version + 1
                where org_id = :org and id = :id and deleted_at is null
                """).param("org", org).param("id", id).update();
    }

    long countFees(UUID org, UUID id) {
        return jdbc.sql("select count(*) from fee where org_id = :org and fee_schedule_id = :id")
                .param("org", org)
                .param("id", id)
                .query(Long.class)
                .single();
    }

    /**
     * Copies every fee of {@code source} into {@code target} in one statement, each amount times {@code factor}
     * rounded to cents (PostgreSQL rounds numeric half away from zero: half-up for these non-negative amounts).
     * {@code ids} holds one new id per source fee, matched by the fees' order.
     */
    int copyFees(UUID org, UUID source, UUID target, BigDecimal factor, UUID[] ids) {
        return jdbc.sql("""
                insert into fee (org_id, id, fee_schedule_id, procedure_code_id, clinic_id, provider_id, date_effective,
                                 amount, patient_amount)
                select f.org_id, n.id, :target, f.procedure_code_id, f.clinic_id, f.provider_id, f.date_effective,
                       round(f.amount * :factor, 2), round(f.patient_amount * :factor, 2)
                from (select f.*, row_number() over (order by f.id) as rn
                      from fee f where f.org_id = :org and f.fee_schedule_id = :source) f
                join unnest(cast(:ids as uuid[])) with ordinality as n(id, rn) on n.rn = f.rn
                """)
                .param("org", org)
                .param("source", source)
                .param("target", target)
                .param("factor", factor)
                .param("ids", ids)
                .update();
    }

    /** Multiplies every fee of the schedule by {@code factor} in one statement, rounded as {@link #copyFees}. */
    int scaleFees(UUID org, UUID id, BigDecimal factor) {
        return jdbc.sql("""
                update fee set amount = round(amount * :factor, 2), patient_amount = round(patient_amount * :factor, 2),
                    version = version + 1, updated_at = now()
                where org_id = :org and fee_schedule_id = :id
                """)
                .param("org", org)
                .param("id", id)
                .param("factor", factor)
                .update();
    }

    private static Map<String, Object> params(UUID org, FeeSchedule s) {
        var p = new HashMap<String, Object>();
        p.put("org", org);
        p.put("id", s.id());
        p.put("name", s.name());
        p.put("type", s.feeSchedType().name());
        p.put("purpose", s.purpose().name());
        p.put("status", s.status().name());
        p.put("notes", s.notes());
        return p;
    }
}
