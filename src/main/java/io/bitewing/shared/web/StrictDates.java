package io.bitewing.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Dates on the wire are exactly {@code YYYY-MM-DD}, years 0001 to 9999, in bodies and in query parameters alike.
 * {@link LocalDate#parse} alone would also take {@code +999999999-12-31}, which the JDBC driver then stores as
 * {@code infinity}. Timestamps are ISO-8601 with an offset, in the same years; never epoch numbers.
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

    static final String INSTANT_MESSAGE =
            "must be a valid timestamp (ISO-8601 with an offset, e.g. 2026-01-05T09:30:00Z)";

    static Instant parseInstant(String text) {
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(text);
            if (parsed.getYear() >= 1 && parsed.getYear() <= 9999) {
                return parsed.toInstant();
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(INSTANT_MESSAGE, e);
        }
        throw new IllegalArgumentException(INSTANT_MESSAGE);
    }
}
