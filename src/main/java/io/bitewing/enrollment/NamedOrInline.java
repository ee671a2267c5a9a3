package io.bitewing.enrollment;

import io.bitewing.patientplan.PatientPlan.Relationship;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Each part of an enrollment is named by uuid or described inline, never both: the subscriber
 * ({@code subscriber_uuid} / {@code subscriber}, both left out meaning the patient when the relationship is self), the
 * plan ({@code insurance_plan_uuid} / {@code plan}) and an inline plan's carrier ({@code carrier_uuid} /
 * {@code carrier}). A 422 names both fields of every pair that breaks the rule.
 */
final class NamedOrInline {

    private static final List<Object> BODY = List.of("body");

    private NamedOrInline() {}

    static void require(EnrollmentRequests.Create body) {
        var problems = new ArrayList<FieldProblem>();
        pair(
                problems,
                BODY,
                "subscriber_uuid",
                body.subscriberUuid(),
                "subscriber",
                body.subscriber(),
                body.relationshipToSubscriber() == Relationship.self);
        pair(problems, BODY, "insurance_plan_uuid", body.insurancePlanUuid(), "plan", body.plan(), false);
        if (body.plan() != null) {
            pair(
                    problems,
                    List.of("body", "plan"),
                    "carrier_uuid",
                    body.plan().carrierUuid(),
                    "carrier",
                    body.plan().carrier(),
                    false);
        }
        if (Boolean.TRUE.equals(body.replaceExisting()) && body.ordinal() == null) {
            problems.add(
                    FieldProblem.at(List.of("body", "ordinal"), "required when replace_existing is true", "missing"));
        }
        if (!problems.isEmpty()) {
            throw new ApiException.Invalid(problems);
        }
    }

    private static void pair(
            List<FieldProblem> problems,
            List<Object> at,
            String idField,
            Object id,
            String inlineField,
            Object inline,
            boolean mayOmitBoth) {
        if (id != null && inline != null) {
            String msg = "give either " + idField + " or " + inlineField + ", not both";
            problems.add(FieldProblem.at(append(at, idField), msg, "value_error"));
            problems.add(FieldProblem.at(append(at, inlineField), msg, "value_error"));
        } else if (id == null && inline == null && !mayOmitBoth) {
            String msg = "Field required: give " + idField + " or " + inlineField
                    + (idField.equals("subscriber_uuid") ? " (or relationship_to_subscriber self)" : "");
            problems.add(FieldProblem.at(append(at, idField), msg, "missing"));
            problems.add(FieldProblem.at(append(at, inlineField), msg, "missing"));
        }
    }

    private static List<Object> append(List<Object> at, String field) {
        var loc = new ArrayList<>(at);
        loc.add(field);
        return loc;
    }
}
