package io.bitewing.estimatebook.entry;

import io.bitewing.carrier.CarrierService;
import io.bitewing.estimatebook.EstimateBookService;
import io.bitewing.plan.PlanService;
import io.bitewing.practice.procedurecode.ProcedureCodeService;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.money.Money;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A book's allowed fees entered or corrected by hand, and its adjustment log. Every manual change is logged. */
@Service
@Transactional(readOnly = true)
class AllowedFeeService {

    private static final String ENTITY = "estimate_book_allowed_fee";

    private final EntryRepository entries;
    private final EstimateBookService books;
    private final ProcedureCodeService codes;
    private final CarrierService carriers;
    private final PlanService plans;
    private final AuditLog audit;

    AllowedFeeService(
            EntryRepository entries,
            EstimateBookService books,
            ProcedureCodeService codes,
            CarrierService carriers,
            PlanService plans,
            AuditLog audit) {
        this.entries = entries;
        this.books = books;
        this.codes = codes;
        this.carriers = carriers;
        this.plans = plans;
        this.audit = audit;
    }

    Page<AllowedFee> list(Tenant tenant, UUID bookId, PageRequest page) {
        books.get(tenant, bookId);
        return entries.listFees(tenant.orgId(), bookId, page);
    }

    /**
     * Enters an allowed fee by hand and logs it (manual_override). 404 for an unknown book, code, plan, carrier, run
     * or step; 422 when the target does not match resolution_scope_type; 409 when the book is archived or already has
     * an entry for the code and target.
     */
    @Transactional
    AllowedFee create(Tenant tenant, UUID bookId, EntryRequests.CreateAllowedFee body) {
        books.getLive(tenant, bookId);
        codes.get(tenant, body.procedureCodeUuid());
        requireTarget(tenant, body);
        if (body.estimateBookRunUuid() != null
                && !entries.runExists(tenant.orgId(), bookId, body.estimateBookRunUuid())) {
            throw new ApiException.NotFound("Estimate book run");
        }
        if (body.estimateBookRuleStepUuid() != null
                && entries.findStep(tenant.orgId(), bookId, body.estimateBookRuleStepUuid())
                        .isEmpty()) {
            throw new ApiException.NotFound("Rule step");
        }
        UUID id = Ids.newId();
        if (!entries.insertFee(tenant.orgId(), bookId, id, body)) {
            throw new ApiException.Conflict(
                    "The book already has an allowed fee for this code and " + body.resolutionScopeType());
        }
        AllowedFee created = fee(tenant, bookId, id);
        logManual(tenant, bookId, created, null);
        audit.record(tenant, ENTITY, id, "create", Set.of("allowed_fee", "procedure_code_uuid"));
        return created;
    }

    /** Corrects an entry; a changed amount is logged (manual_override). */
    @Transactional
    AllowedFee update(Tenant tenant, UUID bookId, UUID id, EntryRequests.UpdateAllowedFee body, Patch patch) {
        books.getLive(tenant, bookId);
        AllowedFee current = fee(tenant, bookId, id);
        var next = new AllowedFee(
                id,
                current.estimateBook(),
                current.procedureCode(),
                current.resolutionScopeType(),
                current.insurancePlan(),
                current.carrier(),
                current.groupNumber(),
                current.resolutionScopeIdentifier(),
                Money.of(patch.applyRequired("allowed_fee", body.allowedFee(), current.allowedFee())),
                patch.applyRequired("sample_count", body.sampleCount(), current.sampleCount()),
                patch.apply("confidence", body.confidence(), current.confidence()),
                patch.applyRequired("computed_at", body.computedAt(), current.computedAt()),
                patch.apply("expires_at", body.expiresAt(), current.expiresAt()),
                current.estimateBookRuleStep(),
                current.estimateBookRun(),
                current.createdAt(),
                current.updatedAt());
        entries.updateFee(tenant.orgId(), bookId, next);
        if (next.allowedFee().compareTo(current.allowedFee()) != 0) {
            logManual(tenant, bookId, next, current.allowedFee());
        }
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return fee(tenant, bookId, id);
    }

    /** Removes the entry; estimates fall back as if it had never been computed. Answers the entry as it was. */
    @Transactional
    AllowedFee delete(Tenant tenant, UUID bookId, UUID id) {
        books.get(tenant, bookId);
        AllowedFee entry = fee(tenant, bookId, id);
        entries.deleteFee(tenant.orgId(), bookId, id);
        audit.record(tenant, ENTITY, id, "delete", Set.of());
        return entry;
    }

    Page<AdjustmentLog> listLogs(Tenant tenant, UUID bookId, PageRequest page) {
        books.get(tenant, bookId);
        return entries.listLogs(tenant.orgId(), bookId, page);
    }

    /** Records an adjustment; 404 for an unknown book, code, plan or run; 409 when the book is archived. */
    @Transactional
    AdjustmentLog createLog(Tenant tenant, UUID bookId, EntryRequests.CreateAdjustmentLog body) {
        books.getLive(tenant, bookId);
        codes.get(tenant, body.procedureCodeUuid());
        if (body.insurancePlanUuid() != null) {
            plans.get(tenant, body.insurancePlanUuid());
        }
        if (body.estimateBookRunUuid() != null
                && !entries.runExists(tenant.orgId(), bookId, body.estimateBookRunUuid())) {
            throw new ApiException.NotFound("Estimate book run");
        }
        UUID id = Ids.newId();
        entries.insertLog(tenant.orgId(), bookId, id, body);
        return entries.findLog(tenant.orgId(), id).orElseThrow();
    }

    private void logManual(Tenant tenant, UUID bookId, AllowedFee fee, BigDecimal previous) {
        entries.insertLog(
                tenant.orgId(),
                bookId,
                Ids.newId(),
                new EntryRequests.CreateAdjustmentLog(
                        AdjustmentLog.ChangeReason.manual_override,
                        previous == null ? "Allowed fee entered by hand" : "Allowed fee corrected by hand",
                        fee.allowedFee(),
                        previous,
                        null,
                        fee.procedureCode().id(),
                        null,
                        fee.insurancePlan() == null ? null : fee.insurancePlan().id(),
                        null,
                        null));
    }

    /** The entry's target must be the one its scope names, and only that one. */
    private void requireTarget(Tenant tenant, EntryRequests.CreateAllowedFee body) {
        var scope = body.resolutionScopeType();
        requireOnlyIf(
                body.insurancePlanUuid(), scope == AllowedFee.ScopeType.insurance_plan, "insurance_plan_uuid", scope);
        requireOnlyIf(body.carrierUuid(), scope == AllowedFee.ScopeType.insurance_carrier, "carrier_uuid", scope);
        requireOnlyIf(
                body.groupNumber() == null || body.groupNumber().isBlank() ? null : body.groupNumber(),
                scope == AllowedFee.ScopeType.group_number,
                "group_number",
                scope);
        if (body.insurancePlanUuid() != null) {
            plans.get(tenant, body.insurancePlanUuid());
        }
        if (body.carrierUuid() != null) {
            carriers.get(tenant, body.carrierUuid());
        }
    }

    private static void requireOnlyIf(Object value, boolean wanted, String field, AllowedFee.ScopeType scope) {
        if (wanted && value == null) {
            throw ApiException.Invalid.body(field, "is required for resolution_scope_type " + scope);
        }
        if (!wanted && value != null) {
            throw ApiException.Invalid.body(field, "must be empty for resolution_scope_type " + scope);
        }
    }

    private AllowedFee fee(Tenant tenant, UUID bookId, UUID id) {
        return entries.findFee(tenant.orgId(), bookId, id).orElseThrow(() -> new ApiException.NotFound("Allowed fee"));
    }
}
