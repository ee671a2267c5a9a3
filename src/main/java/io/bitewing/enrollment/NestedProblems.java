package io.bitewing.enrollment;

import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Other modules' services name the fields of their own endpoints ({@code ["body", "benefits", 2, "percent"]},
 * {@code ["path", "patient_uuid"]}); an enrollment reports them where the field sits in its own body. The 422 is
 * rethrown, so the enrollment's transaction still rolls back.
 */
final class NestedProblems {

    private NestedProblems() {}

    /** Runs a step whose body locations lie under {@code prefix}; path parameters become body fields. */
    static <T> T under(List<Object> prefix, Supplier<T> step) {
        try {
            return step.get();
        } catch (ApiException.Invalid e) {
            throw relocated(e, prefix);
        }
    }

    static void under(List<Object> prefix, Runnable step) {
        under(prefix, () -> {
            step.run();
            return null;
        });
    }

    static ApiException.Invalid relocated(ApiException.Invalid e, List<Object> prefix) {
        var problems = new ArrayList<FieldProblem>();
        for (FieldProblem p : e.problems()) {
            List<Object> loc = p.loc();
            var moved = new ArrayList<>(loc);
            if (!loc.isEmpty() && loc.get(0).equals("body")) {
                moved = new ArrayList<>(prefix);
                moved.addAll(loc.subList(1, loc.size()));
            } else if (!loc.isEmpty() && loc.get(0).equals("path")) {
                moved.set(0, "body");
            }
            problems.add(FieldProblem.at(moved, p.msg(), p.type()));
        }
        return new ApiException.Invalid(problems);
    }
}
