package io.bitewing.feeassignment;

import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Ref;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FeeAssignmentRepository {

    /** A fee schedule as assignments need it (read model over the fee schedule module's table). */
    record Schedule(UUID id, String name, String feeSchedType, String purpose, Instant deletedAt) {}

    /** A location's id, name and whether it is archived (read model). */
    record Place(UUID id, String name, Instant deletedAt) {}

    /** An assignment with the state of its schedule, for resolution. */
    record Candidate(FeeAssignment assignment, Schedule schedule) {}

    /** Assignment columns with the names its references show (read-only joins). */
    static final String SELECT = """
            select a.id, a.fee_schedule_id, s.name as schedule_name, s.fee_sched_type, s.purpose,
                   s.deleted_at as schedule_deleted_at, a.location_id, l.name as location_name, a.assignment_kind,
                   a.carrier_id, c.carrier_name, a.plan_id, p.group_name, a.estimate_book_id, eb.name as estimate_book_name,
                   a.effective_start,
                   a.effective_end, a.notes, a.version, a.created_at, a.updated_at, a.deleted_at
            """;

    static final String FROM = """
            from fee_schedule_assignment a
            join fee_schedule s on s.org_id = a.org_id and s.id = a.fee_schedule_id
            join location l on l.org_id = a.org_id and l.id = a.location_id
            left join carrier c on c.org_id = a.org_id and c.id = a.carrier_id
            left join insurance_plan p on p.org_id = a.org_id and p.id = a.plan_id
            left join estimate_book eb on eb.org_id = a.org_id and eb.id = a.estimate_book_id
            """;

    static final RowMapper<FeeAssignment> ASSIGNMENT = (rs, n) -> new FeeAssignment(
            Rows.uuid(rs, "id"),
            new Ref(Rows.uuid(rs, "fee_schedule_id"), rs.getString("schedule_name")),
            new Ref(Rows.uuid(rs, "location_id"), rs.getString("location_name")),
            Rows.enumeration(rs, "assignment_kind", Kind.class),
            ref(Rows.uuid(rs, "carrier_id"), rs.getString("carrier_name")),
            ref(Rows.uuid(rs, "plan_id"), rs.getString("group_name")),
            ref(Rows.uuid(rs, "estimate_book_id"), rs.getString("estimate_book_name")),
            Rows.date(rs, "effective_start"),
            Rows.date(rs, "effective_end"),
            rs.getString("notes"),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"),
            Rows.instant(rs, "deleted_at"));

    static final RowMapper<Candidate> CANDIDATE = (rs, n) -> new Candidate(
            ASSIGNMENT.mapRow(rs, n),
            new Schedule(
                    Rows.uuid(rs, "fee_schedule_id"),
                    rs.getString("schedule_name"),
                    rs.getString("fee_sched_type"),
                    rs.getString("purpose"),
                    Rows.instant(rs, "schedule_deleted_at")));

    private static final String EXCLUSION_VIOLATION = "23P01";

    private final JdbcClient jdbc;

    FeeAssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Ref ref(UUID id, String name) {
        return id == null ? null : new Ref(id, name);
    }

    Optional<FeeAssignment> find(UUID org, UUID id) {
        return jdbc.sql(SELECT + FROM + " where a.org_id = :org and a.id = :id")
                .param("org", org)
                .param("id", id)
                .query(ASSIGNMENT)
                .optional();
    }

    /**
     * Live assignments matching the filter. With {@code active_as_of} the list holds those in force that day, ended
     * or not; otherwise {@code active_only} keeps the open-ended ones.
     */
    Page<FeeAssignment> findAll(UUID org, FeeAssignmentService.Filter f, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql(SELECT + ", count(*) over () as total " + FROM + """
                         where a.org_id = :org and a.deleted_at is null
                           and (cast(:location as uuid) is null or a.location_id = :location)
                           and (cast(:carrier as uuid) is null or a.carrier_id = :carrier)
                           and (cast(:plan as uuid) is null or a.plan_id = :plan)
                           and (cast(:kind as text) is null or a.assignment_kind = :kind)
                           and (cast(:schedule as uuid) is null or a.fee_schedule_id = :schedule)
                           and (cast(:asOf as date) is not null or not :activeOnly or a.effective_end is null)
                           and (cast(:asOf as date) is null
                                or (a.effective_start <= :asOf and (a.effective_end is null or a.effective_end >= :asOf)))
                           and (cast(:startAfter as date) is null or a.effective_start >= :startAfter)
                           and (cast(:startBefore as date) is null or a.effective_start <= :startBefore)
                         order by l.name, a.assignment_kind, a.effective_start, a.id
                         limit :limit offset :offset
                        """)
                        .param("org", org)
                        .param("location", f.locationId())
                        .param("carrier", f.carrierId())
                        .param("plan", f.planId())
                        .param("kind", f.kind() == null ? null : f.kind().name())
                        .param("schedule", f.scheduleId())
                        .param("activeOnly", f.activeOnly())
                        .param("asOf", f.activeAsOf())
                        .param("startAfter", f.startAfter())
                        .param("startBefore", f.startBefore()),
                page,
                ASSIGNMENT);
    }

    /** Live assignments that start after {@code today}, soonest first. */
    Page<FeeAssignment> findUpcoming(UUID org, UUID locationId, LocalDate today, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql(SELECT + ", count(*) over () as total " + FROM + """
                         where a.org_id = :org and a.deleted_at is null and a.effective_start > :today
                           and (cast(:location as uuid) is null or a.location_id = :location)
                         order by a.effective_start, l.name, a.id
                         limit :limit offset :offset
                        """)
                        .param("org", org)
                        .param("today", today)
                        .param("location", locationId),
                page,
                ASSIGNMENT);
    }

    /** Another live assignment of the same slot whose dates meet {@code [start, end]}; null end is open. */
    Optional<UUID> findOverlapping(
            UUID org,
            UUID locationId,
            Kind kind,
            UUID carrierId,
            UUID planId,
            LocalDate start,
            LocalDate end,
            UUID exceptId) {
        return jdbc.sql("""
                select id from fee_schedule_assignment
                where org_id = :org and location_id = :location and assignment_kind = :kind
                  and carrier_id is not distinct from cast(:carrier as uuid)
                  and plan_id is not distinct from cast(:plan as uuid)
                  and deleted_at is null and id <> :except
                  and daterange(effective_start, effective_end, '[]') && daterange(:start, cast(:end as date), '[]')
                order by effective_start, id
                limit 1
                """)
                .param("org", org)
                .param("location", locationId)
                .param("kind", kind.name())
                .param("carrier", carrierId)
                .param("plan", planId)
                .param("except", exceptId)
                .param("start", start)
                .param("end", end)
                .query(UUID.class)
                .optional();
    }

    /** Locations among {@code ids}, archived ones included; ids unknown in this organisation are absent. */
    Map<UUID, Place> findPlaces(UUID org, Collection<UUID> ids) {
        return jdbc
                .sql("select id, name, deleted_at from location where org_id = :org and id = any(:ids)")
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> new Place(Rows.uuid(rs, "id"), rs.getString("name"), Rows.instant(rs, "deleted_at")))
                .list()
                .stream()
                .collect(Collectors.toMap(Place::id, Function.identity()));
    }

    /**
     * Inserts the assignment. The exclusion constraint is the guard against a concurrent overlapping insert that
     * passed the service's check: its violation answers 409 like the check does.
     */
    void insert(UUID org, FeeAssignment a) {
        guardOverlap(() -> jdbc.sql("""
                insert into fee_schedule_assignment (org_id, id, fee_schedule_id, location_id, assignment_kind,
                    carrier_id, plan_id, estimate_book_id, effective_start, effective_end, notes)
                values (:org, :id, :schedule, :location, :kind, :carrier, :plan, :book, :start, :end, :notes)
                """)
                .param("org", org)
                .param("id", a.id())
                .param("schedule", a.feeSchedule().id())
                .param("location", a.location().id())
                .param("kind", a.assignmentKind().name())
                .param("carrier", idOf(a.carrier()))
                .param("plan", idOf(a.insurancePlan()))
                .param("book", idOf(a.estimateBook()))
                .param("start", a.effectiveStart())
                .param("end", a.effectiveEnd())
                .param("notes", a.notes())
                .update());
    }

    /** Writes the mutable columns; false when {@code baseVersion} is no longer current. */
    boolean update(UUID org, FeeAssignment a, int baseVersion) {
        return guardOverlap(() -> jdbc.sql("""
                update fee_schedule_assignment set fee_schedule_id = :schedule, estimate_book_id = :book,
                    effective_start = :start, effective_end = :end, notes = :notes,
                    version = version + 1, updated_at = now()
                where org_id = :org and id = :id and version = :baseVersion
                """)
                        .param("org", org)
                        .param("id", a.id())
                        .param("schedule", a.feeSchedule().id())
                        .param("book", idOf(a.estimateBook()))
                        .param("start", a.effectiveStart())
                        .param("end", a.effectiveEnd())
                        .param("notes", a.notes())
                        .param("baseVersion", baseVersion)
                        .update())
                == 1;
    }

    boolean archive(UUID org, UUID id) {
        return jdbc.sql("""
                update fee_schedule_assignment set deleted_at = now(), updated_at = now(), version = version + 1
                where org_id = :org and id = :id and deleted_at is null
                """).param("org", org).param("id", id).update() == 1;
    }

    private static int guardOverlap(java.util.function.IntSupplier statement) {
        try {
            return statement.getAsInt();
        } catch (DataIntegrityViolationException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                throw new ApiException.Conflict("Overlaps another assignment in the same slot");
            }
            throw e;
        }
    }

    private static UUID idOf(Ref ref) {
        return ref == null ? null : ref.id();
    }
}
