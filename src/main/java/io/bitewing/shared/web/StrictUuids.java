package io.bitewing.shared.web;

import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

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

    /** The body side: anything but such a string is a 422 at the field. */
    static final class Deserializer extends ValueDeserializer<UUID> {
        @Override
        public UUID deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (UUID) context.handleUnexpectedToken(UUID.class, parser);
            }
            String text = parser.getString();
            try {
                return parse(text);
            } catch (IllegalArgumentException e) {
                return (UUID) context.handleWeirdStringValue(UUID.class, text, MESSAGE);
            }
        }
    }
}
