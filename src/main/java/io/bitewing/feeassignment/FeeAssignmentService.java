package io.bitewing.feeassignment;

import io.bitewing.carrier.Carrier;
import io.bitewing.carrier.CarrierService;
import io.bitewing.estimatebook.EstimateBookService;
import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.feeassignment.FeeAssignmentRepository.Place;
import io.bitewing.feeschedule.FeeSchedule;
import io.bitewing.feeschedule.FeeScheduleService;
import io.bitewing.plan.Plan;
import io.bitewing.plan.PlanService;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.db.SingleStatementRead;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.bitewing.shared.web.Ref;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Which fee schedule fills which slot: create, change, archive and list assignments. */
@Service
@Transactional(readOnly = true)
public class FeeAssignmentService {

    /** The list filters the reference offers. */
    public record Filter(
            UUID locationId,
            UUID carrierId,
            UUID planId,
            Kind kind,
            UUID scheduleId,
            boolean activeOnly,
            LocalDate activeAsOf,
            LocalDate startAfter,
            LocalDate startBefore) {}

    /** One location's outcome in a bulk assignment. */
    public record BulkResult(
            UUID locationUuid, boolean success, Integer statusCode, String error, FeeAssignment assignment) {}

    public record BulkOutcome(int total, int succeeded, int failed, List<BulkResult> results) {}

    /** The slot's carrier and plan, checked once per request. */
    private record SlotRefs(Ref carrier, Ref plan) {}

    static final String ENTITY = "fee_schedule_assignment";

    private final FeeAssignmentRepository assignments;
    private final PlanService plans;
    private final CarrierService carriers;
    private final FeeScheduleService schedules;
    private final EstimateBookService books;
    private final AuditLog audit;
    private final TransactionTemplate savepoint;

    FeeAssignmentService(
            FeeAssignmentRepository assignments,
            PlanService plans,
            CarrierService carriers,
            FeeScheduleService schedules,
            EstimateBookService books,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.assignments = assignments;
        this.plans = plans;
        this.carriers = carriers;
        this.schedules = schedules;
        this.books = books;
        this.audit = audit;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** An assignment by id, archived ones included; 404 when unknown in this organisation. */
    @SingleStatementRead
    public FeeAssignment get(Tenant tenant, UUID id) {
        return assignments
                .find(tenant.orgId(), id)
                .orElseThrow(() -> new ApiException.NotFound("Fee schedule assignment"));
    }

    public Page<FeeAssignment> list(Tenant tenant, Filter filter, PageRequest page) {
        if (filter.startAfter() != null
                && filter.startBefore() != null
                && filter.startBefore().isBefore(filter.startAfter())) {
            throw ApiException.Invalid.query("effective_start_before", "must not be before effective_start_after");
        }
        return assignments.findAll(tenant.orgId(), filter, page);
    }

    /** Assignments at one location; 404 when the location is unknown in this organisation. */
    Page<FeeAssignment> listAtLocation(
            Tenant tenant, UUID locationId, Kind kind, boolean activeOnly, PageRequest page) {
        if (!assignments.findPlaces(tenant.orgId(), List.of(locationId)).containsKey(locationId)) {
            throw new ApiException.NotFound("Location");
        }
        return assignments.findAll(
                tenant.orgId(), new Filter(locationId, null, null, kind, null, activeOnly, null, null, null), page);
    }

    /** Assignments of one plan; 404 when the plan is unknown in this organisation. */
    Page<FeeAssignment> listForPlan(Tenant tenant, UUID planId, Kind kind, boolean activeOnly, PageRequest page) {
        plans.get(tenant, planId);
        return assignments.findAll(
                tenant.orgId(), new Filter(null, null, planId, kind, null, activeOnly, null, null, null), page);
    }

    Page<FeeAssignment> upcoming(Tenant tenant, UUID locationId, PageRequest page) {
        return assignments.findUpcoming(tenant.orgId(), locationId, today(), page);
    }

    /**
     * Puts a schedule into a slot. 404 for unknown references; 422 when the schedule is archived or its purpose does
     * not fit the kind, or the dates are reversed; 409 when the dates overlap another live assignment of the slot.
     */
    @Transactional
    public FeeAssignment create(Tenant tenant, FeeAssignmentRequests.Create body) {
        SlotRefs slot = slotRefs(tenant, body.carrierUuid(), body.insurancePlanUuid());
        FeeSchedule schedule = usableSchedule(tenant, body.feeScheduleUuid(), body.assignmentKind());
        Ref book = usableBook(tenant, body.estimateBookUuid(), body.assignmentKind());
        LocalDate start = body.effectiveStart() == null ? today() : body.effectiveStart();
        requireOrdered(start, body.effectiveEnd(), "effective_end");
        Place place = assignments
                .findPlaces(tenant.orgId(), List.of(body.locationUuid()))
                .get(body.locationUuid());
        if (place == null || place.deletedAt() != null) {
            throw new ApiException.NotFound("Location");
        }
        return assign(tenant, body, schedule, book, place, slot, start);
    }

    /**
     * Assigns one schedule to many locations. The shared fields are checked once (a failure there is the request's
     * 404 or 422); then each location gets its own savepoint, so an unknown location or an overlap fails that
     * location alone and is reported in its result.
     */
    @Transactional
    BulkOutcome bulk(Tenant tenant, FeeAssignmentRequests.Bulk body) {
        SlotRefs slot = slotRefs(tenant, body.carrierUuid(), body.insurancePlanUuid());
        FeeSchedule schedule = usableSchedule(tenant, body.feeScheduleUuid(), body.assignmentKind());
        Ref book = usableBook(tenant, body.estimateBookUuid(), body.assignmentKind());
        LocalDate start = body.effectiveStart() == null ? today() : body.effectiveStart();
        requireOrdered(start, body.effectiveEnd(), "effective_end");
        var ids = new LinkedHashSet<>(body.locationUuids());
        Map<UUID, Place> places = assignments.findPlaces(tenant.orgId(), ids);
        var results = new ArrayList<BulkResult>();
        for (UUID locationId : ids) {
            results.add(assignInSavepoint(
                    tenant, body.forLocation(locationId), schedule, book, places.get(locationId), slot, start));
        }
        int succeeded = (int) results.stream().filter(BulkResult::success).count();
        return new BulkOutcome(results.size(), succeeded, results.size() - succeeded, results);
    }

    private BulkResult assignInSavepoint(
            Tenant tenant,
            FeeAssignmentRequests.Create body,
            FeeSchedule schedule,
            Ref book,
            Place place,
            SlotRefs slot,
            LocalDate start) {
        if (place == null || place.deletedAt() != null) {
            return new BulkResult(body.locationUuid(), false, 404, "Location not found", null);
        }
        try {
            FeeAssignment created =
                    savepoint.execute(status -> assign(tenant, body, schedule, book, place, slot, start));
            return new BulkResult(body.locationUuid(), true, 201, null, created);
        } catch (ApiException e) {
            return new BulkResult(body.locationUuid(), false, e.status().value(), e.getMessage(), null);
        }
    }

    private FeeAssignment assign(
            Tenant tenant,
            FeeAssignmentRequests.Create body,
            FeeSchedule schedule,
            Ref book,
            Place place,
            SlotRefs slot,
            LocalDate start) {
        Kind kind = body.assignmentKind();
        requireFree(tenant, place.id(), kind, slot, start, body.effectiveEnd(), null);
        UUID id = Ids.newId();
        assignments.insert(
                tenant.orgId(),
                new FeeAssignment(
                        id,
                        new Ref(schedule.id(), schedule.name()),
                        new Ref(place.id(), place.name()),
                        kind,
                        slot.carrier(),
                        slot.plan(),
                        book,
                        start,
                        body.effectiveEnd(),
                        body.notes(),
                        1,
                        null,
                        null,
                        null));
        audit.record(
                tenant,
                ENTITY,
                id,
                "create",
                Set.of("fee_schedule_uuid", "location_uuid", "assignment_kind", "effective_start"));
        return get(tenant, id);
    }

    /**
     * Changes the schedule, dates or notes; the slot never changes. A new schedule is checked against the kind, new
     * dates against the slot's other assignments.
     */
    @Transactional
    FeeAssignment update(Tenant tenant, UUID id, FeeAssignmentRequests.Update body, Patch patch) {
        FeeAssignment current = get(tenant, id);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        Ref schedule = current.feeSchedule();
        UUID scheduleId = patch.applyRequired("fee_schedule_uuid", body.feeScheduleUuid(), schedule.id());
        if (!scheduleId.equals(schedule.id())) {
            FeeSchedule next = usableSchedule(tenant, scheduleId, current.assignmentKind());
            schedule = new Ref(next.id(), next.name());
        }
        UUID bookId = patch.apply(
                "estimate_book_uuid",
                body.estimateBookUuid(),
                current.estimateBook() == null ? null : current.estimateBook().id());
        Ref book = patch.changed().contains("estimate_book_uuid")
                ? usableBook(tenant, bookId, current.assignmentKind())
                : current.estimateBook();
        LocalDate start = patch.applyRequired("effective_start", body.effectiveStart(), current.effectiveStart());
        LocalDate end = patch.apply("effective_end", body.effectiveEnd(), current.effectiveEnd());
        requireOrdered(start, end, patch.has("effective_end") ? "effective_end" : "effective_start");
        var next = new FeeAssignment(
                id,
                schedule,
                current.location(),
                current.assignmentKind(),
                current.carrier(),
                current.insurancePlan(),
                book,
                start,
                end,
                patch.apply("notes", body.notes(), current.notes()),
                current.version(),
                current.createdAt(),
                current.updatedAt(),
                current.deletedAt());
        if (current.deletedAt() == null) {
            requireFree(
                    tenant,
                    current.location().id(),
                    current.assignmentKind(),
                    new SlotRefs(current.carrier(), current.insurancePlan()),
                    start,
                    end,
                    id);
        }
        if (!assignments.update(tenant.orgId(), next, body.baseVersion())) {
            throw ApiException.Conflict.staleVersion(get(tenant, id).version());
        }
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return get(tenant, id);
    }

    /** Soft-deletes the assignment, freeing its dates in the slot; archiving an archived one changes nothing. */
    @Transactional
    FeeAssignment archive(Tenant tenant, UUID id) {
        get(tenant, id);
        if (assignments.archive(tenant.orgId(), id)) {
            audit.record(tenant, ENTITY, id, "archive", Set.of("deleted_at"));
        }
        return get(tenant, id);
    }

    /**
     * The slot's carrier and plan. A plan-specific slot always carries its plan's carrier, so one plan cannot hold
     * two plan-level assignments of a kind that differ only in the carrier.
     */
    private SlotRefs slotRefs(Tenant tenant, UUID carrierId, UUID planId) {
        if (planId != null) {
            Plan plan = plans.get(tenant, planId);
            if (plan.deletedAt() != null) {
                throw new ApiException.NotFound("Plan");
            }
            if (carrierId != null && !carrierId.equals(plan.carrier().id())) {
                throw ApiException.Invalid.body("carrier_uuid", "must be the carrier of insurance_plan_uuid");
            }
            return new SlotRefs(plan.carrier(), new Ref(plan.id(), plan.groupName()));
        }
        if (carrierId != null) {
            Carrier carrier = carriers.get(tenant, carrierId);
            if (carrier.deletedAt() != null) {
                throw new ApiException.NotFound("Carrier");
            }
            return new SlotRefs(new Ref(carrier.id(), carrier.carrierName()), null);
        }
        return new SlotRefs(null, null);
    }

    private FeeSchedule usableSchedule(Tenant tenant, UUID scheduleId, Kind kind) {
        FeeSchedule schedule =
                schedules.find(tenant, scheduleId).orElseThrow(() -> new ApiException.NotFound("Fee schedule"));
        if (schedule.deletedAt() != null) {
            throw ApiException.Invalid.body("fee_schedule_uuid", "fee schedule is archived");
        }
        if (!kind.accepts(schedule.purpose().name(), schedule.feeSchedType().name())) {
            throw ApiException.Invalid.body(
                    "fee_schedule_uuid",
                    "a " + schedule.purpose() + " schedule cannot fill a " + kind + " slot; " + kind + " takes "
                            + kind.expectedPurpose() + " schedules");
        }
        return schedule;
    }

    private void requireFree(
            Tenant tenant, UUID locationId, Kind kind, SlotRefs slot, LocalDate start, LocalDate end, UUID exceptId) {
        assignments
                .findOverlapping(
                        tenant.orgId(),
                        locationId,
                        kind,
                        idOf(slot.carrier()),
                        idOf(slot.plan()),
                        start,
                        end,
                        exceptId == null ? new UUID(0, 0) : exceptId)
                .ifPresent(other -> {
                    throw new ApiException.Conflict("Overlaps assignment " + other + " in the same slot");
                });
    }

    /**
     * The estimate book an assignment names: 404 when unknown in this organisation, 422 naming estimate_book_uuid
     * when it is archived or the kind is not one the estimator reads a book for (allowed, manual_blue_book).
     */
    private Ref usableBook(Tenant tenant, UUID bookId, Kind kind) {
        if (bookId == null) {
            return null;
        }
        Ref book = books.requireUsable(tenant, bookId, "estimate_book_uuid");
        if (kind != Kind.allowed && kind != Kind.manual_blue_book) {
            throw ApiException.Invalid.body(
                    "estimate_book_uuid",
                    "only allowed and manual_blue_book assignments read an estimate book, not " + kind);
        }
        return book;
    }

    private static void requireOrdered(LocalDate start, LocalDate end, String field) {
        if (end != null && end.isBefore(start)) {
            throw ApiException.Invalid.body(field, "effective_end must not be before effective_start");
        }
    }

    private static UUID idOf(Ref ref) {
        return ref == null ? null : ref.id();
    }
}
