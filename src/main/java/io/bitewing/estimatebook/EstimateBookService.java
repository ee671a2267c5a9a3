package io.bitewing.estimatebook;

import io.bitewing.carrier.Carrier;
import io.bitewing.carrier.CarrierService;
import io.bitewing.estimatebook.EstimateBook.RuleType;
import io.bitewing.estimatebook.EstimateBook.ScopeType;
import io.bitewing.estimatebook.EstimateBook.Status;
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
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Estimate books: create, change, archive, list; and the checks other modules make against a book. */
@Service
@Transactional(readOnly = true)
public class EstimateBookService {

    static final String ENTITY = "estimate_book";

    private final EstimateBookRepository books;
    private final CarrierService carriers;
    private final PlanService plans;
    private final FeeScheduleService schedules;
    private final AuditLog audit;

    EstimateBookService(
            EstimateBookRepository books,
            CarrierService carriers,
            PlanService plans,
            FeeScheduleService schedules,
            AuditLog audit) {
        this.books = books;
        this.carriers = carriers;
        this.plans = plans;
        this.schedules = schedules;
        this.audit = audit;
    }

    /** A book by id, archived ones included; 404 when unknown in this organisation. */
    @SingleStatementRead
    public EstimateBook get(Tenant tenant, UUID id) {
        return books.find(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Estimate book"));
    }

    /** A live book, for writes under it: 404 when unknown, 409 when archived. */
    public EstimateBook getLive(Tenant tenant, UUID id) {
        EstimateBook book = get(tenant, id);
        if (!book.live()) {
            throw new ApiException.Conflict("Estimate book is archived");
        }
        return book;
    }

    /**
     * The check a fee schedule assignment makes before naming a book: 404 when the book is unknown here, 422 naming
     * {@code field} when it is archived.
     */
    public Ref requireUsable(Tenant tenant, UUID id, String field) {
        EstimateBook book = get(tenant, id);
        if (!book.live()) {
            throw ApiException.Invalid.body(field, "estimate book is archived");
        }
        return book.ref();
    }

    Page<EstimateBook> list(Tenant tenant, String search, ScopeType scope, Status status, PageRequest page) {
        return books.findAll(tenant.orgId(), search, scope, status, page);
    }

    /** Creates a book; 404 for unknown references, 422 when scope, references and rule do not fit together. */
    @Transactional
    public EstimateBook create(Tenant tenant, EstimateBookRequests.Create body) {
        ScopeType scope = body.scopeType() != null
                ? body.scopeType()
                : body.insurancePlanUuid() != null
                        ? ScopeType.plan
                        : body.carrierUuid() != null ? ScopeType.carrier : ScopeType.tenant;
        var draft = new EstimateBook(
                Ids.newId(),
                body.name().strip(),
                body.ruleType(),
                scope,
                null,
                null,
                null,
                nameOf(body.claimMatchMethod()),
                Boolean.TRUE.equals(body.excludeOverUcr()),
                body.status() == null ? Status.active : body.status(),
                1,
                null,
                null,
                null);
        EstimateBook book =
                resolve(tenant, draft, body.carrierUuid(), body.insurancePlanUuid(), body.allowedFeeScheduleUuid());
        books.insert(tenant.orgId(), book);
        audit.record(tenant, ENTITY, book.id(), "create", Set.of("name", "rule_type", "scope_type"));
        return get(tenant, book.id());
    }

    /** Changes the fields sent; 409 for a stale base_version; the create rules hold for the result. */
    @Transactional
    EstimateBook update(Tenant tenant, UUID id, EstimateBookRequests.Update body, Patch patch) {
        EstimateBook current = get(tenant, id);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        var draft = new EstimateBook(
                id,
                patch.applyRequired("name", body.name(), current.name()).strip(),
                patch.applyRequired("rule_type", body.ruleType(), current.ruleType()),
                patch.applyRequired("scope_type", body.scopeType(), current.scopeType()),
                null,
                null,
                null,
                patch.apply("claim_match_method", nameOf(body.claimMatchMethod()), current.claimMatchMethod()),
                patch.applyRequired("exclude_over_ucr", body.excludeOverUcr(), current.excludeOverUcr()),
                patch.applyRequired("status", body.status(), current.status()),
                current.version(),
                current.createdAt(),
                current.updatedAt(),
                current.deletedAt());
        UUID carrier = patch.apply("carrier_uuid", body.carrierUuid(), idOf(current.carrier()));
        UUID plan = patch.apply("insurance_plan_uuid", body.insurancePlanUuid(), idOf(current.insurancePlan()));
        UUID schedule = patch.apply(
                "allowed_fee_schedule_uuid", body.allowedFeeScheduleUuid(), idOf(current.allowedFeeSchedule()));
        if (draft.scopeType() == ScopeType.plan && !patch.has("carrier_uuid")) {
            carrier = null; // a plan book takes its carrier from the plan
        }
        EstimateBook next = resolve(tenant, draft, carrier, plan, schedule);
        if (!books.update(tenant.orgId(), next, body.baseVersion())) {
            throw ApiException.Conflict.staleVersion(get(tenant, id).version());
        }
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return get(tenant, id);
    }

    /** Soft-deletes the book: estimates stop reading it. Archiving an archived book changes nothing. */
    @Transactional
    EstimateBook archive(Tenant tenant, UUID id) {
        get(tenant, id);
        if (books.archive(tenant.orgId(), id)) {
            audit.record(tenant, ENTITY, id, "archive", Set.of("status", "deleted_at"));
        }
        return get(tenant, id);
    }

    /** Checks and names the book's carrier, plan and schedule against its scope and rule. */
    private EstimateBook resolve(Tenant tenant, EstimateBook b, UUID carrierId, UUID planId, UUID scheduleId) {
        Ref carrier = null;
        Ref plan = null;
        switch (b.scopeType()) {
            case tenant -> {
                requireAbsent(carrierId, "carrier_uuid", "tenant");
                requireAbsent(planId, "insurance_plan_uuid", "tenant");
            }
            case carrier -> {
                requirePresent(carrierId, "carrier_uuid", "carrier");
                requireAbsent(planId, "insurance_plan_uuid", "carrier");
                carrier = liveCarrier(tenant, carrierId);
            }
            case plan -> {
                requirePresent(planId, "insurance_plan_uuid", "plan");
                Plan found = plans.get(tenant, planId);
                if (found.deletedAt() != null) {
                    throw new ApiException.NotFound("Plan");
                }
                if (carrierId != null && !carrierId.equals(found.carrier().id())) {
                    throw ApiException.Invalid.body("carrier_uuid", "must be the carrier of insurance_plan_uuid");
                }
                carrier = found.carrier();
                plan = new Ref(found.id(), found.groupName());
            }
        }
        if (b.claimMatchMethod() != null && b.ruleType() != RuleType.allowed_from_claims) {
            throw ApiException.Invalid.body(
                    "claim_match_method", "applies only to rule_type allowed_from_claims; send null with another rule");
        }
        if (books.nameTaken(tenant.orgId(), b.name(), b.id())) {
            throw new ApiException.Conflict("another live estimate book is named '" + b.name() + "'");
        }
        Ref schedule = scheduleId == null ? null : allowedSchedule(tenant, scheduleId);
        if (b.ruleType() == RuleType.manual_fee_schedule && schedule == null) {
            throw ApiException.Invalid.body(
                    "allowed_fee_schedule_uuid", "is required for rule_type manual_fee_schedule");
        }
        return new EstimateBook(
                b.id(),
                b.name(),
                b.ruleType(),
                b.scopeType(),
                carrier,
                plan,
                schedule,
                b.claimMatchMethod(),
                b.excludeOverUcr(),
                b.status(),
                b.version(),
                b.createdAt(),
                b.updatedAt(),
                b.deletedAt());
    }

    private static String nameOf(EstimateBook.ClaimMatchMethod method) {
        return method == null ? null : method.name();
    }

    private Ref liveCarrier(Tenant tenant, UUID id) {
        Carrier carrier = carriers.get(tenant, id);
        if (carrier.deletedAt() != null) {
            throw new ApiException.NotFound("Carrier");
        }
        return new Ref(carrier.id(), carrier.carrierName());
    }

    private Ref allowedSchedule(Tenant tenant, UUID id) {
        FeeSchedule schedule = schedules.find(tenant, id).orElseThrow(() -> new ApiException.NotFound("Fee schedule"));
        if (schedule.deletedAt() != null) {
            throw ApiException.Invalid.body("allowed_fee_schedule_uuid", "fee schedule is archived");
        }
        if (schedule.feeSchedType() != FeeSchedule.Type.allowed
                && schedule.feeSchedType() != FeeSchedule.Type.manual_blue_book) {
            throw ApiException.Invalid.body(
                    "allowed_fee_schedule_uuid",
                    "must be an allowed or manual_blue_book fee schedule, not " + schedule.feeSchedType());
        }
        return new Ref(schedule.id(), schedule.name());
    }

    private static void requirePresent(UUID value, String field, String scope) {
        if (value == null) {
            throw ApiException.Invalid.body(field, "is required for scope_type " + scope);
        }
    }

    private static void requireAbsent(UUID value, String field, String scope) {
        if (value != null) {
            throw ApiException.Invalid.body(field, "must be empty for scope_type " + scope);
        }
    }

    private static UUID idOf(Ref ref) {
        return ref == null ? null : ref.id();
    }
}
