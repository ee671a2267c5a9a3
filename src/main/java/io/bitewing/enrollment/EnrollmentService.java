package io.bitewing.enrollment;

import static io.bitewing.enrollment.NestedProblems.under;

import io.bitewing.benefit.BenefitService;
import io.bitewing.benefit.BenefitSetService;
import io.bitewing.carrier.Carrier;
import io.bitewing.carrier.CarrierService;
import io.bitewing.enrollment.Enrollment.Notice;
import io.bitewing.patientplan.PatientPlan;
import io.bitewing.patientplan.PatientPlanRequests;
import io.bitewing.patientplan.PatientPlanService;
import io.bitewing.plan.Plan;
import io.bitewing.plan.PlanService;
import io.bitewing.practice.patient.Patient;
import io.bitewing.practice.patient.PatientService;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.subscription.Subscription;
import io.bitewing.subscription.SubscriptionRequests;
import io.bitewing.subscription.SubscriptionService;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-call enrollment: a patient covered by a plan, creating or reusing the subscriber, carrier, plan, benefits and
 * subscription on the way. Every write goes through the owning module's service, so each part obeys its own rules
 * and audit; all of it is one transaction, so any failure leaves nothing behind.
 */
@Service
@Transactional(readOnly = true)
class EnrollmentService {

    private static final List<Object> BODY = List.of("body");
    private static final List<Object> SUBSCRIBER = List.of("body", "subscriber");
    private static final List<Object> PLAN = List.of("body", "plan");
    private static final List<Object> CARRIER = List.of("body", "plan", "carrier");

    /** The plan the request resolves to before anything is written: an existing plan, or a carrier for a new one. */
    private record PlanChoice(Plan existing, UUID carrierId, boolean carrierReused, boolean planReused) {}

    /** The subscription covering the patient, and whether it existed already. */
    private record Held(Subscription subscription, boolean reused) {}

    private final PatientService patients;
    private final CarrierService carriers;
    private final PlanService plans;
    private final BenefitService benefits;
    private final BenefitSetService benefitSets;
    private final SubscriptionService subscriptions;
    private final PatientPlanService patientPlans;

    EnrollmentService(
            PatientService patients,
            CarrierService carriers,
            PlanService plans,
            BenefitService benefits,
            BenefitSetService benefitSets,
            SubscriptionService subscriptions,
            PatientPlanService patientPlans) {
        this.patients = patients;
        this.carriers = carriers;
        this.plans = plans;
        this.benefits = benefits;
        this.benefitSets = benefitSets;
        this.subscriptions = subscriptions;
        this.patientPlans = patientPlans;
    }

    /**
     * Covers the patient, all or nothing. Everything that can be checked without writing is checked first (the
     * exactly-one rules, the patient, subscriber, plan and carrier ids, every benefit row); then the subscriber,
     * carrier, plan with its benefits, subscription and patient plan are created or reused in that order. A 422 of
     * another module is located where the field sits in this body.
     */
    @Transactional
    Enrollment enroll(Tenant tenant, EnrollmentRequests.Create body) {
        NamedOrInline.require(body);
        Patient patient = live(tenant, body.patientUuid(), "Patient");
        UUID subscriberId = body.subscriberUuid() != null
                ? live(tenant, body.subscriberUuid(), "Subscriber").id()
                : body.subscriber() == null ? patient.id() : null;
        PlanChoice choice = choosePlan(tenant, body);
        var notices = new ArrayList<Notice>();
        noteReuse(body, choice, notices);

        boolean subscriberCreated = subscriberId == null;
        if (subscriberCreated) {
            subscriberId = under(SUBSCRIBER, () -> patients.create(tenant, body.subscriber()))
                    .id();
        }
        Plan plan = choice.existing() != null ? choice.existing() : createPlan(tenant, body.plan(), choice.carrierId());
        Held held = holdPlan(tenant, body, subscriberId, plan, notices);
        PatientPlan replaced = Boolean.TRUE.equals(body.replaceExisting())
                ? patientPlans
                        .endAtOrdinal(tenant, patient.id(), body.ordinal())
                        .orElse(null)
                : null;
        PatientPlan patientPlan = under(
                BODY,
                () -> patientPlans.create(
                        tenant,
                        patient.id(),
                        new PatientPlanRequests.Create(
                                held.subscription().id(),
                                body.relationshipToSubscriber(),
                                body.ordinal(),
                                null,
                                null,
                                null,
                                null,
                                null)));

        var created = new Enrollment.Created(
                subscriberCreated,
                choice.existing() == null && choice.carrierId() == null,
                choice.existing() == null,
                !held.reused(),
                true);
        var reused = new Enrollment.Reused(choice.carrierReused(), choice.planReused(), held.reused());
        return new Enrollment(
                plan,
                held.subscription(),
                patientPlan,
                replaced,
                benefits.listAll(tenant, plan.id()),
                created,
                reused,
                notices);
    }

    /** Reads only: 404 for unknown ids, a reusable carrier and plan looked up, a new plan's benefits checked (422). */
    private PlanChoice choosePlan(Tenant tenant, EnrollmentRequests.Create body) {
        if (body.insurancePlanUuid() != null) {
            Plan plan = plans.get(tenant, body.insurancePlanUuid());
            if (plan.deletedAt() != null) {
                throw new ApiException.NotFound("Plan");
            }
            return new PlanChoice(plan, plan.carrier().id(), false, false);
        }
        EnrollmentRequests.NewPlan inline = body.plan();
        UUID carrierId = inline.carrierUuid() != null
                ? liveCarrier(tenant, inline.carrierUuid())
                : carriers.findLiveByName(tenant, inline.carrier().carrierName())
                        .map(Carrier::id)
                        .orElse(null);
        String groupNumber = inline.groupNumber() == null ? "" : inline.groupNumber();
        Plan match = carrierId == null || groupNumber.isBlank()
                ? null
                : plans.findLiveByGroupNumber(tenant, carrierId, groupNumber).orElse(null);
        if (match == null) {
            under(PLAN, () -> benefitSets.check(tenant, inline.benefitYearStartMonth(), inline.benefits()));
        }
        return new PlanChoice(match, carrierId, inline.carrierUuid() == null && carrierId != null, match != null);
    }

    private Plan createPlan(Tenant tenant, EnrollmentRequests.NewPlan inline, UUID carrierId) {
        UUID carrier = carrierId != null
                ? carrierId
                : under(CARRIER, () -> carriers.create(tenant, inline.carrier()))
                        .id();
        Plan plan = under(PLAN, () -> plans.create(tenant, inline.toCreate(carrier)));
        if (!inline.benefits().isEmpty()) {
            under(PLAN, () -> benefitSets.createAll(tenant, plan.id(), inline.benefits()));
        }
        return plan;
    }

    /**
     * The subscriber's active subscription to the plan under the subscriber id number, or a new one from
     * {@code date_effective}; a notice says when the request's date or id number did not shape the answer.
     */
    private Held holdPlan(
            Tenant tenant, EnrollmentRequests.Create body, UUID subscriberId, Plan plan, List<Notice> notices) {
        var existing = subscriptions.findInForce(tenant, subscriberId, plan.id(), body.subscriberIdNumber());
        if (existing.isPresent()) {
            Subscription held = existing.get();
            if (body.dateEffective() != null && !body.dateEffective().equals(held.dateEffective())) {
                notices.add(new Notice(
                        List.of("body", "date_effective"),
                        "not applied: the subscription " + held.id() + " already existed and keeps its date_effective "
                                + held.dateEffective()));
            }
            return new Held(held, true);
        }
        var created = under(
                BODY,
                () -> subscriptions.create(
                        tenant,
                        new SubscriptionRequests.Create(
                                plan.id(),
                                subscriberId,
                                body.subscriberIdNumber(),
                                null,
                                body.dateEffective(),
                                null,
                                null,
                                null)));
        if (created.duplicateWarning() != null) {
            notices.add(new Notice(
                    List.of("body", "subscriber_id_number"),
                    "the subscriber already holds this plan "
                            + "through subscription "
                            + created.duplicateWarning().id() + " under another subscriber id number; "
                            + "a second subscription was created"));
        }
        return new Held(created.subscription(), false);
    }

    private static void noteReuse(EnrollmentRequests.Create body, PlanChoice choice, List<Notice> notices) {
        if (choice.carrierReused()) {
            notices.add(new Notice(
                    CARRIER,
                    "reused the live carrier " + choice.carrierId()
                            + " of the same name as it is; other carrier fields given here were not applied"));
        }
        if (choice.planReused()) {
            notices.add(new Notice(
                    PLAN,
                    "reused the live plan " + choice.existing().id() + " with this carrier and "
                            + "group_number as it is; other plan fields given here were not applied"));
            if (!body.plan().benefits().isEmpty()) {
                notices.add(new Notice(
                        List.of("body", "plan", "benefits"),
                        "ignored: the reused plan keeps its own " + "benefits, unchanged"));
            }
        }
    }

    /** A live patient; 404 naming the role ("Patient", "Subscriber"), so the client knows which id to fix. */
    private Patient live(Tenant tenant, UUID id, String role) {
        return patients.find(tenant, id)
                .filter(p -> p.deletedAt() == null)
                .orElseThrow(() -> new ApiException.NotFound(role));
    }

    private UUID liveCarrier(Tenant tenant, UUID id) {
        Carrier carrier = carriers.get(tenant, id);
        if (carrier.deletedAt() != null) {
            throw new ApiException.NotFound("Carrier");
        }
        return carrier.id();
    }
}
