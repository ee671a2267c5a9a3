package io.bitewing.payor;

import io.bitewing.carrier.Carrier;
import io.bitewing.carrier.CarrierService;
import io.bitewing.eligibility.Eligibility;
import io.bitewing.eligibility.EligibilityAnswer;
import io.bitewing.eligibility.EligibilityService;
import io.bitewing.patientplan.PatientPlan;
import io.bitewing.patientplan.PatientPlan.Relationship;
import io.bitewing.patientplan.PatientPlanRequests;
import io.bitewing.patientplan.PatientPlanService;
import io.bitewing.plan.Plan;
import io.bitewing.plan.Plan.PlanType;
import io.bitewing.plan.PlanRequests;
import io.bitewing.plan.PlanService;
import io.bitewing.practice.patient.Patient;
import io.bitewing.practice.patient.PatientRequests;
import io.bitewing.practice.patient.PatientService;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.subscription.Subscription;
import io.bitewing.subscription.SubscriptionRequests;
import io.bitewing.subscription.SubscriptionService;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Payor shape over the owning modules: one create is one transaction that finds or makes the coverage (carrier,
 * plan, subscriber, subscription, patient plan) and records the eligibility answer on it; a failure at any step
 * leaves nothing. What Bitewing cannot hold is a 422 that says why.
 */
@Service
@Transactional(readOnly = true)
class PayorService {

    private final PatientService patients;
    private final CarrierService carriers;
    private final PlanService plans;
    private final SubscriptionService subscriptions;
    private final PatientPlanService patientPlans;
    private final EligibilityService eligibility;

    PayorService(
            PatientService patients,
            CarrierService carriers,
            PlanService plans,
            SubscriptionService subscriptions,
            PatientPlanService patientPlans,
            EligibilityService eligibility) {
        this.patients = patients;
        this.carriers = carriers;
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.patientPlans = patientPlans;
        this.eligibility = eligibility;
    }

    @Transactional
    Payor create(Tenant tenant, PayorCreate body, EligibilityAnswer answer) {
        Patient patient = patient(tenant, body.patientId(), "patient_id");
        Carrier carrier = carrier(tenant, body.insuranceId());
        int ordinal = ordinal(answer.payorResponsibility());
        Plan plan = plan(tenant, carrier, answer);
        UUID subscriber = subscriber(tenant, patient, body, answer);
        Subscription subscription = subscription(tenant, subscriber, plan, body, answer);
        PatientPlan patientPlan = patientPlan(tenant, patient, subscriber, subscription, answer, ordinal);
        Integer base = eligibility.forPatientPlans(tenant, List.of(patientPlan.id())).values().stream()
                .map(Eligibility::version)
                .findFirst()
                .orElse(null);
        return show(tenant, eligibility.record(tenant, patientPlan.id(), answer.at(base, body.insuranceId())));
    }

    Payor get(Tenant tenant, UUID id) {
        return show(tenant, eligibility.getById(tenant, id));
    }

    /** A patient's payors in a fixed number of queries, whatever their number. */
    Page<Payor> list(Tenant tenant, UUID patientId, PageRequest page) {
        Map<UUID, PatientPlan> ofPatient = new HashMap<>();
        patientPlans.list(tenant, patientId, true).items().forEach(p -> ofPatient.put(p.id(), p));
        List<Eligibility> records =
                eligibility.forPatientPlans(tenant, List.copyOf(ofPatient.keySet())).values().stream()
                        .sorted(Comparator.comparing(Eligibility::id))
                        .toList();
        int from = (int) Math.min(page.offset(), records.size());
        List<Eligibility> window = records.subList(from, Math.min(from + page.pageSize(), records.size()));
        Map<UUID, Plan> planOf = plans.findAll(
                tenant,
                window.stream()
                        .map(e -> ofPatient.get(e.patientPlanUuid()).planId())
                        .toList());
        Map<UUID, Patient> subscriberOf = patients.findAll(
                tenant,
                window.stream()
                        .map(e -> ofPatient
                                .get(e.patientPlanUuid())
                                .subscription()
                                .subscriber()
                                .id())
                        .toList());
        List<Payor> items = window.stream()
                .map(e -> {
                    PatientPlan pp = ofPatient.get(e.patientPlanUuid());
                    return PayorAnswers.payorOf(
                            e,
                            pp,
                            planOf.get(pp.planId()),
                            subscriberOf.get(pp.subscription().subscriber().id()));
                })
                .toList();
        return new Page<>(items, page.page(), page.pageSize(), records.size());
    }

    /** A fresh answer on an existing payor: the fields sent replace those on file, at the version named. */
    @Transactional
    Payor refresh(Tenant tenant, UUID id, EligibilityAnswer answer) {
        Eligibility current = eligibility.getById(tenant, id);
        return show(tenant, eligibility.record(tenant, current.patientPlanUuid(), answer));
    }

    private Patient patient(Tenant tenant, String id, String field) {
        return uuid(id).flatMap(uuid -> patients.find(tenant, uuid))
                .filter(p -> p.deletedAt() == null)
                .orElseThrow(() -> invalid(field, "no such patient in this organisation"));
    }

    /** A carrier uuid or a carrier's electronic payer id. */
    private Carrier carrier(Tenant tenant, String insuranceId) {
        return uuid(insuranceId)
                .map(id -> {
                    try {
                        return carriers.get(tenant, id);
                    } catch (ApiException.NotFound e) {
                        return null;
                    }
                })
                .filter(c -> c.deletedAt() == null)
                .or(() -> carriers.findLiveByElectronicId(tenant, insuranceId))
                .orElseThrow(() -> invalid(
                        "insurance_id", "no carrier has this uuid or electronic payer id; create the carrier first"));
    }

    private static int ordinal(Eligibility.Responsibility responsibility) {
        if (responsibility == null) {
            return 1;
        }
        return switch (responsibility) {
            case primary -> 1;
            case secondary -> 2;
            case tertiary -> 3;
            case quaternary ->
                throw invalid(
                        "payor_responsibility",
                        "quaternary cannot be held: a patient has at most three plans in force (primary, secondary, "
                                + "tertiary)");
        };
    }

    /** The carrier's live plan with the group number, or a new one named by the group description or plan name. */
    private Plan plan(Tenant tenant, Carrier carrier, EligibilityAnswer body) {
        if (body.groupNumber() == null || body.groupNumber().isBlank()) {
            throw invalid("group_number", "required to find or create the insurance plan");
        }
        return plans.findLiveByGroupNumber(tenant, carrier.id(), body.groupNumber())
                .orElseGet(() -> plans.create(
                        tenant,
                        PlanRequests.Create.of(
                                carrier.id(),
                                planType(body.planType()),
                                body.groupDescription() != null ? body.groupDescription() : body.planName(),
                                body.groupNumber().strip())));
    }

    /** X12 PR (PPO) and PP as a PPO, HM (HMO) as capitation, anything else as a percentage plan. */
    private static PlanType planType(String x12) {
        if (x12 == null) {
            return PlanType.category_percentage;
        }
        return switch (x12) {
            case "PR", "PP" -> PlanType.ppo_percentage;
            case "HM", "HN" -> PlanType.capitation;
            default -> PlanType.category_percentage;
        };
    }

    private UUID subscriber(Tenant tenant, Patient patient, PayorCreate body, EligibilityAnswer answer) {
        if (body.subscriberId() != null && body.subscriber() != null) {
            throw invalid("subscriber_id", "give subscriber_id or subscriber, not both");
        }
        if (body.subscriberId() != null) {
            return patient(tenant, body.subscriberId(), "subscriber_id").id();
        }
        if (body.subscriber() != null) {
            return matchOrCreate(tenant, body.subscriber());
        }
        if (answer.relationshipToSubscriber() == null
                || answer.relationshipToSubscriber() == Eligibility.Relationship.self) {
            return patient.id();
        }
        throw invalid("subscriber_id", "required (or an inline subscriber) unless relationship_to_subscriber is self");
    }

    private UUID matchOrCreate(Tenant tenant, PayorSubscriber s) {
        LocalDate dob = s.dob() == null ? null : s.dob().atZone(ZoneOffset.UTC).toLocalDate();
        var search =
                new PatientService.Search(s.lastName().strip(), s.firstName().strip(), dob, null, false);
        return patients.searchByNumber(tenant, search, 0, 50).stream()
                .filter(p -> p.lastName().equalsIgnoreCase(s.lastName().strip())
                        && p.firstName().equalsIgnoreCase(s.firstName().strip())
                        && java.util.Objects.equals(p.birthdate(), dob))
                .map(Patient::id)
                .findFirst()
                .orElseGet(() -> patients.create(
                                tenant,
                                new PatientRequests.Create(
                                        s.firstName().strip(),
                                        s.lastName().strip(),
                                        s.middleName(),
                                        dob,
                                        gender(s.gender()),
                                        s.address(),
                                        s.address2(),
                                        s.city(),
                                        s.state(),
                                        s.zip(),
                                        null,
                                        null))
                        .id());
    }

    private static Patient.Gender gender(String gender) {
        if (gender == null) {
            return null;
        }
        try {
            return Patient.Gender.valueOf(gender.strip().toLowerCase());
        } catch (IllegalArgumentException e) {
            throw new ApiException.Invalid(List.of(FieldProblem.at(
                    List.of("body", "subscriber", "gender"),
                    "must be one of: female, male, other, unknown",
                    "value_error")));
        }
    }

    private Subscription subscription(
            Tenant tenant, UUID subscriber, Plan plan, PayorCreate body, EligibilityAnswer answer) {
        String member = answer.insuredMemberId() != null
                ? answer.insuredMemberId()
                : body.subscriber() != null ? body.subscriber().insuredMemberId() : null;
        if (member == null || member.isBlank()) {
            throw invalid("insured_member_id", "required: the subscriber holds the plan under this member id");
        }
        return subscriptions
                .findInForce(tenant, subscriber, plan.id(), member)
                .orElseGet(() -> subscriptions
                        .create(
                                tenant,
                                new SubscriptionRequests.Create(
                                        plan.id(),
                                        subscriber,
                                        member.strip(),
                                        null,
                                        date(answer.coverageFrom()),
                                        date(answer.coverageTo()),
                                        null,
                                        null))
                        .subscription());
    }

    private PatientPlan patientPlan(
            Tenant tenant,
            Patient patient,
            UUID subscriber,
            Subscription subscription,
            EligibilityAnswer body,
            int ordinal) {
        var existing = patientPlans.inForceForPatient(tenant, patient.id()).stream()
                .filter(p -> p.subscription().id().equals(subscription.id()))
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return patientPlans.create(
                    tenant,
                    patient.id(),
                    new PatientPlanRequests.Create(
                            subscription.id(),
                            relationship(body.relationshipToSubscriber(), subscriber.equals(patient.id())),
                            ordinal,
                            null,
                            null,
                            null,
                            null,
                            null));
        } catch (ApiException.Invalid e) {
            FieldProblem first = e.problems().get(0);
            Object field = first.loc().get(first.loc().size() - 1);
            String at = "ordinal".equals(field) ? "payor_responsibility" : "relationship_to_subscriber";
            throw invalid(at, first.msg());
        }
    }

    /** Self, spouse and child as they are; the vendor's finer relationships as other (kept verbatim on the record). */
    private static Relationship relationship(Eligibility.Relationship reported, boolean isSubscriber) {
        if (reported == null) {
            return isSubscriber ? Relationship.self : Relationship.other;
        }
        return switch (reported) {
            case self -> Relationship.self;
            case spouse -> Relationship.spouse;
            case child -> Relationship.child;
            default -> Relationship.other;
        };
    }

    private Payor show(Tenant tenant, Eligibility e) {
        PatientPlan patientPlan = patientPlans.get(tenant, e.patientPlanUuid());
        Plan plan = plans.get(tenant, patientPlan.planId());
        Patient subscriber =
                patients.get(tenant, patientPlan.subscription().subscriber().id());
        return PayorAnswers.payorOf(e, patientPlan, plan, subscriber);
    }

    private static LocalDate date(java.time.Instant at) {
        return at == null ? null : at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static java.util.Optional<UUID> uuid(String text) {
        try {
            return java.util.Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static ApiException.Invalid invalid(String field, String msg) {
        return ApiException.Invalid.body(field, msg);
    }
}
