package io.bitewing.draft;

import io.bitewing.patientplan.PatientPlan.Relationship;
import io.bitewing.plan.Plan;
import io.bitewing.plan.Plan.PlanType;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.shared.web.Ref;
import java.util.ArrayList;
import java.util.UUID;
import java.util.function.Function;

/**
 * A reviewer's match applied to the draft's current one. The current plan always belongs to the current carrier
 * (auto-matching and this class keep it so), so a different carrier drops it.
 */
final class DraftMatchChoice {

    private final Draft draft;
    private final DraftRequests.Match body;

    DraftMatchChoice(Draft draft, DraftRequests.Match body) {
        this.draft = draft;
        this.body = body;
    }

    /** The rules a match body obeys on its own, all reported at once. */
    static void requireConsistent(DraftRequests.Match body) {
        var problems = new ArrayList<FieldProblem>();
        if (body.carrierUuid() == null
                && body.planUuid() == null
                && body.subscriberPatientUuid() == null
                && body.createPlan() == null) {
            problems.add(FieldProblem.body(
                    "carrier_uuid",
                    "give at least one of carrier_uuid, plan_uuid, " + "subscriber_patient_uuid, create_plan",
                    "missing"));
        }
        if (body.planUuid() != null && Boolean.TRUE.equals(body.createPlan())) {
            String msg = "give either plan_uuid or create_plan true, not both";
            problems.add(FieldProblem.body("plan_uuid", msg, "value_error"));
            problems.add(FieldProblem.body("create_plan", msg, "value_error"));
        }
        if (body.planType() != null && !Boolean.TRUE.equals(body.createPlan())) {
            problems.add(FieldProblem.body("plan_type", "only with create_plan true", "value_error"));
        }
        if (!problems.isEmpty()) {
            throw new ApiException.Invalid(problems);
        }
    }

    /**
     * The new match; the lookups answer live records or throw 404. {@code newPlanType} is the type of a plan to
     * create, used when create_plan is true.
     */
    DraftMatch resolve(
            Function<UUID, Ref> carrier,
            Function<UUID, Plan> plan,
            Function<UUID, UUID> patient,
            PlanType newPlanType) {
        UUID currentCarrier =
                draft.matchedCarrier() == null ? null : draft.matchedCarrier().id();
        UUID carrierId = body.carrierUuid() == null
                ? currentCarrier
                : carrier.apply(body.carrierUuid()).id();
        UUID planId = carrierId != null && carrierId.equals(currentCarrier) && draft.matchedPlan() != null
                ? draft.matchedPlan().id()
                : null;
        boolean createPlan = draft.createPlan();
        PlanType type = draft.newPlanType();
        if (body.planUuid() != null) {
            Plan chosen = plan.apply(body.planUuid());
            if (body.carrierUuid() != null && !chosen.carrier().id().equals(carrierId)) {
                throw ApiException.Invalid.body(
                        "plan_uuid",
                        "the plan belongs to carrier " + chosen.carrier().id() + ", not to carrier_uuid");
            }
            carrierId = chosen.carrier().id();
            planId = chosen.id();
            createPlan = false;
        }
        if (Boolean.TRUE.equals(body.createPlan())) {
            if (carrierId == null) {
                throw ApiException.Invalid.body(
                        "create_plan",
                        "a plan is created under the matched carrier: give " + "carrier_uuid or match a carrier first");
            }
            planId = null;
            createPlan = true;
            type = newPlanType;
        } else if (Boolean.FALSE.equals(body.createPlan())) {
            createPlan = false;
        }
        UUID subscriberId = draft.subscriberPatient() == null
                ? null
                : draft.subscriberPatient().id();
        if (body.subscriberPatientUuid() != null) {
            subscriberId = patient.apply(body.subscriberPatientUuid());
            requireRelationshipFits(subscriberId);
        }
        return new DraftMatch(carrierId, planId, subscriberId, createPlan, createPlan ? type : null);
    }

    /** The patient is their own subscriber exactly when the row says self, as patient plans require. */
    private void requireRelationshipFits(UUID subscriberId) {
        Relationship relationship = draft.parsed().relationshipToSubscriber();
        boolean isPatient = subscriberId.equals(draft.patientId());
        if (isPatient != (relationship == Relationship.self)) {
            throw ApiException.Invalid.body(
                    "subscriber_patient_uuid",
                    isPatient
                            ? "the row's relationship is " + relationship + ": the patient cannot be the subscriber"
                            : "the row's relationship is self: the subscriber is the patient");
        }
    }
}
