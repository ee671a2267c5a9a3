package io.bitewing.changes.webhook;

import io.bitewing.changes.Change;
import io.bitewing.changes.ChangeFeed;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** An endpoint's event types: an entity type (every action of it) or {@code type.action}; none means all. */
final class EventTypes {

    private EventTypes() {}

    /** The types as stored: trimmed, without repeats; 422 naming {@code event_types} for an unknown entity type. */
    static List<String> require(List<String> requested) {
        if (requested == null) {
            return List.of();
        }
        var types = new LinkedHashSet<String>();
        for (int i = 0; i < requested.size(); i++) {
            String type = requested.get(i).strip();
            int dot = type.indexOf('.');
            String entity = dot < 0 ? type : type.substring(0, dot);
            String action = dot < 0 ? null : type.substring(dot + 1);
            if (!ChangeFeed.types().contains(entity)) {
                throw invalid(
                        i, "'" + entity + "' is not an entity type; one of: " + String.join(", ", ChangeFeed.types()));
            }
            if (action != null && !action.matches("[a-z_]+")) {
                throw invalid(i, "the action after '.' must be a word, e.g. update");
            }
            types.add(type);
        }
        return new ArrayList<>(types);
    }

    private static ApiException invalid(int index, String msg) {
        return new ApiException.Invalid(
                List.of(FieldProblem.at(List.of("body", "event_types", index), msg, "value_error")));
    }

    static boolean matches(List<String> types, Change change) {
        return types.isEmpty()
                || types.contains(change.entityType())
                || types.contains(change.entityType() + "." + change.action());
    }
}
