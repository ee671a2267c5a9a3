package io.bitewing.opendental;

import io.bitewing.opendental.OdNumberRepository.Numbered;
import io.bitewing.plan.Plan;
import io.bitewing.plan.PlanService;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Patch;
import io.bitewing.subscription.Subscription;
import io.bitewing.subscription.SubscriptionDependents;
import io.bitewing.subscription.SubscriptionRequests;
import io.bitewing.subscription.SubscriptionService;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Open Dental's InsSubs API over the subscription module. ReleaseInfo and AssignBen are the plan's settings here
 * (Bitewing keeps them per plan): a value that differs from the plan's is refused rather than lost. A subscription
 * names its plan and subscriber for life, so PUT may not move it to another (create a new one instead).
 */
@Service
@Transactional(readOnly = true)
class OdInsSubs {

    private final SubscriptionService subscriptions;
    private final PlanService plans;
    private final SubscriptionDependents dependents;
    private final OdNumberRepository numbers;
    private final OdValidation validation;

    OdInsSubs(
            SubscriptionService subscriptions,
            PlanService plans,
            SubscriptionDependents dependents,
            OdNumberRepository numbers,
            OdValidation validation) {
        this.validation = validation;
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.dependents = dependents;
        this.numbers = numbers;
    }

    OdInsSub get(Tenant tenant, long insSubNum) {
        return show(tenant, List.of(subscription(tenant, insSubNum))).get(0);
    }

    List<OdInsSub> list(Tenant tenant, Long planNum, Long subscriberNum, int offset, int limit) {
        UUID plan = planNum == null ? null : id(tenant, Numbered.PLAN, planNum, "InsPlan");
        UUID subscriber = subscriberNum == null ? null : id(tenant, Numbered.PATIENT, subscriberNum, "Patient");
        var filter = new SubscriptionService.Filter(plan, subscriber, null, null);
        return show(
                tenant,
                OdController.window(
                        offset,
                        limit,
                        page -> subscriptions.list(tenant, filter, page).items()));
    }

    @Transactional
    OdInsSub create(Tenant tenant, JsonNode json) {
        OdBody body = OdBody.of(json, OdInsSub.class);
        for (String field : List.of("PlanNum", "Subscriber", "SubscriberID")) {
            if (!body.has(field)) {
                throw OdException.badRequest(field + " is required.");
            }
        }
        UUID plan = id(tenant, Numbered.PLAN, body.whole("PlanNum"), "InsPlan");
        requireThePlansSettings(body, plans.get(tenant, plan));
        var created = subscriptions.create(
                tenant,
                validation.valid(new SubscriptionRequests.Create(
                        plan,
                        id(tenant, Numbered.PATIENT, body.whole("Subscriber"), "Patient"),
                        body.text("SubscriberID"),
                        null,
                        body.date("DateEffective"),
                        body.date("DateTerm"),
                        body.text("BenefitNotes"),
                        body.text("SubscNote"))));
        return show(tenant, List.of(created.subscription())).get(0);
    }

    @Transactional
    OdInsSub update(Tenant tenant, long insSubNum, JsonNode json) {
        OdBody body = OdBody.of(json, OdInsSub.class);
        Subscription current = subscription(tenant, insSubNum);
        if (body.has("PlanNum")
                && !id(tenant, Numbered.PLAN, body.whole("PlanNum"), "InsPlan")
                        .equals(current.insurancePlan().id())) {
            throw OdException.badRequest("PlanNum cannot be changed here: create an InsSub for the other plan and "
                    + "point the PatPlans at it.");
        }
        if (body.has("Subscriber")
                && !id(tenant, Numbered.PATIENT, body.whole("Subscriber"), "Patient")
                        .equals(current.subscriber().id())) {
            throw OdException.badRequest(
                    "Subscriber cannot be changed here: create an InsSub for the other " + "subscriber.");
        }
        requireThePlansSettings(body, plans.get(tenant, current.insurancePlan().id()));
        var present = new HashSet<String>();
        Map.of(
                        "SubscriberID", "subscriber_id_number",
                        "DateEffective", "date_effective",
                        "DateTerm", "date_term",
                        "BenefitNotes", "benefit_notes",
                        "SubscNote", "subscriber_note")
                .forEach((od, field) -> {
                    if (body.names().contains(od)) {
                        present.add(field);
                    }
                });
        var update = validation.valid(new SubscriptionRequests.Update(
                current.version(),
                body.text("SubscriberID"),
                null,
                body.date("DateEffective"),
                body.date("DateTerm"),
                body.text("BenefitNotes"),
                body.text("SubscNote"),
                null,
                null));
        return show(tenant, List.of(subscriptions.update(tenant, current.id(), update, new Patch(present))))
                .get(0);
    }

    /** As Open Dental: refused while patient plans still use it. */
    @Transactional
    void delete(Tenant tenant, long insSubNum) {
        Subscription current = subscription(tenant, insSubNum);
        if (dependents.countInForce(tenant, List.of(current.id())) > 0) {
            throw OdException.badRequest("Can't delete InsSub because PatPlans are still attached.");
        }
        subscriptions.archive(tenant, current.id());
    }

    private List<OdInsSub> show(Tenant tenant, List<Subscription> list) {
        UUID org = tenant.orgId();
        Map<UUID, Long> planNums = numbers.numsOf(
                org,
                Numbered.PLAN,
                list.stream().map(s -> s.insurancePlan().id()).toList());
        Map<UUID, Long> patientNums = numbers.numsOf(
                org,
                Numbered.PATIENT,
                list.stream().map(s -> s.subscriber().id()).toList());
        Map<UUID, Plan> planOf = plans.findAll(tenant, planNums.keySet());
        return list.stream()
                .map(s -> {
                    Plan plan = planOf.get(s.insurancePlan().id());
                    return new OdInsSub(
                            OdJson.num(s.odNum()),
                            OdJson.num(planNums.get(s.insurancePlan().id())),
                            OdJson.num(patientNums.get(s.subscriber().id())),
                            OdJson.date(s.dateEffective()),
                            OdJson.date(s.dateTerm()),
                            OdJson.text(s.subscriberIdNumber()),
                            OdJson.text(s.benefitNotes()),
                            OdJson.bool(plan == null || plan.releaseOfInformation()),
                            OdJson.bool(plan == null || plan.assignmentOfBenefits()),
                            OdJson.text(s.subscriberNote()),
                            OdJson.dateTime(s.updatedAt() != null ? s.updatedAt() : s.createdAt()));
                })
                .toList();
    }

    private static void requireThePlansSettings(OdBody body, Plan plan) {
        Boolean release = body.bool("ReleaseInfo");
        if (release != null && release != plan.releaseOfInformation()) {
            throw OdException.badRequest("ReleaseInfo is kept on the plan here and the plan says \""
                    + OdJson.bool(plan.releaseOfInformation()) + "\": change release_of_information on the plan.");
        }
        Boolean assign = body.bool("AssignBen");
        if (assign != null && assign != plan.assignmentOfBenefits()) {
            throw OdException.badRequest("AssignBen is kept on the plan here and the plan says \""
                    + OdJson.bool(plan.assignmentOfBenefits()) + "\": change assignment_of_benefits on the plan.");
        }
    }

    private Subscription subscription(Tenant tenant, long insSubNum) {
        UUID id = id(tenant, Numbered.SUBSCRIPTION, insSubNum, "InsSub");
        Subscription subscription = subscriptions.get(tenant, id);
        if (subscription.deletedAt() != null) {
            throw OdException.notFound("InsSub not found.");
        }
        return subscription;
    }

    private UUID id(Tenant tenant, Numbered kind, long num, String entity) {
        return numbers.idOf(tenant.orgId(), kind, num).orElseThrow(() -> OdException.notFound(entity + " not found."));
    }
}
