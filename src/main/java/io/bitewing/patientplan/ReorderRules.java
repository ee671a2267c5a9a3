package io.bitewing.patientplan;

import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a reorder must satisfy, checked against all of the patient's plans before anything changes: each plan in
 * force named once, nothing else named, and the ordinals exactly 1..n.
 */
final class ReorderRules {

    private ReorderRules() {}

    /** The new ordinal of each listed plan; a 404 for a plan that is not the patient's, a 422 naming the item otherwise. */
    static Map<UUID, Integer> check(List<PatientPlanRequests.ReorderItem> items, List<PatientPlan> patientsPlans) {
        Map<UUID, PatientPlan> plans =
                patientsPlans.stream().collect(Collectors.toMap(PatientPlan::id, Function.identity()));
        var ordinals = new LinkedHashMap<UUID, Integer>();
        for (int i = 0; i < items.size(); i++) {
            UUID id = items.get(i).patientPlanUuid();
            if (ordinals.putIfAbsent(id, items.get(i).ordinal()) != null) {
                throw invalidItem(i, "patient_plan_uuid", "appears more than once in items");
            }
            if (!plans.containsKey(id)) {
                throw new ApiException.NotFound("Patient plan");
            }
            if (!plans.get(id).inForce()) {
                throw invalidItem(i, "patient_plan_uuid", "is not active (archived or inactive) and holds no ordinal");
            }
        }
        var missing = patientsPlans.stream()
                .filter(PatientPlan::inForce)
                .map(PatientPlan::id)
                .filter(id -> !ordinals.containsKey(id))
                .map(UUID::toString)
                .toList();
        if (!missing.isEmpty()) {
            throw new ApiException.Invalid(List.of(FieldProblem.at(
                    List.of("body", "items"),
                    "must list every active plan of the patient; missing " + String.join(", ", missing),
                    "value_error")));
        }
        var seen = new HashSet<Integer>();
        for (int i = 0; i < items.size(); i++) {
            int ordinal = items.get(i).ordinal();
            if (ordinal > items.size()) {
                throw invalidItem(
                        i, "ordinal", "must be between 1 and " + items.size() + " (the number of active plans)");
            }
            if (!seen.add(ordinal)) {
                throw invalidItem(i, "ordinal", "ordinal " + ordinal + " is given to more than one plan");
            }
        }
        return ordinals;
    }

    private static ApiException.Invalid invalidItem(int index, String field, String msg) {
        return new ApiException.Invalid(
                List.of(FieldProblem.at(List.of("body", "items", index, field), msg, "value_error")));
    }
}
