package io.bitewing.subscription;

import io.bitewing.plan.Plan;
import io.bitewing.plan.PlanService;
import io.bitewing.practice.patient.Patient;
import io.bitewing.practice.patient.PatientRef;
import io.bitewing.practice.patient.PatientService;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.db.SingleStatementRead;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.bitewing.subscription.Subscription.PlanBrief;
import io.bitewing.subscription.Subscription.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Insurance subscriptions: a subscriber (a patient) holding a plan; patients are covered through them. */
@Service
@Transactional(readOnly = true)
public class SubscriptionService {

    /** The list filters the reference offers. */
    public record Filter(
            UUID insurancePlanUuid, UUID subscriberUuid, Subscription.StatusFilter status, String search) {}

    public record Created(Subscription subscription, Subscription duplicateWarning) {}

    record Terminated(Subscription subscription, int patientPlansAffected) {}

    record BulkTerminated(int terminated, int patientPlansDeactivated) {}

    private static final String ENTITY = "subscription";

    private final SubscriptionRepository subscriptions;
    private final PlanStatsRepository stats;
    private final PlanService plans;
    private final PatientService patients;
    private final List<SubscriptionDependents> dependents;
    private final AuditLog audit;

    SubscriptionService(
            SubscriptionRepository subscriptions,
            PlanStatsRepository stats,
            PlanService plans,
            PatientService patients,
            List<SubscriptionDependents> dependents,
            AuditLog audit) {
        this.subscriptions = subscriptions;
        this.stats = stats;
        this.plans = plans;
        this.patients = patients;
        this.dependents = dependents;
        this.audit = audit;
    }

    /** A subscription by id, archived ones included; 404 when unknown in this organisation. */
    @SingleStatementRead
    public Subscription get(Tenant tenant, UUID id) {
        return subscriptions.find(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Subscription"));
    }

    /**
     * The subscription, held until the caller's transaction ends so it cannot be terminated or archived meanwhile;
     * for writes that attach something to it (a patient plan).
     */
    @Transactional
    public Subscription getForAttaching(Tenant tenant, UUID id) {
        return subscriptions
                .findForKeyShare(tenant.orgId(), id)
                .orElseThrow(() -> new ApiException.NotFound("Subscription"));
    }

    /**
     * The oldest active subscription (live, neither terminated nor inactive) through which the subscriber holds the
     * plan under this subscriber id number (compared without surrounding blanks); empty if none.
     */
    public Optional<Subscription> findInForce(
            Tenant tenant, UUID subscriberId, UUID planId, String subscriberIdNumber) {
        return subscriptions.findInForce(tenant.orgId(), subscriberId, planId, subscriberIdNumber.strip());
    }

    public Page<Subscription> list(Tenant tenant, Filter filter, PageRequest page) {
        return subscriptions.findAll(tenant.orgId(), filter, page);
    }

    /**
     * Creates a subscription to a live plan for a live patient (404 otherwise). When the subscriber already holds
     * the plan through another active subscription, that one is answered as the duplicate warning: a second
     * subscription is allowed (a new subscriber id, say) but is usually a mistake.
     */
    @Transactional
    public Created create(Tenant tenant, SubscriptionRequests.Create body) {
        Plan plan = livePlan(tenant, body.insurancePlanUuid());
        PatientRef subscriber = livePatient(tenant, body.subscriberUuid());
        requireTermAfterEffective(body.dateEffective(), body.dateTerm(), "date_term");
        UUID id = Ids.newId();
        var subscription = new Subscription(
                id,
                subscriber,
                body.subscriberIdNumber().strip(),
                new PlanBrief(plan.id(), plan.groupName(), plan.groupNumber(), plan.planType()),
                plan.carrier(),
                body.status() == null ? Status.active : body.status(),
                body.dateEffective(),
                body.dateTerm(),
                body.benefitNotes(),
                body.subscriberNote(),
                null,
                null,
                1,
                null,
                null,
                null,
                null);
        subscriptions.insert(tenant.orgId(), subscription);
        audit.record(
                tenant, ENTITY, id, "create", Set.of("insurance_plan_uuid", "subscriber_uuid", "subscriber_id_number"));
        Subscription duplicate = subscriptions
                .findHeld(tenant.orgId(), subscriber.id(), plan.id(), id)
                .orElse(null);
        return new Created(get(tenant, id), duplicate);
    }

    @Transactional
    public Subscription update(Tenant tenant, UUID id, SubscriptionRequests.Update body, Patch patch) {
        Subscription current = get(tenant, id);
        if (body.status() == Subscription.Status.terminated && current.status() != Subscription.Status.terminated) {
            throw ApiException.Invalid.body(
                    "status", "use POST /subscriptions/{id}/terminate to terminate: it also ends the patient plans");
        }
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        var next = new Subscription(
                id,
                current.subscriber(),
                patch.applyRequired(
                        "subscriber_id_number", strip(body.subscriberIdNumber()), current.subscriberIdNumber()),
                current.insurancePlan(),
                current.carrier(),
                patch.applyRequired("status", body.status(), current.status()),
                patch.apply("date_effective", body.dateEffective(), current.dateEffective()),
                patch.apply("date_term", body.dateTerm(), current.dateTerm()),
                patch.apply("benefit_notes", body.benefitNotes(), current.benefitNotes()),
                patch.apply("subscriber_note", body.subscriberNote(), current.subscriberNote()),
                patch.apply("last_verified_at", body.lastVerifiedAt(), current.lastVerifiedAt()),
                patch.apply("last_verified_source", body.lastVerifiedSource(), current.lastVerifiedSource()),
                current.version(),
                current.createdAt(),
                current.updatedAt(),
                current.deletedAt(),
                null);
        requireTermAfterEffective(
                next.dateEffective(), next.dateTerm(), patch.has("date_term") ? "date_term" : "date_effective");
        if (!subscriptions.update(tenant.orgId(), next, body.baseVersion())) {
            throw ApiException.Conflict.staleVersion(get(tenant, id).version());
        }
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return get(tenant, id);
    }

    /** Soft-deletes the subscription; archiving an archived one changes nothing. Its patient plans stay as they are. */
    @Transactional
    public Subscription archive(Tenant tenant, UUID id) {
        get(tenant, id);
        if (subscriptions.archive(tenant.orgId(), id)) {
            audit.record(tenant, ENTITY, id, "archive", Set.of("deleted_at"));
        }
        return get(tenant, id);
    }

    /** Terminates on the given date and deactivates the patient plans still in force under it. */
    @Transactional
    Terminated terminate(Tenant tenant, UUID id, SubscriptionRequests.Terminate body) {
        var locked = subscriptions.findForUpdate(tenant.orgId(), List.of(id));
        if (locked.isEmpty()) {
            throw new ApiException.NotFound("Subscription");
        }
        Subscription current = locked.get(0);
        // Terminating what has already ended is idempotent with its own date (a retried call succeeds, changing
        // nothing) and a 409 with another: ended coverage is not re-dated. A termination still to come may move.
        if (current.status() == Status.terminated) {
            if (body.terminationDate().equals(current.dateTerm())) {
                return new Terminated(get(tenant, id), 0);
            }
            throw new ApiException.Conflict("The subscription is already terminated on " + current.dateTerm()
                    + "; a terminated subscription keeps its date");
        }
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        requireTermAfterEffective(current.dateEffective(), body.terminationDate(), "termination_date");
        requireNoRevival(current, body.terminationDate(), "termination_date");
        int affected = terminateAll(tenant, List.of(id), body.terminationDate());
        return new Terminated(get(tenant, id), affected);
    }

    /**
     * Terminates every listed subscription on one date, all or nothing: an unknown id is a 404 naming the first
     * one, and nothing changes.
     */
    @Transactional
    BulkTerminated bulkTerminate(Tenant tenant, SubscriptionRequests.BulkTerminate body) {
        var ids = new LinkedHashSet<>(body.subscriptionIds());
        var found = subscriptions.findForUpdate(tenant.orgId(), ids);
        var foundIds = found.stream().map(Subscription::id).collect(Collectors.toSet());
        for (UUID id : ids) {
            if (!foundIds.contains(id)) {
                throw new ApiException.NotFound("Subscription " + id);
            }
        }
        for (Subscription s : found) {
            if (s.dateEffective() != null && body.termDate().isBefore(s.dateEffective())) {
                throw ApiException.Invalid.body(
                        "term_date",
                        "must not be before date_effective " + s.dateEffective() + " of subscription " + s.id());
            }
            requireNoRevival(s, body.termDate(), "term_date");
        }
        int deactivated = terminateAll(tenant, ids, body.termDate());
        return new BulkTerminated(ids.size(), deactivated);
    }

    /**
     * Stamps a verification of this subscription (an eligibility check of one of its patient plans); the stamp
     * only moves forward in time.
     */
    @Transactional
    public void stampVerified(Tenant tenant, List<VerifiedStamp> stamps) {
        if (stamps.isEmpty()) {
            return;
        }
        List<UUID> moved = subscriptions.stampVerified(
                tenant.orgId(),
                stamps.stream().map(VerifiedStamp::subscriptionId).toList(),
                stamps.stream().map(VerifiedStamp::at).toList(),
                stamps.stream().map(VerifiedStamp::source).toList());
        audit.recordAll(tenant, ENTITY, moved, "verify", Set.of("last_verified_at", "last_verified_source"));
    }

    /** One eligibility check to stamp on a subscription. */
    public record VerifiedStamp(UUID subscriptionId, Instant at, String source) {}

    /** Active subscribers and patient plans of one plan; 404 when the plan is unknown in this organisation. */
    public PlanSubscriberCount subscriberCount(Tenant tenant, UUID planId) {
        plans.get(tenant, planId);
        return stats.count(tenant.orgId(), planId);
    }

    List<PlanStats> planStats(Tenant tenant) {
        return stats.all(tenant.orgId());
    }

    /**
     * A date already past ends coverage now: the status becomes terminated and the patient plans inactive. A date
     * still to come (the term date is the last day covered) leaves both in force until it passes; the answer then
     * counts the patient plans it will end.
     */
    private int terminateAll(Tenant tenant, Collection<UUID> ids, LocalDate termDate) {
        boolean lapsed = termDate.isBefore(LocalDate.now(ZoneOffset.UTC));
        subscriptions.terminate(tenant.orgId(), ids, termDate, lapsed);
        if (!lapsed) {
            audit.recordAll(tenant, ENTITY, ids, "terminate", Set.of("date_term"));
            return dependents.stream()
                    .mapToInt(d -> d.countInForce(tenant, ids))
                    .sum();
        }
        audit.recordAll(tenant, ENTITY, ids, "terminate", Set.of("status", "date_term"));
        return dependents.stream().mapToInt(d -> d.deactivateFor(tenant, ids)).sum();
    }

    /**
     * A subscription already terminated cannot be given a termination date still to come: its patient plans have
     * ended, and a later date would claim coverage that was not restored.
     */
    private static void requireNoRevival(Subscription s, LocalDate termDate, String field) {
        if (s.status() == Status.terminated && !termDate.isBefore(LocalDate.now(ZoneOffset.UTC))) {
            throw ApiException.Invalid.body(
                    field,
                    "subscription " + s.id() + " is already terminated (on " + s.dateTerm()
                            + "); a date still to come would not restore its patient plans");
        }
    }

    private Plan livePlan(Tenant tenant, UUID planId) {
        Plan plan = plans.get(tenant, planId);
        if (plan.deletedAt() != null) {
            throw new ApiException.NotFound("Plan");
        }
        return plan;
    }

    private PatientRef livePatient(Tenant tenant, UUID patientId) {
        Patient patient = patients.get(tenant, patientId);
        if (patient.deletedAt() != null) {
            throw new ApiException.NotFound("Patient");
        }
        return PatientRef.of(patient);
    }

    private static void requireTermAfterEffective(LocalDate effective, LocalDate term, String field) {
        if (effective != null && term != null && term.isBefore(effective)) {
            throw ApiException.Invalid.body(field, "must not be before date_effective");
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
