package io.bitewing.shared.web;

import java.util.List;

/** One entry of a 422 {@code detail} list, shaped as FastAPI shapes it. */
public record FieldProblem(List<Object> loc, String msg, String type) {

    public static FieldProblem body(String field, String msg, String type) {
        return new FieldProblem(List.of("body", field), msg, type);
    }

    public static FieldProblem query(String param, String msg, String type) {
        return new FieldProblem(List.of("query", param), msg, type);
    }

    public static FieldProblem at(List<Object> loc, String msg, String type) {
        return new FieldProblem(List.copyOf(loc), msg, type);
    }
}
