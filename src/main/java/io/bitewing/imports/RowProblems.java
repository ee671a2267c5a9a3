package io.bitewing.imports;

import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.shared.web.JsonBodies;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of an import's rows, each located where the row sits in the import's body. A module service names the
 * fields of its own route ({@code ["body", "carrier_name"]}); here they become the row's fields. A refusal that is
 * not a field's (a 409 for a name already taken, a 404) is the row's problem, with the service's sentence.
 */
final class RowProblems {

    private final List<FieldProblem> problems = new ArrayList<>();

    List<FieldProblem> list() {
        return problems;
    }

    void add(List<Object> at, String field, String msg) {
        var loc = new ArrayList<>(at);
        if (field != null) {
            loc.add(field);
        }
        problems.add(FieldProblem.at(loc, msg, "value_error"));
    }

    /** A service's refusal of the row at {@code at}; its body fields under {@code from} are moved under {@code at}. */
    void refused(ApiException e, List<Object> from, List<Object> at) {
        if (e instanceof ApiException.Invalid invalid) {
            invalid.problems().forEach(p -> problems.add(JsonBodies.relocated(p, from, at)));
        } else {
            add(at, null, e.getMessage());
        }
    }

    /** Every problem as one 422 (the first hundred), so the import's transaction rolls back; nothing when none. */
    void requireNone() {
        ImportCsv.requireNone(problems, ImportReader.MAX_PROBLEMS);
    }
}
