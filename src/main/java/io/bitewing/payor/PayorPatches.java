package io.bitewing.payor;

import io.bitewing.eligibility.Eligibility;
import io.bitewing.eligibility.EligibilityAnswer;
import io.bitewing.eligibility.EligibilityService;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A PATCH body laid over the answer on file: what it sends replaces, what it leaves out stays. */
@Component
class PayorPatches {

    /** What a PATCH may not change: the coverage the payor is (post a new payor for other coverage). */
    private static final Set<String> COVERAGE = Set.of(
            "patient_id",
            "insurance_id",
            "group_number",
            "subscriber",
            "subscriber_id",
            "insured_member_id",
            "payor_responsibility",
            "relationship_to_subscriber");

    private final EligibilityService eligibility;
    private final JsonMapper json;
    private final PayorBodies bodies;

    PayorPatches(EligibilityService eligibility, JsonMapper json, PayorBodies bodies) {
        this.eligibility = eligibility;
        this.json = json;
        this.bodies = bodies;
    }

    EligibilityAnswer merged(Tenant tenant, UUID id, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ApiException.Invalid(
                    List.of(FieldProblem.at(List.of("body"), "must be a JSON object", "value_error")));
        }
        JsonNode version = body.get("version");
        if (version == null || !version.isIntegralNumber()) {
            throw ApiException.Invalid.body("version", "required: the payor's version as last read");
        }
        Eligibility current = eligibility.getById(tenant, id);
        ObjectNode merged = json.valueToTree(EligibilityAnswer.of(current, version.intValue()));
        for (var name : body.propertyNames()) {
            if (name.equals("version")) {
                continue;
            }
            if (COVERAGE.contains(name)) {
                throw ApiException.Invalid.body(
                        name,
                        "is the coverage this payor is and cannot change; post a new " + "payor for other coverage");
            }
            if (!merged.has(name) || name.equals("base_version")) {
                throw ApiException.Invalid.body(name, "Extra inputs are not permitted");
            }
            merged.set(name, body.get(name));
        }
        return bodies.answerOf(merged);
    }
}
