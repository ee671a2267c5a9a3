package io.bitewing.changes;

import io.bitewing.shared.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The feed position behind an opaque cursor: clients store and send it back, never build it. */
final class ChangeCursor {

    private static final String PREFIX = "p1:";

    private ChangeCursor() {}

    static String of(long position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.US_ASCII));
    }

    /** The position after which to read; 0 (the start) for no cursor. */
    static long parse(String cursor, String parameter) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
            if (text.startsWith(PREFIX)) {
                long position = Long.parseLong(text.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw ApiException.Invalid.query(parameter, "is not a cursor this feed gave out");
    }
}
