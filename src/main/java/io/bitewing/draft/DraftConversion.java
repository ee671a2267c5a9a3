package io.bitewing.draft;

import io.bitewing.draft.Draft.ReviewStatus;
import io.bitewing.eligibility.EligibilityAnswer;
import io.bitewing.eligibility.EligibilityService;
import io.bitewing.patientplan.PatientPlan;
import io.bitewing.patientplan.PatientPlanRequests;
import io.bitewing.patientplan.PatientPlanService;
import io.bitewing.plan.PlanRequests;
import io.bitewing.plan.PlanService;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.subscription.Subscription;
import io.bitewing.subscription.SubscriptionRequests;
import io.bitewing.subscription.SubscriptionService;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Converts a matched draft into coverage, all or nothing: the plan (when the reviewer chose to create one), the
 * subscription and the patient plan are written through their own modules' services in one transaction. When a step
 * refuses, nothing stays behind; the refusal is then recorded on the draft as its conversion_error (and in the audit
 * log), in a transaction of its own, and answered as it was raised.
 */
@Service
public class DraftConversion {

    /** The answer of convert. */
    public record Converted(
            @Schema(description = "The updated draft (status=converted).")
            Draft draft,

            @Schema(
                    description = "The created subscription, or the subscriber's active subscription to the plan "
                            + "under the same subscriber id number, which the patient joins.")
            Subscription subscription,

            @Schema(description = "The created patient plan.")
            PatientPlan patientPlan,

            @Schema(description = "True when the subscription existed already and was joined rather than created.")
            boolean subscriptionReused) {}

    /** A step of the conversion refused; carries the refusal out of the rolled-back transaction. */
    private static final class Refused extends RuntimeException {
        private final ApiException refusal;

        Refused(ApiException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }
    }

    private final DraftRepository drafts;
    private final PlanService plans;
    private final SubscriptionService subscriptions;
    private final PatientPlanService patientPlans;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final EligibilityService eligibility;
    private final JsonMapper json;

    DraftConversion(
            DraftRepository drafts,
            PlanService plans,
            SubscriptionService subscriptions,
            PatientPlanService patientPlans,
            AuditLog audit,
            TransactionTemplate tx,
            EligibilityService eligibility,
            JsonMapper json) {
        this.eligibility = eligibility;
        this.json = json;
        this.drafts = drafts;
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.patientPlans = patientPlans;
        this.audit = audit;
        this.tx = tx;
    }

    /**
     * 404 for an unknown draft, 422 unless it is matched. The subscription is the subscriber's active one to the
     * plan under the row's subscriber id number if there is one (a dependant joins the family's subscription),
     * else a new one from the row's coverage dates; the patient plan takes the row's relationship and ordinal.
     * A refusal of those steps (422, 409, or 404 turned 422 for a record archived since the match) leaves nothing
     * created and is kept as the draft's conversion_error.
     */
    public Converted convert(Tenant tenant, UUID id) {
        try {
            return tx.execute(status -> convertMatched(tenant, id));
        } catch (Refused e) {
            tx.executeWithoutResult(status -> {
                drafts.conversionFailed(tenant.orgId(), id, describe(e.refusal));
                audit.record(tenant, DraftService.ENTITY, id, "convert_refused", Set.of("conversion_error"));
            });
            throw e.refusal;
        }
    }

    private Converted convertMatched(Tenant tenant, UUID id) {
        Draft draft = drafts.findForUpdate(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Draft"));
        if (draft.reviewStatus() != ReviewStatus.matched) {
            throw new ApiException.Invalid(List.of(FieldProblem.at(
                    List.of("path", "draft_uuid"),
                    "the draft is " + draft.reviewStatus() + "; only a matched draft can be converted",
                    "value_error")));
        }
        try {
            DraftRow row = draft.parsed();
            UUID subscriberId = draft.subscriberPatient().id();
            UUID planId = draft.createPlan()
                    ? createPlan(tenant, draft)
                    : draft.matchedPlan().id();
            var held = subscriptions.findInForce(tenant, subscriberId, planId, row.subscriberIdNumber());
            Subscription subscription = held.orElseGet(() -> subscriptions
                    .create(
                            tenant,
                            new SubscriptionRequests.Create(
                                    planId,
                                    subscriberId,
                                    row.subscriberIdNumber(),
                                    null,
                                    row.dateEffective(),
                                    row.dateTerm(),
                                    null,
                                    null))
                    .subscription());
            PatientPlan patientPlan = patientPlans.create(
                    tenant,
                    draft.patientId(),
                    new PatientPlanRequests.Create(
                            subscription.id(),
                            row.relationshipToSubscriber(),
                            row.ordinal(),
                            null,
                            null,
                            null,
                            null,
                            null));
            if (row.rowFormat() == DraftRow.Format.payor) {
                eligibility.record(tenant, patientPlan.id(), eligibilityFacts(draft.rawDataJson()));
            }
            drafts.converted(tenant.orgId(), id, subscription.id(), patientPlan.id(), tenant.actorTokenId());
            audit.record(
                    tenant,
                    DraftService.ENTITY,
                    id,
                    "convert",
                    Set.of("review_status", "converted_subscription", "converted_patient_plan"));
            return new Converted(
                    drafts.find(tenant.orgId(), id).orElseThrow(), subscription, patientPlan, held.isPresent());
        } catch (ApiException.NotFound e) {
            throw new Refused(new ApiException.Invalid(List.of(FieldProblem.at(
                    List.of("path", "draft_uuid"),
                    e.getMessage() + " (archived since the match); match again or rematch",
                    "value_error"))));
        } catch (ApiException e) {
            throw new Refused(e);
        }
    }

    /**
     * The eligibility facts of a Payor-shaped row (deductibles, network, COB, services, …), for the patient plan's
     * eligibility record; the coverage fields were read into the row already. A fact that cannot be held refuses the
     * conversion, naming it, rather than being dropped.
     */
    private EligibilityAnswer eligibilityFacts(JsonNode raw) {
        var facts = raw.deepCopy();
        if (facts instanceof tools.jackson.databind.node.ObjectNode object) {
            // Import rows often give dates where the shape has date-times: a date is that day's start, UTC.
            for (String field :
                    List.of("coverage_from", "coverage_to", "cob_last_verified_at", "eligibility_check_date")) {
                JsonNode value = object.get(field);
                if (value != null && value.isString() && value.stringValue().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    object.put(field, value.stringValue() + "T00:00:00Z");
                }
            }
            // Ids the row reader took as text whatever their JSON type (a group number of 100200) stay text.
            for (String field : List.of("group_number", "insured_member_id", "insurance_id")) {
                JsonNode value = object.get(field);
                if (value != null && value.isNumber()) {
                    object.put(field, value.asString());
                }
            }
        }
        try {
            return json.readerFor(EligibilityAnswer.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(facts);
        } catch (JacksonException e) {
            Object field = e.getPath().isEmpty()
                    ? "raw_data_json"
                    : e.getPath().get(e.getPath().size() - 1).getPropertyName();
            throw new ApiException.Invalid(List.of(FieldProblem.at(
                    List.of("body", "raw_data_json", String.valueOf(field)),
                    "cannot be kept in the eligibility record: a value of the wrong type or outside its choices",
                    "value_error")));
        }
    }

    /** The plan the reviewer chose to create: the row's group number and name under the matched carrier. */
    private UUID createPlan(Tenant tenant, Draft draft) {
        DraftRow row = draft.parsed();
        return plans.create(
                        tenant,
                        PlanRequests.Create.of(
                                draft.matchedCarrier().id(), draft.newPlanType(), row.groupName(), row.groupNumber()))
                .id();
    }

    private static String describe(ApiException refusal) {
        if (refusal instanceof ApiException.Invalid invalid) {
            return invalid.problems().stream()
                    .map(p -> p.loc().get(p.loc().size() - 1) + ": " + p.msg())
                    .collect(Collectors.joining("; "));
        }
        return refusal.getMessage();
    }
}
