package io.bitewing.history;

import io.bitewing.history.ClaimHistory.Status;
import io.bitewing.patientplan.PatientPlan;
import io.bitewing.patientplan.PatientPlanService;
import io.bitewing.practice.procedurecode.ProcedureCode;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient plan's claim history: what insurance paid (received), is paying (pending), services done elsewhere
 * (outside_office, for frequency only) and adjustments of benefits used elsewhere. The patient plan's benefits
 * summary sums it.
 */
@Service
@Transactional(readOnly = true)
public class ClaimHistoryService {

    public record Filter(LocalDate dateFrom, LocalDate dateTo, Status status) {}

    /** A history row with the subscription it counts against and the patient it was for (family limits). */
    public record SubscriptionRow(UUID subscriptionId, UUID patientId, ClaimHistory row) {}

    /**
     * Every live history row of every patient plan on the subscriptions, oldest first, in one query: what the
     * estimator counts against maximums, deductibles and frequencies.
     */
    public List<SubscriptionRow> forSubscriptions(Tenant tenant, java.util.Collection<UUID> subscriptionIds) {
        if (subscriptionIds.isEmpty()) {
            return List.of();
        }
        return history.findForSubscriptions(tenant.orgId(), subscriptionIds);
    }

    private static final String ENTITY = "claim_history";

    private final ClaimHistoryRepository history;
    private final PatientPlanService patientPlans;
    private final ProcedureCodeService procedureCodes;
    private final AuditLog audit;

    ClaimHistoryService(
            ClaimHistoryRepository history,
            PatientPlanService patientPlans,
            ProcedureCodeService procedureCodes,
            AuditLog audit) {
        this.history = history;
        this.patientPlans = patientPlans;
        this.procedureCodes = procedureCodes;
        this.audit = audit;
    }

    /** The patient plan's live history rows, newest first; 404 for a patient plan unknown here. */
    public Page<ClaimHistory> list(Tenant tenant, UUID patientPlanId, Filter filter, PageRequest page) {
        patientPlan(tenant, patientPlanId);
        if (filter.dateFrom() != null
                && filter.dateTo() != null
                && filter.dateFrom().isAfter(filter.dateTo())) {
            throw ApiException.Invalid.query("date_from", "must not be after date_to");
        }
        return history.list(tenant.orgId(), patientPlanId, filter.dateFrom(), filter.dateTo(), filter.status(), page);
    }

    /** One live row of the patient plan; 404 for an unknown patient plan or row, or a row of another plan. */
    public ClaimHistory get(Tenant tenant, UUID patientPlanId, UUID id) {
        patientPlan(tenant, patientPlanId);
        return find(tenant, patientPlanId, id);
    }

    /** Records a history row after the rules (code by status, no money outside the office, a live code). */
    @Transactional
    public ClaimHistory create(Tenant tenant, UUID patientPlanId, ClaimHistoryRequests.Create body) {
        PatientPlan plan = patientPlan(tenant, patientPlanId);
        var row = new ClaimHistory(
                Ids.newId(),
                patientPlanId,
                liveCode(tenant, body.procedureCode()),
                body.dateOfService(),
                body.tooth(),
                body.surfaces(),
                body.units() == null ? 1 : body.units(),
                Money.of(body.fee()),
                Money.of(body.insurancePaid()),
                Money.of(body.deductibleApplied()),
                Money.of(body.writeOff()),
                body.status(),
                body.notes(),
                1,
                null,
                null);
        requireConsistent(row);
        history.insert(tenant.orgId(), plan.subscriptionId(), row);
        audit.record(tenant, ENTITY, row.id(), "create", Set.of("procedure_code", "date_of_service", "status"));
        return find(tenant, patientPlanId, row.id());
    }

    /** Changes the fields sent; 409 for a stale base_version, the create rules on the result. */
    @Transactional
    public ClaimHistory update(
            Tenant tenant, UUID patientPlanId, UUID id, ClaimHistoryRequests.Update body, Patch patch) {
        patientPlan(tenant, patientPlanId);
        ClaimHistory current = find(tenant, patientPlanId, id);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        String code = patch.apply("procedure_code", body.procedureCode(), current.procedureCode());
        var next = new ClaimHistory(
                id,
                patientPlanId,
                patch.has("procedure_code") ? liveCode(tenant, code) : code,
                patch.applyRequired("date_of_service", body.dateOfService(), current.dateOfService()),
                patch.apply("tooth", body.tooth(), current.tooth()),
                patch.apply("surfaces", body.surfaces(), current.surfaces()),
                patch.applyRequired("units", body.units(), current.units()),
                patch.has("fee") ? Money.of(body.fee()) : current.fee(),
                patch.has("insurance_paid") ? Money.of(body.insurancePaid()) : current.insurancePaid(),
                patch.has("deductible_applied") ? Money.of(body.deductibleApplied()) : current.deductibleApplied(),
                patch.has("write_off") ? Money.of(body.writeOff()) : current.writeOff(),
                patch.applyRequired("status", body.status(), current.status()),
                patch.apply("notes", body.notes(), current.notes()),
                current.version(),
                current.createdAt(),
                current.updatedAt());
        requireConsistent(next);
        if (!history.update(tenant.orgId(), next, body.baseVersion())) {
            throw ApiException.Conflict.staleVersion(
                    find(tenant, patientPlanId, id).version());
        }
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return find(tenant, patientPlanId, id);
    }

    /** Takes the row out of the history for good (to clients); 404 when it is not there. */
    @Transactional
    public void delete(Tenant tenant, UUID patientPlanId, UUID id) {
        patientPlan(tenant, patientPlanId);
        if (!history.delete(tenant.orgId(), patientPlanId, id)) {
            throw new ApiException.NotFound("History item");
        }
        audit.record(tenant, ENTITY, id, "delete", Set.of("deleted_at"));
    }

    /** A payment line a remittance reports, for {@link #recordReceived}: the code must be one of the organisation's. */
    public record Received(
            UUID patientPlanId,
            String procedureCode,
            LocalDate dateOfService,
            int units,
            BigDecimal fee,
            BigDecimal insurancePaid,
            BigDecimal deductibleApplied,
            BigDecimal writeOff,
            String notes) {}

    /** A service of a claim: which pending rows a payment closes. */
    public record Service(UUID patientPlanId, String procedureCode, LocalDate dateOfService) {}

    /**
     * Records remittance lines as received rows in one batch, with one audit record per row; answers their ids in
     * order. Every patient plan must be live here (404) and every row within the row rules (422).
     */
    @Transactional
    public List<UUID> recordReceived(Tenant tenant, List<Received> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        var plans = patientPlans.findAll(
                tenant, lines.stream().map(Received::patientPlanId).distinct().toList());
        var subscriptionOf = new HashMap<UUID, UUID>();
        var rows = new ArrayList<ClaimHistory>();
        for (Received line : lines) {
            PatientPlan plan = plans.get(line.patientPlanId());
            if (plan == null || plan.deletedAt() != null) {
                throw new ApiException.NotFound("Patient plan");
            }
            subscriptionOf.put(plan.id(), plan.subscriptionId());
            var row = new ClaimHistory(
                    Ids.newId(),
                    line.patientPlanId(),
                    line.procedureCode(),
                    line.dateOfService(),
                    null,
                    null,
                    line.units(),
                    Money.of(line.fee()),
                    Money.of(line.insurancePaid()),
                    Money.of(line.deductibleApplied()),
                    Money.of(line.writeOff()),
                    Status.received,
                    line.notes(),
                    1,
                    null,
                    null);
            requireConsistent(row);
            rows.add(row);
        }
        history.insertAll(tenant.orgId(), subscriptionOf, rows);
        List<UUID> ids = rows.stream().map(ClaimHistory::id).toList();
        audit.recordAll(tenant, ENTITY, ids, "create", Set.of("procedure_code", "date_of_service", "status"));
        return ids;
    }

    /** Closes (removes) the pending rows of these services, now that insurance paid them; answers how many. */
    @Transactional
    public int closePending(Tenant tenant, List<Service> services) {
        if (services.isEmpty()) {
            return 0;
        }
        List<UUID> closed = history.closePending(
                tenant.orgId(),
                services.stream().map(Service::patientPlanId).toList(),
                services.stream().map(Service::procedureCode).toList(),
                services.stream().map(Service::dateOfService).toList());
        audit.recordAll(tenant, ENTITY, closed, "delete", Set.of("deleted_at"));
        return closed.size();
    }

    /** Removes these rows (a reversed payment), audited; answers how many were live. */
    @Transactional
    public int removeAll(Tenant tenant, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<UUID> removed = history.deleteAll(tenant.orgId(), ids);
        audit.recordAll(tenant, ENTITY, removed, "delete", Set.of("deleted_at"));
        return removed.size();
    }

    private ClaimHistory find(Tenant tenant, UUID patientPlanId, UUID id) {
        return history.find(tenant.orgId(), patientPlanId, id)
                .orElseThrow(() -> new ApiException.NotFound("History item"));
    }

    /** The patient plan, archived ones included (their history stays readable); 404 when unknown here. */
    private PatientPlan patientPlan(Tenant tenant, UUID id) {
        PatientPlan plan = patientPlans.findAll(tenant, List.of(id)).get(id);
        if (plan == null) {
            throw new ApiException.NotFound("Patient plan");
        }
        return plan;
    }

    /** The code as the organisation's live procedure code spells it; 422 naming the value when there is none. */
    private String liveCode(Tenant tenant, String code) {
        if (code == null) {
            return null;
        }
        return procedureCodes
                .findByCode(tenant, code)
                .map(ProcedureCode::code)
                .orElseThrow(
                        () -> ApiException.Invalid.body("procedure_code", "unknown procedure code '" + code + "'"));
    }

    /** Adjustments carry no code and every other row one; a service done elsewhere carries no money. */
    private static void requireConsistent(ClaimHistory row) {
        if (row.status() == Status.adjustment && row.procedureCode() != null) {
            throw ApiException.Invalid.body("procedure_code", "must be null for an adjustment");
        }
        if (row.status() != Status.adjustment && row.procedureCode() == null) {
            throw ApiException.Invalid.body("procedure_code", "is required for a " + row.status() + " row");
        }
        if (row.status() == Status.outside_office) {
            var amounts = new LinkedHashMap<String, BigDecimal>();
            amounts.put("insurance_paid", row.insurancePaid());
            amounts.put("deductible_applied", row.deductibleApplied());
            amounts.put("write_off", row.writeOff());
            amounts.forEach((field, amount) -> {
                if (amount != null && amount.signum() != 0) {
                    throw ApiException.Invalid.body(
                            field,
                            "must be empty: an outside_office row pays no benefits; it counts only for frequency (its fee may be kept)");
                }
            });
        }
    }
}
