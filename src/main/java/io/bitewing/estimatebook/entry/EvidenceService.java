package io.bitewing.estimatebook.entry;

import io.bitewing.carrier.CarrierService;
import io.bitewing.estimatebook.EstimateBookService;
import io.bitewing.plan.Plan;
import io.bitewing.plan.PlanService;
import io.bitewing.practice.procedurecode.ProcedureCodeService;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A book's evidence (observed payments) and its rule steps (the walk a recompute takes). */
@Service
@Transactional(readOnly = true)
public class EvidenceService {

    private final EntryRepository entries;
    private final EstimateBookService books;
    private final ProcedureCodeService codes;
    private final CarrierService carriers;
    private final PlanService plans;
    private final AuditLog audit;

    EvidenceService(
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

    /** A payment a remittance reports for one service, for {@link #recordClaimPayments}. */
    public record ClaimPayment(
            UUID planId,
            UUID procedureCodeId,
            LocalDate serviceDate,
            BigDecimal paid,
            BigDecimal allowed,
            String role) {}

    /**
     * Records each payment as adjudicated_claim evidence (allowed as its override) in every active
     * allowed_from_claims book that covers its plan: the organisation's, its carrier's or the plan's own. One batch,
     * one audit record per row; answers how many rows were written. Plans must exist here (404).
     */
    @Transactional
    public int recordClaimPayments(Tenant tenant, List<ClaimPayment> payments) {
        if (payments.isEmpty()) {
            return 0;
        }
        Map<UUID, Plan> planById = plans.findAll(
                tenant, payments.stream().map(ClaimPayment::planId).distinct().toList());
        var carrierIds =
                planById.values().stream().map(p -> p.carrier().id()).distinct().toList();
        List<EntryRepository.EvidenceBook> evidenceBooks =
                entries.findEvidenceBooks(tenant.orgId(), carrierIds, planById.keySet());
        var rows = new ArrayList<EntryRepository.NewEvidence>();
        for (ClaimPayment payment : payments) {
            Plan plan = planById.get(payment.planId());
            if (plan == null) {
                throw new ApiException.NotFound("Plan");
            }
            for (var book : evidenceBooks) {
                boolean covers = book.scopeType().equals("tenant")
                        || plan.carrier().id().equals(book.carrierId())
                        || plan.id().equals(book.planId());
                if (covers) {
                    var body = new EntryRequests.CreateEvidence(
                            payment.procedureCodeId(),
                            payment.serviceDate(),
                            "adjudicated_claim",
                            plan.carrier().id(),
                            plan.id(),
                            plan.groupNumber(),
                            payment.paid(),
                            payment.allowed(),
                            payment.role(),
                            null,
                            null,
                            null);
                    rows.add(new EntryRepository.NewEvidence(
                            Ids.newId(), book.id(), body, plan.carrier().id(), plan.groupNumber()));
                }
            }
        }
        entries.insertEvidenceAll(tenant.orgId(), rows);
        audit.recordAll(
                tenant,
                "estimate_book_evidence",
                rows.stream().map(EntryRepository.NewEvidence::id).toList(),
                "create",
                Set.of("procedure_code_uuid", "source_type"));
        return rows.size();
    }

    Page<Evidence> listEvidence(Tenant tenant, UUID bookId, PageRequest page) {
        books.get(tenant, bookId);
        return entries.listEvidence(tenant.orgId(), bookId, page);
    }

    /**
     * Records one observed payment. 404 for an unknown book, code, carrier or plan; 409 when the book is archived;
     * 422 when the carrier is not the plan's. The plan's carrier and group number fill absent ones, so carrier and
     * group steps see the payment too.
     */
    @Transactional
    public Evidence createEvidence(Tenant tenant, UUID bookId, EntryRequests.CreateEvidence body) {
        books.getLive(tenant, bookId);
        codes.get(tenant, body.procedureCodeUuid());
        UUID carrier = body.carrierUuid();
        String groupNumber = body.groupNumber();
        if (body.insurancePlanUuid() != null) {
            Plan plan = plans.get(tenant, body.insurancePlanUuid());
            if (carrier != null && !carrier.equals(plan.carrier().id())) {
                throw ApiException.Invalid.body("carrier_uuid", "must be the carrier of insurance_plan_uuid");
            }
            carrier = plan.carrier().id();
            groupNumber = groupNumber == null || groupNumber.isBlank() ? plan.groupNumber() : groupNumber;
        } else if (carrier != null) {
            carriers.get(tenant, carrier);
        }
        UUID id = Ids.newId();
        entries.insertEvidence(tenant.orgId(), bookId, id, body, carrier, groupNumber);
        audit.record(tenant, "estimate_book_evidence", id, "create", Set.of("procedure_code_uuid", "source_type"));
        return entries.findEvidence(tenant.orgId(), id).orElseThrow();
    }

    List<RuleStep> listSteps(Tenant tenant, UUID bookId, boolean activeOnly) {
        books.get(tenant, bookId);
        return entries.listSteps(tenant.orgId(), bookId, activeOnly);
    }

    /** Adds a step; 409 when the book is archived or another step holds the priority, 422 for a bad limit. */
    @Transactional
    public RuleStep createStep(Tenant tenant, UUID bookId, EntryRequests.CreateRuleStep body) {
        books.getLive(tenant, bookId);
        var step = new RuleStep(
                Ids.newId(),
                null,
                body.priorityOrder(),
                body.ruleType(),
                body.limitType() == null ? RuleStep.LimitType.none : body.limitType(),
                body.limitValue() == null ? 0 : body.limitValue(),
                body.isActive() == null || body.isActive(),
                null,
                null);
        requireConsistentLimit(step);
        if (!entries.insertStep(tenant.orgId(), bookId, step)) {
            throw new ApiException.Conflict("Another rule step of the book has priority_order " + step.priorityOrder());
        }
        audit.record(tenant, "estimate_book_rule_step", step.id(), "create", Set.of("priority_order", "rule_type"));
        return step(tenant, bookId, step.id());
    }

    /** Changes the fields sent; same rules as create. */
    @Transactional
    RuleStep updateStep(Tenant tenant, UUID bookId, UUID id, EntryRequests.UpdateRuleStep body, Patch patch) {
        books.getLive(tenant, bookId);
        RuleStep current = step(tenant, bookId, id);
        RuleStep.LimitType limitType = patch.applyRequired("limit_type", body.limitType(), current.limitType());
        var next = new RuleStep(
                id,
                current.estimateBook(),
                patch.applyRequired("priority_order", body.priorityOrder(), current.priorityOrder()),
                patch.applyRequired("rule_type", body.ruleType(), current.ruleType()),
                limitType,
                // Switching the limit off clears its value unless one is sent.
                patch.applyRequired(
                        "limit_value",
                        body.limitValue(),
                        limitType == RuleStep.LimitType.none ? 0 : current.limitValue()),
                patch.applyRequired("is_active", body.isActive(), current.isActive()),
                current.createdAt(),
                current.updatedAt());
        requireConsistentLimit(next);
        if (!entries.updateStep(tenant.orgId(), bookId, next)) {
            throw new ApiException.Conflict("Another rule step of the book has priority_order " + next.priorityOrder());
        }
        audit.record(tenant, "estimate_book_rule_step", id, "update", patch.changed());
        return step(tenant, bookId, id);
    }

    /** Removes the step; entries it produced stay and no longer name it. Answers the step as it was. */
    @Transactional
    RuleStep deleteStep(Tenant tenant, UUID bookId, UUID id) {
        books.get(tenant, bookId);
        RuleStep step = step(tenant, bookId, id);
        entries.deleteStep(tenant.orgId(), bookId, id);
        audit.record(tenant, "estimate_book_rule_step", id, "delete", Set.of());
        return step;
    }

    private RuleStep step(Tenant tenant, UUID bookId, UUID id) {
        return entries.findStep(tenant.orgId(), bookId, id).orElseThrow(() -> new ApiException.NotFound("Rule step"));
    }

    /** A window needs a length, and no window has none. */
    private static void requireConsistentLimit(RuleStep step) {
        if (step.limitType() == RuleStep.LimitType.none && step.limitValue() != 0) {
            throw ApiException.Invalid.body("limit_value", "must be 0 when limit_type is none");
        }
        if (step.limitType() != RuleStep.LimitType.none && step.limitValue() < 1) {
            throw ApiException.Invalid.body("limit_value", "must be at least 1 when limit_type is " + step.limitType());
        }
    }
}
