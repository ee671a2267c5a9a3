package io.bitewing.feeschedule;

import io.bitewing.feeschedule.FeeSchedule.Purpose;
import io.bitewing.feeschedule.FeeSchedule.Status;
import io.bitewing.feeschedule.FeeSchedule.Type;
import io.bitewing.feeschedule.FeeScheduleRequests.Direction;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.db.SingleStatementRead;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Fee schedules: named sets of fees by procedure code, and the resolution of one fee out of a schedule. */
@Service
@Transactional(readOnly = true)
public class FeeScheduleService {

    record Undulated(int updated, FeeSchedule feeSchedule) {}

    static final String ENTITY = "fee_schedule";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FeeScheduleRepository schedules;
    private final FeeRepository fees;
    private final AuditLog audit;

    FeeScheduleService(FeeScheduleRepository schedules, FeeRepository fees, AuditLog audit) {
        this.schedules = schedules;
        this.fees = fees;
        this.audit = audit;
    }

    /** A fee schedule by id, archived ones included; 404 when unknown in this organisation. */
    @SingleStatementRead
    public FeeSchedule get(Tenant tenant, UUID id) {
        return find(tenant, id).orElseThrow(FeeScheduleService::notFound);
    }

    /** A fee schedule by id, archived ones included; empty when unknown in this organisation (never throws). */
    @SingleStatementRead
    public Optional<FeeSchedule> find(Tenant tenant, UUID id) {
        return schedules.find(tenant.orgId(), id);
    }

    /**
     * The fee a schedule charges for a code on {@code asOf} (today when null): among the fees whose
     * {@code date_effective} is not after that date, one for this clinic and provider wins over one for the clinic,
     * which wins over one for the provider, which wins over the plain fee; within a level the latest date wins.
     * Empty when the schedule has no such fee or is unknown in this organisation; never throws, so callers in
     * their own transaction may use it freely.
     */
    public Optional<Fee> resolveFee(
            Tenant tenant, UUID scheduleId, UUID procedureCodeId, UUID clinicId, UUID providerId, LocalDate asOf) {
        return fees.resolve(
                tenant.orgId(),
                scheduleId,
                procedureCodeId,
                clinicId,
                providerId,
                asOf == null ? LocalDate.now() : asOf);
    }

    /** A fee one schedule charges one code, as {@link #resolveFees} finds it. */
    public record ResolvedFee(UUID scheduleId, UUID procedureCodeId, BigDecimal amount, BigDecimal patientAmount) {}

    /**
     * {@link #resolveFee} for every pair of {@code scheduleIds} and {@code procedureCodeIds} in one query; pairs with
     * no fee are absent.
     */
    public List<ResolvedFee> resolveFees(
            Tenant tenant,
            java.util.Collection<UUID> scheduleIds,
            java.util.Collection<UUID> procedureCodeIds,
            UUID clinicId,
            UUID providerId,
            LocalDate asOf) {
        if (scheduleIds.isEmpty() || procedureCodeIds.isEmpty()) {
            return List.of();
        }
        return fees.resolveAll(
                tenant.orgId(),
                scheduleIds,
                procedureCodeIds,
                clinicId,
                providerId,
                asOf == null ? LocalDate.now() : asOf);
    }

    /** The schedules among {@code ids}, archived ones included; unknown ids are absent. */
    List<FeeSchedule> findAll(Tenant tenant, List<UUID> ids) {
        return schedules.findAll(tenant.orgId(), ids);
    }

    Page<FeeSchedule> list(Tenant tenant, FeeScheduleFilter filter, PageRequest page) {
        return schedules.findAll(tenant.orgId(), filter, page);
    }

    List<FeeScheduleStats> stats(Tenant tenant) {
        return schedules.stats(tenant.orgId());
    }

    FeeScheduleHistory history(Tenant tenant, UUID id, int limit, int offset) {
        if (limit < 1 || limit > PageRequest.MAX_PAGE_SIZE) {
            throw ApiException.Invalid.query("limit", "must be between 1 and " + PageRequest.MAX_PAGE_SIZE);
        }
        if (offset < 0) {
            throw ApiException.Invalid.query("offset", "must be greater than or equal to 0");
        }
        get(tenant, id);
        return schedules.history(tenant.orgId(), id, limit, offset);
    }

    /** Creates a schedule; the purpose defaults by type and must suit it (422); 409 when a live schedule has the name. */
    @Transactional
    public FeeSchedule create(Tenant tenant, FeeScheduleRequests.Create body) {
        Purpose purpose = body.purpose() == null ? body.feeSchedType().defaultPurpose() : body.purpose();
        requireCompatible(body.feeSchedType(), purpose);
        var schedule = new FeeSchedule(
                Ids.newId(),
                body.name().strip(),
                body.feeSchedType(),
                purpose,
                body.status() == null ? Status.active : body.status(),
                body.notes(),
                0,
                0,
                1,
                null,
                null,
                null);
        if (schedule.status() == Status.active) {
            requireFreeName(tenant, schedule.name(), schedule.id());
        }
        schedules.insert(tenant.orgId(), schedule);
        audit.record(tenant, ENTITY, schedule.id(), "create", Set.of("name", "fee_sched_type", "purpose"));
        return get(tenant, schedule.id());
    }

    /**
     * Changes name, notes, status, type or purpose. Type and purpose may change only while no live assignment uses
     * the schedule (422), and must stay compatible; {@code status} archives or restores the schedule.
     */
    @Transactional
    FeeSchedule update(Tenant tenant, UUID id, FeeScheduleRequests.Update body, Patch patch) {
        if (!schedules.lock(tenant.orgId(), id)) {
            throw notFound();
        }
        FeeSchedule current = get(tenant, id);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        var next = new FeeSchedule(
                id,
                patch.applyRequired(
                        "name", body.name() == null ? null : body.name().strip(), current.name()),
                patch.applyRequired("fee_sched_type", body.feeSchedType(), current.feeSchedType()),
                patch.applyRequired("purpose", body.purpose(), current.purpose()),
                patch.applyRequired("status", body.status(), current.status()),
                patch.apply("notes", body.notes(), current.notes()),
                current.assignmentCount(),
                current.notesCount(),
                current.version(),
                current.createdAt(),
                current.updatedAt(),
                current.deletedAt());
        var retyped = Stream.of("fee_sched_type", "purpose")
                .filter(patch.changed()::contains)
                .findFirst();
        if (retyped.isPresent() && current.assignmentCount() > 0) {
            throw ApiException.Invalid.body(
                    retyped.get(),
                    "cannot change while " + current.assignmentCount() + " active assignment(s) use this fee schedule");
        }
        if (retyped.isPresent()) {
            requireCompatible(next.feeSchedType(), next.purpose());
        }
        if (next.status() == Status.active
                && (patch.changed().contains("name") || patch.changed().contains("status"))) {
            requireFreeName(tenant, next.name(), id);
        }
        if (!schedules.update(tenant.orgId(), next, body.baseVersion())) {
            throw ApiException.Conflict.staleVersion(get(tenant, id).version());
        }
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return get(tenant, id);
    }

    /** Soft-deletes the schedule; archiving an archived schedule changes nothing. */
    @Transactional
    FeeSchedule archive(Tenant tenant, UUID id) {
        FeeSchedule current = get(tenant, id);
        if (current.deletedAt() != null) {
            return current;
        }
        schedules.archive(tenant.orgId(), id);
        audit.record(tenant, ENTITY, id, "archive", Set.of("deleted_at", "status"));
        return get(tenant, id);
    }

    /** A new active schedule of the same type and purpose holding every fee of the source, optionally adjusted. */
    @Transactional
    FeeSchedule copy(Tenant tenant, UUID sourceId, FeeScheduleRequests.Copy body) {
        if (!schedules.lock(tenant.orgId(), sourceId)) {
            throw notFound();
        }
        FeeSchedule source = get(tenant, sourceId);
        var copy = new FeeSchedule(
                Ids.newId(),
                body.newName().strip(),
                source.feeSchedType(),
                source.purpose(),
                Status.active,
                source.notes(),
                0,
                0,
                1,
                null,
                null,
                null);
        requireFreeName(tenant, copy.name(), copy.id());
        schedules.insert(tenant.orgId(), copy);
        BigDecimal percent = body.percentageAdjustment() == null ? BigDecimal.ZERO : body.percentageAdjustment();
        UUID[] ids = Stream.generate(Ids::newId)
                .limit(schedules.countFees(tenant.orgId(), sourceId))
                .toArray(UUID[]::new);
        schedules.copyFees(tenant.orgId(), sourceId, copy.id(), factor(percent), ids);
        audit.record(tenant, ENTITY, copy.id(), "copy", Set.of("name", "fees"));
        return get(tenant, copy.id());
    }

    /** Raises or lowers every fee of the schedule by a percentage, rounded half-up to cents; bumps its version. */
    @Transactional
    Undulated undulate(Tenant tenant, UUID id, FeeScheduleRequests.Undulate body) {
        FeeSchedule current = get(tenant, id);
        if (body.direction() == Direction.decrease && body.percentage().compareTo(HUNDRED) > 0) {
            throw ApiException.Invalid.body("percentage", "a decrease must be at most 100");
        }
        if (!schedules.touch(tenant.orgId(), id, body.baseVersion())) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        BigDecimal percent = body.direction() == Direction.increase
                ? body.percentage()
                : body.percentage().negate();
        int updated = schedules.scaleFees(tenant.orgId(), id, factor(percent));
        audit.record(tenant, ENTITY, id, "undulate", Set.of("amount", "patient_amount"));
        return new Undulated(updated, get(tenant, id));
    }

    static ApiException.NotFound notFound() {
        return new ApiException.NotFound("Fee schedule");
    }

    private static BigDecimal factor(BigDecimal percent) {
        return BigDecimal.ONE.add(percent.divide(HUNDRED, MathContext.DECIMAL64));
    }

    private static void requireCompatible(Type type, Purpose purpose) {
        if (!type.allows(purpose)) {
            throw ApiException.Invalid.body(
                    "purpose",
                    "purpose " + purpose + " does not suit fee_sched_type " + type
                            + " (allowed: "
                            + java.util.Arrays.stream(Purpose.values())
                                    .filter(type::allows)
                                    .map(Enum::name)
                                    .reduce((a, b) -> a + ", " + b)
                                    .orElse("")
                            + ")");
        }
    }

    private void requireFreeName(Tenant tenant, String name, UUID id) {
        if (schedules.liveNameTaken(tenant.orgId(), name, id)) {
            throw new ApiException.Conflict("A fee schedule named '" + name + "' already exists");
        }
    }
}
