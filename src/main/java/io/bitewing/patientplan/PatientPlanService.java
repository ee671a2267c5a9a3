package io.bitewing.patientplan;

import io.bitewing.feeschedule.FeeSchedule;
import io.bitewing.feeschedule.FeeScheduleService;
import io.bitewing.patientplan.PatientPlan.Relationship;
import io.bitewing.patientplan.PatientPlan.Status;
import io.bitewing.patientplan.PatientPlan.SubscriptionBrief;
import io.bitewing.patientplan.PatientPlanRepository.Stamp;
import io.bitewing.practice.patient.Patient;
import io.bitewing.practice.patient.PatientRef;
import io.bitewing.practice.patient.PatientService;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.shared.web.Patch;
import io.bitewing.shared.web.Ref;
import io.bitewing.subscription.Subscription;
import io.bitewing.subscription.SubscriptionService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's insurance: patient plans linking a patient to a subscription in priority order. A plan is in force
 * while live and not inactive; a patient has at most three in force, each holding a distinct ordinal (1 = primary).
 */
@Service
@Transactional(readOnly = true)
public class PatientPlanService {

    /** The list envelope the reference gives this list: no paging, a patient has a handful of plans. */
    public record PatientPlans(List<PatientPlan> items, long total) {
        static PatientPlans of(List<PatientPlan> items) {
            return new PatientPlans(items, items.size());
        }
    }

    private static final String ENTITY = "patient_plan";

    private final PatientPlanRepository patientPlans;
    private final BenefitSummaryRepository summaries;
    private final SubscriptionService subscriptions;
    private final PatientService patients;
    private final FeeScheduleService feeSchedules;
    private final AuditLog audit;
    private final EligibilityReports reports;

    PatientPlanService(
            PatientPlanRepository patientPlans,
            BenefitSummaryRepository summaries,
            SubscriptionService subscriptions,
            PatientService patients,
            FeeScheduleService feeSchedules,
            AuditLog audit,
            EligibilityReports reports) {
        this.reports = reports;
        this.patientPlans = patientPlans;
        this.summaries = summaries;
        this.subscriptions = subscriptions;
        this.patients = patients;
        this.feeSchedules = feeSchedules;
        this.audit = audit;
    }

    /** A patient plan by id, archived ones included, with its plan and patient; 404 when unknown here. */
    public PatientPlan get(Tenant tenant, UUID id) {
        return withSummaries(tenant, List.of(find(tenant, id))).get(0);
    }

    /**
     * Many patient plans in one query, archived ones included and without benefit summaries (for bulk checks);
     * ids unknown in this organisation are absent from the map.
     */
    public Map<UUID, PatientPlan> findAll(Tenant tenant, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var found = new LinkedHashMap<UUID, PatientPlan>();
        patientPlans.findAll(tenant.orgId(), ids).forEach(p -> found.put(p.id(), p));
        return found;
    }

    /** The patient's plans in force, primary first (the lowest ordinal acts first); 404 for an unknown patient. */
    public List<PatientPlan> activeForPatient(Tenant tenant, UUID patientId) {
        patients.get(tenant, patientId);
        return withSummaries(tenant, patientPlans.findInForce(tenant.orgId(), patientId));
    }

    /**
     * The patient's plans in force, primary first, in one query: without benefit summaries and without checking the
     * patient (for callers that already hold it, such as the estimator, which sums usage itself).
     */
    public List<PatientPlan> inForceForPatient(Tenant tenant, UUID patientId) {
        return patientPlans.findInForce(tenant.orgId(), patientId);
    }

    public PatientPlans list(Tenant tenant, UUID patientId, boolean includeDeleted) {
        patients.get(tenant, patientId);
        return PatientPlans.of(
                withSummaries(tenant, patientPlans.findForPatient(tenant.orgId(), patientId, includeDeleted)));
    }

    PatientPlan get(Tenant tenant, UUID patientId, UUID id) {
        return withSummaries(tenant, List.of(ofPatient(tenant, patientId, id))).get(0);
    }

    /**
     * Covers a live patient through a subscription in force. 422 when the patient already has three plans in force
     * or the requested ordinal is taken; without an ordinal the lowest free one is used. 409 when the patient is
     * already covered by that subscription.
     */
    @Transactional
    public PatientPlan create(Tenant tenant, UUID patientId, PatientPlanRequests.Create body) {
        PatientRef patient = livePatient(tenant, patientId);
        Subscription subscription = subscriptions.getForAttaching(tenant, body.insuranceSubscriptionUuid());
        if (subscription.deletedAt() != null) {
            throw new ApiException.NotFound("Subscription");
        }
        if (!subscription.inForce()) {
            throw ApiException.Invalid.body(
                    "insurance_subscription_uuid",
                    "subscription is " + subscription.status() + "; only an active subscription can cover a patient");
        }
        Ref feeSchedule = body.feeScheduleUuid() == null ? null : liveFeeSchedule(tenant, body.feeScheduleUuid());
        requireConsistentRelationship(patient.id(), subscription.subscriber().id(), body.relationshipToSubscriber());
        lockPatientSettled(tenant, patientId);
        List<PatientPlan> inForce = patientPlans.findInForce(tenant.orgId(), patientId);
        if (inForce.size() >= PatientPlanRequests.MAX_IN_FORCE) {
            throw new ApiException.Invalid(List.of(FieldProblem.at(
                    List.of("path", "patient_uuid"),
                    "the patient already has " + PatientPlanRequests.MAX_IN_FORCE + " active insurance plans",
                    "value_error")));
        }
        if (inForce.stream().anyMatch(p -> p.subscriptionId().equals(subscription.id()))) {
            throw new ApiException.Conflict("The patient is already covered by this subscription");
        }
        int ordinal = body.ordinal() != null ? requireFreeOrdinal(inForce, body.ordinal(), null) : lowestFree(inForce);
        boolean pending = Boolean.TRUE.equals(body.isPending());
        UUID id = Ids.newId();
        var plan = new PatientPlan(
                id,
                patient,
                brief(subscription),
                ordinal,
                body.relationshipToSubscriber(),
                body.coverageType() == null ? PatientPlan.CoverageType.dental : body.coverageType(),
                pending ? Status.pending_verification : Status.active,
                pending,
                body.cobOrderOverride(),
                body.patIdOverride(),
                feeSchedule,
                null,
                null,
                BenefitsSummary.UNKNOWN,
                1,
                null,
                null,
                null,
                null);
        patientPlans.insert(tenant.orgId(), plan);
        audit.record(
                tenant,
                ENTITY,
                id,
                "create",
                Set.of("insurance_subscription_uuid", "relationship_to_subscriber", "ordinal"));
        return get(tenant, id);
    }

    @Transactional
    public PatientPlan update(Tenant tenant, UUID patientId, UUID id, PatientPlanRequests.Update body, Patch patch) {
        PatientPlan current = ofPatient(tenant, patientId, id);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        Ref feeSchedule = feeScheduleAfter(tenant, current.feeSchedule(), body.feeScheduleUuid(), patch);
        Relationship relationship = patch.applyRequired(
                "relationship_to_subscriber", body.relationshipToSubscriber(), current.relationshipToSubscriber());
        requireConsistentRelationship(
                patientId, current.subscription().subscriber().id(), relationship);
        boolean pending = patch.applyRequired("is_pending", body.isPending(), current.isPending());
        Status status = current.status() == Status.inactive
                ? Status.inactive
                : pending ? Status.pending_verification : Status.active;
        int ordinal = patch.applyRequired("ordinal", body.ordinal(), current.ordinal());
        if (ordinal != current.ordinal() && current.inForce()) {
            lockPatientSettled(tenant, patientId);
            requireFreeOrdinal(patientPlans.findInForce(tenant.orgId(), patientId), ordinal, id);
        }
        var next = new PatientPlan(
                id,
                current.patient(),
                current.subscription(),
                ordinal,
                relationship,
                patch.applyRequired("coverage_type", body.coverageType(), current.coverageType()),
                status,
                pending,
                patch.apply("cob_order_override", body.cobOrderOverride(), current.cobOrderOverride()),
                patch.apply("pat_id_override", body.patIdOverride(), current.patIdOverride()),
                feeSchedule,
                patch.apply(
                        "eligibility_last_verified_at",
                        body.eligibilityLastVerifiedAt(),
                        current.eligibilityLastVerifiedAt()),
                patch.apply(
                        "benefits_last_verified_at", body.benefitsLastVerifiedAt(), current.benefitsLastVerifiedAt()),
                current.benefitsSummary(),
                current.version(),
                current.createdAt(),
                current.updatedAt(),
                current.deletedAt(),
                null);
        if (!patientPlans.update(tenant.orgId(), next, body.baseVersion())) {
            throw ApiException.Conflict.staleVersion(find(tenant, id).version());
        }
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return get(tenant, id);
    }

    /**
     * Ends (sets inactive) the patient's plan in force at the ordinal, so a new plan can take it in the same
     * transaction; empty when the ordinal is free.
     */
    @Transactional
    public Optional<PatientPlan> endAtOrdinal(Tenant tenant, UUID patientId, int ordinal) {
        lockPatientSettled(tenant, patientId);
        Optional<PatientPlan> held = patientPlans.findInForce(tenant.orgId(), patientId).stream()
                .filter(p -> p.ordinal() == ordinal)
                .findFirst();
        held.ifPresent(p -> {
            patientPlans.deactivate(tenant.orgId(), p.id());
            audit.record(tenant, ENTITY, p.id(), "deactivate", Set.of("status"));
        });
        return held.map(p -> get(tenant, p.id()));
    }

    /** Soft-deletes the patient plan, freeing its ordinal; the other plans keep theirs (reorder renumbers). */
    @Transactional
    public PatientPlan archive(Tenant tenant, UUID patientId, UUID id) {
        ofPatient(tenant, patientId, id);
        if (patientPlans.archive(tenant.orgId(), id)) {
            audit.record(tenant, ENTITY, id, "archive", Set.of("deleted_at"));
        }
        return get(tenant, id);
    }

    /**
     * Renumbers the patient's plans in force, all or nothing: the items must name each of them once with the
     * ordinals 1..n. Answers the plans in force, primary first.
     */
    @Transactional
    public PatientPlans reorder(Tenant tenant, UUID patientId, PatientPlanRequests.Reorder body) {
        patients.get(tenant, patientId);
        lockPatientSettled(tenant, patientId);
        Map<UUID, Integer> ordinals =
                ReorderRules.check(body.items(), patientPlans.findForPatient(tenant.orgId(), patientId, true));
        List<UUID> changed = patientPlans.reorder(tenant.orgId(), ordinals);
        audit.recordAll(tenant, ENTITY, changed, "reorder", Set.of("ordinal"));
        return PatientPlans.of(withSummaries(tenant, patientPlans.findInForce(tenant.orgId(), patientId)));
    }

    /** Records that the patient's eligibility under this plan was verified at {@code at}; stamps only move forward. */
    @Transactional
    public void stampEligibilityVerified(Tenant tenant, Map<UUID, Instant> times) {
        stamp(tenant, Stamp.ELIGIBILITY, times);
    }

    /** Records that this plan's benefits were verified at {@code at} for the patient; stamps only move forward. */
    @Transactional
    public void stampBenefitsVerified(Tenant tenant, Map<UUID, Instant> times) {
        stamp(tenant, Stamp.BENEFITS, times);
    }

    /** A plan-level benefits verification: stamps every patient plan in force under the insurance plan. */
    @Transactional
    public void stampBenefitsVerifiedForPlan(Tenant tenant, UUID insurancePlanId, Instant at) {
        audit.recordAll(
                tenant,
                ENTITY,
                patientPlans.stampBenefitsForPlan(tenant.orgId(), insurancePlanId, at),
                "verify",
                Set.of(Stamp.BENEFITS.column));
    }

    private void stamp(Tenant tenant, Stamp stamp, Map<UUID, Instant> times) {
        if (!times.isEmpty()) {
            audit.recordAll(
                    tenant,
                    ENTITY,
                    patientPlans.stampAll(tenant.orgId(), stamp, times),
                    "verify",
                    Set.of(stamp.column));
        }
    }

    private PatientPlan find(Tenant tenant, UUID id) {
        return patientPlans.find(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Patient plan"));
    }

    /** 404 for an unknown patient, then for a plan that is not this patient's. */
    private PatientPlan ofPatient(Tenant tenant, UUID patientId, UUID id) {
        patients.get(tenant, patientId);
        PatientPlan plan = find(tenant, id);
        if (!plan.patientId().equals(patientId)) {
            throw new ApiException.NotFound("Patient plan");
        }
        return plan;
    }

    private List<PatientPlan> withSummaries(Tenant tenant, List<PatientPlan> plans) {
        if (plans.isEmpty()) {
            return plans;
        }
        Map<UUID, BenefitsSummary.Totals> byPlan = summaries.forPlans(
                tenant.orgId(),
                plans.stream().map(PatientPlan::planId).distinct().toList());
        Map<UUID, BenefitsSummary.Usage> usage = summaries.usageFor(
                tenant.orgId(), plans.stream().map(PatientPlan::id).toList(), LocalDate.now(ZoneOffset.UTC));
        Map<UUID, BenefitsSummary.Reported> reported = reports.forPatientPlans(
                tenant, plans.stream().map(PatientPlan::id).toList());
        return plans.stream()
                .map(p -> p.withBenefitsSummary(BenefitsSummary.of(
                                byPlan.getOrDefault(p.planId(), BenefitsSummary.Totals.NONE), usage.get(p.id()))
                        .withReported(reported.get(p.id()))))
                .toList();
    }

    private PatientRef livePatient(Tenant tenant, UUID patientId) {
        Patient patient = patients.get(tenant, patientId);
        if (patient.deletedAt() != null) {
            throw new ApiException.NotFound("Patient");
        }
        return PatientRef.of(patient);
    }

    private static SubscriptionBrief brief(Subscription s) {
        return new SubscriptionBrief(
                s.id(),
                s.subscriber(),
                s.subscriberIdNumber(),
                s.insurancePlan(),
                s.carrier(),
                s.status(),
                s.dateEffective(),
                s.dateTerm());
    }

    private static int lowestFree(List<PatientPlan> inForce) {
        var taken = new HashSet<Integer>();
        inForce.forEach(p -> taken.add(p.ordinal()));
        int ordinal = 1;
        while (taken.contains(ordinal)) {
            ordinal++;
        }
        return ordinal;
    }

    /**
     * Locks the patient's plans, first storing inactive those whose subscription's term date has passed (their
     * status already reads inactive), so the ordinals they held are free again without a scheduled job.
     */
    private void lockPatientSettled(Tenant tenant, UUID patientId) {
        patientPlans.lockPatient(tenant.orgId(), patientId);
        List<UUID> lapsed = patientPlans.settleLapsed(tenant.orgId(), patientId);
        audit.recordAll(tenant, ENTITY, lapsed, "deactivate", Set.of("status"));
    }

    private static int requireFreeOrdinal(List<PatientPlan> inForce, int ordinal, UUID exceptId) {
        for (PatientPlan p : inForce) {
            if (p.ordinal() == ordinal && !p.id().equals(exceptId)) {
                throw ApiException.Invalid.body(
                        "ordinal",
                        "ordinal " + ordinal + " is held by another active plan of the patient; reorder to change it");
            }
        }
        return ordinal;
    }

    /** "self" exactly when the patient is the subscriber. */
    private static void requireConsistentRelationship(UUID patientId, UUID subscriberId, Relationship relationship) {
        boolean isSubscriber = patientId.equals(subscriberId);
        if (isSubscriber != (relationship == Relationship.self)) {
            throw ApiException.Invalid.body(
                    "relationship_to_subscriber",
                    isSubscriber
                            ? "must be self: the patient is the subscriber"
                            : "must not be self: the patient is not the subscriber");
        }
    }

    /**
     * The override after a change: null clears it, the current one may stay even if archived since, and a new one
     * must be a live fee schedule of this organisation.
     */
    private Ref feeScheduleAfter(Tenant tenant, Ref current, UUID requested, Patch patch) {
        UUID currentId = current == null ? null : current.id();
        UUID next = patch.apply("fee_schedule_uuid", requested, currentId);
        if (next == null) {
            return null;
        }
        return next.equals(currentId) ? current : liveFeeSchedule(tenant, next);
    }

    /** 404 for a fee schedule unknown in this organisation or archived. */
    private Ref liveFeeSchedule(Tenant tenant, UUID feeScheduleId) {
        FeeSchedule schedule = feeSchedules
                .find(tenant, feeScheduleId)
                .filter(s -> s.deletedAt() == null)
                .orElseThrow(() -> new ApiException.NotFound("Fee schedule"));
        return new Ref(schedule.id(), schedule.name());
    }
}
