package io.bitewing.opendental;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Open Dental's wire forms: "yyyy-MM-dd HH:mm:ss" (UTC here), "0001-01-01" for no date, -1 for an empty amount. */
final class OdJson {

    static final String NO_DATE = "0001-01-01";
    static final BigDecimal EMPTY_AMOUNT = new BigDecimal("-1.0");

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private OdJson() {}

    static String dateTime(Instant at) {
        return at == null ? NO_DATE + " 00:00:00" : DATE_TIME.format(at);
    }

    static String date(LocalDate date) {
        return date == null ? NO_DATE : date.toString();
    }

    static String date(Instant at) {
        return at == null ? NO_DATE : at.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    static String bool(boolean value) {
        return value ? "true" : "false";
    }

    static long num(Long num) {
        return num == null ? 0 : num;
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    /** The message as a JSON string, the form Open Dental explains a refusal in. */
    static String quote(String message) {
        var out = new StringBuilder("\"");
        for (char c : message.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
