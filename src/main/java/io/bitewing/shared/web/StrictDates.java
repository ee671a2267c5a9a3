package io.bitewing.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Dates on the wire are exactly {@code YYYY-MM-DD}, years 0001 to 9999, in bodies and in query parameters alike.
 * {@link LocalDate#parse} alone would also take {@code +999999999-12-31}, which the JDBC driver then stores as
 * {@code infinity}.
 */
final class StrictDates {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final String MESSAGE = "must be a valid date (YYYY-MM-DD)";

    private StrictDates() {}

    static LocalDate parse(String text) {
        if (!SHAPE.matcher(text).matches() || text.startsWith("0000")) {
            throw new IllegalArgumentException(MESSAGE);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(MESSAGE, e);
        }
    }

    /** The body side: anything but such a string is a 422 at the field. */
    static final class Deserializer extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString();
            try {
                return parse(text);
            } catch (IllegalArgumentException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, MESSAGE);
            }
        }
    }
}
