package io.bitewing.verification;

import io.bitewing.patientplan.PatientPlan;
import io.bitewing.patientplan.PatientPlanService;
import io.bitewing.plan.Plan;
import io.bitewing.plan.PlanService;
import io.bitewing.settings.InsuranceSettings;
import io.bitewing.settings.SettingsService;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.db.SingleStatementRead;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.bitewing.verification.Verification.Status;
import io.bitewing.verification.Verification.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Insurance verifications. Each belongs to a patient plan or an insurance plan; a verified result stamps its owner
 * (see {@link VerificationStamps}) and every result proposes when to verify again.
 */
@Service
@Transactional(readOnly = true)
public class VerificationService {

    /** The owner and type filters the reference offers. */
    public record Filter(UUID patientPlanUuid, UUID insurancePlanUuid, Type verificationType) {}

    record Recorded(List<Verification> items, long total) {}

    record Marked(int updated) {}

    private static final String ENTITY = "verification";

    private final VerificationRepository verifications;
    private final VerificationStamps stamps;
    private final PatientPlanService patientPlans;
    private final PlanService plans;
    private final SettingsService settings;
    private final AuditLog audit;

    VerificationService(
            VerificationRepository verifications,
            VerificationStamps stamps,
            PatientPlanService patientPlans,
            PlanService plans,
            SettingsService settings,
            AuditLog audit) {
        this.verifications = verifications;
        this.stamps = stamps;
        this.patientPlans = patientPlans;
        this.plans = plans;
        this.settings = settings;
        this.audit = audit;
    }

    /** A verification by id; 404 when unknown in this organisation. */
    @SingleStatementRead
    public Verification get(Tenant tenant, UUID id) {
        return verifications.find(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Verification"));
    }

    /**
     * Without an owner filter the list is empty, as the reference says: a list across every patient is not what
     * this endpoint is for, and an empty answer tells a client so without failing it.
     */
    Page<Verification> list(Tenant tenant, Filter filter, PageRequest page) {
        if (filter.patientPlanUuid() == null && filter.insurancePlanUuid() == null) {
            return new Page<>(List.of(), page.page(), page.pageSize(), 0);
        }
        return verifications.findAll(tenant.orgId(), filter, page);
    }

    /** A patient plan's history, newest first; 404 when the patient plan is unknown. */
    Page<Verification> history(Tenant tenant, UUID patientPlanId, Type type, PageRequest page) {
        patientPlans.get(tenant, patientPlanId);
        return verifications.findAll(tenant.orgId(), new Filter(patientPlanId, null, type), page);
    }

    /** Records one verification; 422 unless exactly one owner is named, 404 when it is unknown or archived. */
    @Transactional
    public Verification record(Tenant tenant, VerificationRequests.Entry body) {
        requireOneOwner(body, List.of("body"));
        return recordAll(tenant, List.of(body)).get(0);
    }

    /** Records every entry or none: all entries are checked before any is written. */
    @Transactional
    Recorded bulk(Tenant tenant, VerificationRequests.Bulk body) {
        var entries = body.verifications();
        for (int i = 0; i < entries.size(); i++) {
            requireOneOwner(entries.get(i), List.of("body", "verifications", i));
        }
        List<Verification> recorded = recordAll(tenant, entries);
        return new Recorded(recorded, recorded.size());
    }

    @Transactional
    Verification update(Tenant tenant, UUID id, VerificationRequests.Update body, Patch patch) {
        Verification current = get(tenant, id);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        var next = new Verification(
                id,
                current.patientPlanUuid(),
                current.insurancePlanUuid(),
                current.verificationType(),
                current.verificationSource(),
                patch.applyRequired("verification_status", body.verificationStatus(), current.verificationStatus()),
                current.verifiedAt(),
                current.verifiedByUserUuid(),
                patch.apply("assigned_to_user_uuid", body.assignedToUserUuid(), current.assignedToUserUuid()),
                patch.apply("call_duration_minutes", body.callDurationMinutes(), current.callDurationMinutes()),
                patch.apply("carrier_ref_number", body.carrierRefNumber(), current.carrierRefNumber()),
                patch.apply("carrier_rep_name", body.carrierRepName(), current.carrierRepName()),
                patch.apply("next_verification_due", body.nextVerificationDue(), current.nextVerificationDue()),
                patch.apply("notes", body.notes(), current.notes()),
                current.rawResponseJson(),
                current.version(),
                current.createdAt(),
                current.updatedAt(),
                current.deletedAt());
        if (!verifications.update(tenant.orgId(), next, body.baseVersion())) {
            throw ApiException.Conflict.staleVersion(get(tenant, id).version());
        }
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        if (current.verificationStatus() != Status.verified && next.verificationStatus() == Status.verified) {
            stamps.stampAll(tenant, List.of(next));
        }
        return get(tenant, id);
    }

    /** Sets one status on many verifications, all or nothing: an unknown id is a 404 naming the first one. */
    @Transactional
    Marked bulkMark(Tenant tenant, VerificationRequests.BulkMark body) {
        var ids = new LinkedHashSet<>(body.verificationUuids());
        var found = Set.copyOf(verifications.lock(tenant.orgId(), ids));
        for (UUID id : ids) {
            if (!found.contains(id)) {
                throw new ApiException.NotFound("Verification " + id);
            }
        }
        List<UUID> changed = verifications.mark(tenant.orgId(), ids, body.verificationStatus());
        audit.recordAll(tenant, ENTITY, changed, "update", Set.of("verification_status"));
        if (body.verificationStatus() == Status.verified && !changed.isEmpty()) {
            stamps.stampAll(tenant, verifications.findAll(tenant.orgId(), changed));
        }
        return new Marked(changed.size());
    }

    private List<Verification> recordAll(Tenant tenant, List<VerificationRequests.Entry> entries) {
        requireLiveOwners(tenant, entries);
        InsuranceSettings cadence = settings.get(tenant);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var recorded = new ArrayList<Verification>();
        for (var e : entries) {
            recorded.add(new Verification(
                    Ids.newId(),
                    e.patientPlanUuid(),
                    e.insurancePlanUuid(),
                    e.verificationType(),
                    e.verificationSource(),
                    e.verificationStatus(),
                    e.verifiedAt() != null ? e.verifiedAt().truncatedTo(ChronoUnit.MICROS) : now,
                    null,
                    e.assignedToUserUuid(),
                    e.callDurationMinutes(),
                    e.carrierRefNumber(),
                    e.carrierRepName(),
                    e.nextVerificationDue() != null
                            ? e.nextVerificationDue()
                            : nextDue(cadence, e, e.verifiedAt() != null ? e.verifiedAt() : now),
                    e.notes(),
                    e.rawResponseJson(),
                    1,
                    now,
                    now,
                    null));
        }
        verifications.insertAll(tenant.orgId(), recorded);
        audit.recordAll(
                tenant,
                ENTITY,
                recorded.stream().map(Verification::id).toList(),
                "create",
                Set.of("verification_type", "verification_status"));
        stamps.stampAll(
                tenant,
                recorded.stream()
                        .filter(v -> v.verificationStatus() == Status.verified)
                        .toList());
        var stored = new HashMap<UUID, Verification>();
        verifications
                .findAll(tenant.orgId(), recorded.stream().map(Verification::id).toList())
                .forEach(v -> stored.put(v.id(), v));
        return recorded.stream().map(v -> stored.get(v.id())).toList();
    }

    /**
     * When to verify again: a verified result lasts the settings' eligibility or benefits verify-days; any other
     * result is due again today.
     */
    static LocalDate nextDue(InsuranceSettings cadence, VerificationRequests.Entry e, Instant verifiedAt) {
        LocalDate day = LocalDate.ofInstant(verifiedAt, ZoneOffset.UTC);
        if (e.verificationStatus() != Status.verified) {
            return day;
        }
        int days = e.verificationType() == Type.eligibility
                ? cadence.eligibilityVerifyDays()
                : cadence.benefitsVerifyDays();
        return day.plusDays(days);
    }

    /** Every owner must be live in this organisation; the first unknown one is named in the 404. */
    private void requireLiveOwners(Tenant tenant, List<VerificationRequests.Entry> entries) {
        var patientPlanIds = new LinkedHashSet<UUID>();
        var planIds = new LinkedHashSet<UUID>();
        entries.forEach(e -> {
            if (e.patientPlanUuid() != null) {
                patientPlanIds.add(e.patientPlanUuid());
            } else {
                planIds.add(e.insurancePlanUuid());
            }
        });
        Map<UUID, PatientPlan> found = patientPlans.findAll(tenant, patientPlanIds);
        for (UUID id : patientPlanIds) {
            PatientPlan patientPlan = found.get(id);
            if (patientPlan == null || patientPlan.deletedAt() != null) {
                throw new ApiException.NotFound(entries.size() == 1 ? "Patient plan" : "Patient plan " + id);
            }
        }
        for (UUID id : planIds) {
            Plan plan = plans.get(tenant, id);
            if (plan.deletedAt() != null) {
                throw new ApiException.NotFound("Plan");
            }
        }
    }

    private static void requireOneOwner(VerificationRequests.Entry e, List<Object> at) {
        boolean patientPlan = e.patientPlanUuid() != null;
        boolean plan = e.insurancePlanUuid() != null;
        if (patientPlan == plan) {
            var loc = new ArrayList<>(at);
            loc.add(plan ? "insurance_plan_uuid" : "patient_plan_uuid");
            throw new ApiException.Invalid(List.of(FieldProblem.at(
                    loc,
                    plan
                            ? "give exactly one of patient_plan_uuid or insurance_plan_uuid, not both"
                            : "exactly one of patient_plan_uuid or insurance_plan_uuid is required",
                    "value_error")));
        }
    }
}
