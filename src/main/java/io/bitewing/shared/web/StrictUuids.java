package io.bitewing.shared.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Ids on the wire are exactly the canonical 8-4-4-4-12 hex form, in bodies, paths and query parameters alike.
 * {@link UUID#fromString} takes shorter dash groups too ({@code 1-2-3-4-5}, even {@code 0c5ec3daf82dc7eb796--e}),
 * and turns them into some other id: a filter would silently match nothing and a body would store it.
 */
final class StrictUuids {

    private static final Pattern SHAPE =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
    static final String MESSAGE = "must be a valid UUID";

    private StrictUuids() {}

    static UUID parse(String text) {
        if (!SHAPE.matcher(text).matches()) {
            throw new IllegalArgumentException(MESSAGE);
        }
        return UUID.fromString(text);
    }
}
