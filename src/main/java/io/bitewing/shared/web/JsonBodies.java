package io.bitewing.shared.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A part of a larger body (one row of an import) read exactly as its own route would read it: the strict JSON
 * mapping, then Bean Validation. Problems are reported where the part sits in the larger body, never thrown, so a
 * caller can check every row before it answers.
 */
public final class JsonBodies {

    private JsonBodies() {}

    /** The JSON name of a Java field or record component, as the strict mapping names it (snake_case). */
    public static String jsonName(String javaName) {
        return JsonPaths.snake(javaName);
    }

    /**
     * A whole body as a JSON tree, read by the strict mapper (duplicate keys refused); null with the problem added
     * when it is missing or not JSON, located at {@code body} as a JSON route locates it.
     */
    public static JsonNode parse(JsonMapper json, byte[] bytes, List<FieldProblem> problems) {
        if (bytes == null || bytes.length == 0) {
            problems.add(FieldProblem.at(List.of("body"), "Field required: a JSON body is expected", "missing"));
            return null;
        }
        try {
            return json.readTree(bytes);
        } catch (JacksonException e) {
            problems.add(ApiErrorHandler.UnreadableBody.describe(e));
            return null;
        }
    }

    /** The part as {@code type}, or null with its problems added, located under {@code at}. */
    public static <T> T read(
            JsonMapper json,
            Validator validator,
            JsonNode part,
            Class<T> type,
            List<Object> at,
            List<FieldProblem> problems) {
        T value;
        try {
            value = json.treeToValue(part, type);
        } catch (JacksonException e) {
            problems.add(relocated(ApiErrorHandler.UnreadableBody.describe(e), List.of("body"), at));
            return null;
        }
        if (value == null) {
            problems.add(FieldProblem.at(at, "Field required", "missing"));
            return null;
        }
        int before = problems.size();
        for (ConstraintViolation<T> violation : validator.validate(value)) {
            var loc = new ArrayList<>(at);
            loc.addAll(JsonPaths.of(violation.getPropertyPath().toString()));
            String constraint = violation
                    .getConstraintDescriptor()
                    .getAnnotation()
                    .annotationType()
                    .getSimpleName();
            problems.add(FieldProblem.at(loc, violation.getMessage(), ApiErrorHandler.typeOf(constraint)));
        }
        return problems.size() == before ? value : null;
    }

    /** The problem moved from under {@code from} to under {@code to}; one located elsewhere is put at {@code to}. */
    public static FieldProblem relocated(FieldProblem problem, List<Object> from, List<Object> to) {
        List<Object> loc = problem.loc();
        var moved = new ArrayList<>(to);
        if (loc.size() >= from.size() && loc.subList(0, from.size()).equals(from)) {
            moved.addAll(loc.subList(from.size(), loc.size()));
        }
        return FieldProblem.at(moved, problem.msg(), problem.type());
    }
}
