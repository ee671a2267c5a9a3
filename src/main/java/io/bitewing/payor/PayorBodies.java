package io.bitewing.payor;

import io.bitewing.eligibility.EligibilityAnswer;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a Payor create body strictly, as the native API reads its bodies: the coverage fields into
 * {@link PayorCreate}, the rest into an {@link EligibilityAnswer}; an unknown field, a wrong type or a broken
 * constraint is a 422 naming the field.
 */
@Component
class PayorBodies {

    private static final Set<String> COVERAGE = Set.of("patient_id", "insurance_id", "subscriber", "subscriber_id");

    private final JsonMapper json;
    private final Validator validator;

    PayorBodies(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    PayorCreate coverage(JsonNode body) {
        ObjectNode part = object(body).deepCopy();
        part.retain(COVERAGE);
        return valid(read(part, PayorCreate.class));
    }

    EligibilityAnswer answer(JsonNode body) {
        ObjectNode part = object(body).deepCopy();
        part.remove(COVERAGE);
        if (part.has("base_version")) {
            throw ApiException.Invalid.body("base_version", "Extra inputs are not permitted");
        }
        return valid(read(part, EligibilityAnswer.class));
    }

    /** A PATCH body laid over the answer on file is read and checked the same way. */
    EligibilityAnswer answerOf(ObjectNode merged) {
        return valid(read(merged, EligibilityAnswer.class));
    }

    private static ObjectNode object(JsonNode body) {
        if (body instanceof ObjectNode object) {
            return object;
        }
        throw new ApiException.Invalid(
                List.of(FieldProblem.at(List.of("body"), "must be a JSON object", "value_error")));
    }

    private <T> T read(ObjectNode part, Class<T> type) {
        try {
            return json.treeToValue(part, type);
        } catch (JacksonException e) {
            var loc = new ArrayList<Object>(List.of("body"));
            e.getPath().forEach(ref -> loc.add(ref.getPropertyName() != null ? ref.getPropertyName() : ref.getIndex()));
            throw new ApiException.Invalid(List.of(FieldProblem.at(
                    loc, "has a value of the wrong type, outside its choices, or unknown here", "value_error")));
        }
    }

    private <T> T valid(T value) {
        var violations = validator.validate(value);
        if (violations.isEmpty()) {
            return value;
        }
        var problems = new ArrayList<FieldProblem>();
        for (ConstraintViolation<T> v : violations) {
            var loc = new ArrayList<Object>(List.of("body"));
            for (var node : v.getPropertyPath()) {
                if (node.getName() != null) {
                    loc.add(node.getName()
                            .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                            .toLowerCase());
                }
            }
            problems.add(FieldProblem.at(loc, v.getMessage(), "value_error"));
        }
        problems.sort(java.util.Comparator.comparing(p -> p.loc().toString()));
        throw new ApiException.Invalid(problems);
    }
}
