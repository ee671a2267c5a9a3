package io.bitewing.shared.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Text in bodies: a NUL character (sent as {@code \u0000}, or as overlong UTF-8 that decodes to it) can never be
 * stored, since PostgreSQL text refuses it, so it is a 422 at its field rather than a failed write later.
 */
public final class StrictStrings extends StringDeserializer {

    public static final String NUL_MESSAGE = "must not contain a NUL character";

    /** True when the text holds a NUL character, which no text column can store. */
    public static boolean hasNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String text = super.deserialize(parser, context);
        if (hasNul(text)) {
            return (String) context.handleWeirdStringValue(String.class, text, NUL_MESSAGE);
        }
        return text;
    }
}
