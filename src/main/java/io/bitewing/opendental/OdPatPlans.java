package io.bitewing.opendental;

import io.bitewing.opendental.OdNumberRepository.Numbered;
import io.bitewing.patientplan.PatientPlan;
import io.bitewing.patientplan.PatientPlan.Relationship;
import io.bitewing.patientplan.PatientPlanRequests;
import io.bitewing.patientplan.PatientPlanService;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Patch;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Open Dental's PatPlans API over the patient plan module. An ordinal already held moves the plans at and after it
 * one down, as Open Dental does (primary becomes secondary), in the same transaction; DELETE is Open Dental's
 * "Drop". Relationships Bitewing cannot hold exactly (Employee, HandicapDep, SignifOther, InjuredPlantiff,
 * LifePartner, Dependent) are refused with a 400 rather than stored as something else.
 */
@Service
@Transactional(readOnly = true)
class OdPatPlans {

    static final Map<String, Relationship> RELATIONSHIPS =
            OdVocabulary.ordered("Self", Relationship.self, "Spouse", Relationship.spouse, "Child", Relationship.child);
    private static final Set<String> INEXACT =
            Set.of("Employee", "HandicapDep", "SignifOther", "InjuredPlantiff", "LifePartner", "Dependent");

    private final PatientPlanService patientPlans;
    private final OdNumberRepository numbers;
    private final OdValidation validation;

    OdPatPlans(PatientPlanService patientPlans, OdNumberRepository numbers, OdValidation validation) {
        this.validation = validation;
        this.patientPlans = patientPlans;
        this.numbers = numbers;
    }

    List<OdPatPlan> list(Tenant tenant, Long patNum, Long insSubNum) {
        if (patNum == null) {
            throw OdException.badRequest("PatNum is required.");
        }
        UUID patient = id(tenant, Numbered.PATIENT, patNum, "Patient");
        UUID subscription = insSubNum == null ? null : id(tenant, Numbered.SUBSCRIPTION, insSubNum, "InsSub");
        return show(
                tenant,
                patientPlans.list(tenant, patient, false).items().stream()
                        .filter(PatientPlan::inForce)
                        .filter(p ->
                                subscription == null || p.subscription().id().equals(subscription))
                        .toList());
    }

    @Transactional
    OdPatPlan create(Tenant tenant, JsonNode json) {
        OdBody body = OdBody.of(json, OdPatPlan.class);
        if (!body.has("PatNum")) {
            throw OdException.badRequest("PatNum is required.");
        }
        if (!body.has("InsSubNum")) {
            throw OdException.badRequest("InsSubNum is required.");
        }
        UUID patient = numbers.idOf(tenant.orgId(), Numbered.PATIENT, body.whole("PatNum"))
                .orElseThrow(() -> OdException.notFound("Patient does not exist."));
        UUID subscription = numbers.idOf(tenant.orgId(), Numbered.SUBSCRIPTION, body.whole("InsSubNum"))
                .orElseThrow(() -> OdException.notFound("InsSub does not exist."));
        int ordinal = ordinal(body, 1);
        boolean taken = inForce(tenant, patient).stream().anyMatch(p -> p.ordinal() == ordinal);
        PatientPlan created = patientPlans.create(
                tenant,
                patient,
                validation.valid(new PatientPlanRequests.Create(
                        subscription,
                        relationship(body, Relationship.self),
                        taken ? null : ordinal,
                        null,
                        null,
                        null,
                        body.bool("IsPending"),
                        body.text("PatID"))));
        if (taken) {
            created = moveTo(tenant, patient, created.id(), ordinal);
        }
        return show(tenant, List.of(created)).get(0);
    }

    /** Partial; the last writer wins. A patient plan keeps its patient and its subscription for life. */
    @Transactional
    OdPatPlan update(Tenant tenant, long patPlanNum, JsonNode json) {
        OdBody body = OdBody.of(json, OdPatPlan.class);
        PatientPlan current = patientPlan(tenant, patPlanNum);
        if (body.has("PatNum")
                && !id(tenant, Numbered.PATIENT, body.whole("PatNum"), "Patient")
                        .equals(current.patientId())) {
            throw OdException.badRequest("PatNum cannot be changed: drop the PatPlan and create a new one.");
        }
        if (body.has("InsSubNum")) {
            UUID subscription = numbers.idOf(tenant.orgId(), Numbered.SUBSCRIPTION, body.whole("InsSubNum"))
                    .orElseThrow(() -> OdException.notFound("InsSub does not exist."));
            if (!subscription.equals(current.subscription().id())) {
                throw OdException.badRequest("InsSubNum cannot be changed here: drop the PatPlan and create one "
                        + "for the other InsSub (POST /patplans).");
            }
        }
        var present = new HashSet<String>();
        if (body.has("Relationship")) {
            present.add("relationship_to_subscriber");
        }
        if (body.names().contains("PatID")) {
            present.add("pat_id_override");
        }
        if (body.has("IsPending")) {
            present.add("is_pending");
        }
        PatientPlan next = current;
        if (!present.isEmpty()) {
            next = patientPlans.update(
                    tenant,
                    current.patientId(),
                    current.id(),
                    validation.valid(new PatientPlanRequests.Update(
                            current.version(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            body.bool("IsPending"),
                            null,
                            body.text("PatID"),
                            relationship(body, null))),
                    new Patch(present));
        }
        if (body.has("Ordinal") && ordinal(body, current.ordinal()) != current.ordinal()) {
            next = moveTo(tenant, current.patientId(), current.id(), ordinal(body, current.ordinal()));
        }
        return show(tenant, List.of(next)).get(0);
    }

    /** Open Dental's "Drop": the patient no longer has this coverage; the plan and subscriber stay. */
    @Transactional
    void delete(Tenant tenant, long patPlanNum) {
        PatientPlan current = patientPlan(tenant, patPlanNum);
        patientPlans.archive(tenant, current.patientId(), current.id());
    }

    /** Puts the patient plan at the ordinal and the others after it in their order, 1..n. */
    private PatientPlan moveTo(Tenant tenant, UUID patient, UUID moved, int ordinal) {
        var others = new ArrayList<>(inForce(tenant, patient).stream()
                .filter(p -> !p.id().equals(moved))
                .sorted(Comparator.comparingInt(PatientPlan::ordinal))
                .map(PatientPlan::id)
                .toList());
        others.add(Math.min(ordinal - 1, others.size()), moved);
        var items = new ArrayList<PatientPlanRequests.ReorderItem>();
        for (int i = 0; i < others.size(); i++) {
            items.add(new PatientPlanRequests.ReorderItem(others.get(i), i + 1));
        }
        patientPlans.reorder(tenant, patient, new PatientPlanRequests.Reorder(items));
        return patientPlans.get(tenant, moved);
    }

    private List<PatientPlan> inForce(Tenant tenant, UUID patient) {
        return patientPlans.list(tenant, patient, false).items().stream()
                .filter(PatientPlan::inForce)
                .toList();
    }

    private List<OdPatPlan> show(Tenant tenant, List<PatientPlan> list) {
        UUID org = tenant.orgId();
        Map<UUID, Long> patientNums = numbers.numsOf(
                org, Numbered.PATIENT, list.stream().map(PatientPlan::patientId).toList());
        Map<UUID, Long> subscriptionNums = numbers.numsOf(
                org,
                Numbered.SUBSCRIPTION,
                list.stream().map(p -> p.subscription().id()).toList());
        return list.stream()
                .map(p -> new OdPatPlan(
                        OdJson.num(p.odNum()),
                        OdJson.num(patientNums.get(p.patientId())),
                        p.ordinal(),
                        OdJson.bool(p.isPending()),
                        p.relationshipToSubscriber() == Relationship.other
                                ? "Dependent"
                                : OdVocabulary.nameOf(RELATIONSHIPS, p.relationshipToSubscriber()),
                        OdJson.text(p.patIdOverride()),
                        OdJson.num(subscriptionNums.get(p.subscription().id())),
                        new BigDecimal("-1.0"),
                        OdJson.NO_DATE,
                        OdJson.dateTime(p.createdAt()),
                        OdJson.dateTime(p.updatedAt() != null ? p.updatedAt() : p.createdAt())))
                .toList();
    }

    private static Relationship relationship(OdBody body, Relationship otherwise) {
        String value = body.text("Relationship");
        if (value == null) {
            return otherwise;
        }
        if (INEXACT.contains(value)) {
            throw OdException.badRequest("Relationship \"" + value + "\" cannot be kept exactly by this server: "
                    + "send Self, Spouse or Child.");
        }
        return body.choice("Relationship", RELATIONSHIPS);
    }

    private static int ordinal(OdBody body, int otherwise) {
        Integer ordinal = body.integer("Ordinal");
        if (ordinal == null) {
            return otherwise;
        }
        if (ordinal < 1 || ordinal > 3) {
            throw OdException.badRequest("Ordinal must be 1, 2 or 3.");
        }
        return ordinal;
    }

    private PatientPlan patientPlan(Tenant tenant, long patPlanNum) {
        PatientPlan plan = patientPlans.get(tenant, id(tenant, Numbered.PATIENT_PLAN, patPlanNum, "PatPlan"));
        if (!plan.inForce()) {
            throw OdException.notFound("PatPlan not found.");
        }
        return plan;
    }

    private UUID id(Tenant tenant, Numbered kind, long num, String entity) {
        return numbers.idOf(tenant.orgId(), kind, num).orElseThrow(() -> OdException.notFound(entity + " not found."));
    }
}
