package io.bitewing.shared.web;

import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * A body value that must be a JSON string in one exact shape (a date, a timestamp, an id): a number, an empty string
 * or any other text is a 422 at its field. {@code parse} throws {@link IllegalArgumentException} for a bad shape.
 */
final class StrictText<T> extends ValueDeserializer<T> {

    private final Class<T> type;
    private final Function<String, T> parse;
    private final String message;

    StrictText(Class<T> type, Function<String, T> parse, String message) {
        this.type = type;
        this.parse = parse;
        this.message = message;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (T) context.handleUnexpectedToken(type, parser);
        }
        String text = parser.getString();
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            return (T) context.handleWeirdStringValue(type, text, message);
        }
    }
}
