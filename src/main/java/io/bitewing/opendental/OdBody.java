package io.bitewing.opendental;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * One request body of the dialect, read field by field with Open Dental's conventions: PascalCase names, booleans as
 * "true"/"false", dates as "yyyy-MM-dd". A field this resource does not know is refused (never dropped); the read-only
 * fields of its own representation, sent back as read, are passed over.
 */
final class OdBody {

    /** The longest text any field of the dialect's resources holds (notes); shorter limits are the owners'. */
    static final int MAX_TEXT = 4000;

    private final JsonNode json;

    private OdBody(JsonNode json) {
        this.json = json;
    }

    /**
     * The body, checked against the resource's representation: every field must be one of its fields (a field it
     * shows but does not let a client set is passed over) and of its JSON type, before anything is looked up.
     */
    static OdBody of(JsonNode json, Class<? extends Record> shape) {
        if (json == null || !json.isObject()) {
            throw OdException.badRequest("The request body must be a JSON object.");
        }
        Map<String, Class<?>> fields = FIELDS.computeIfAbsent(shape, OdBody::fieldsOf);
        for (Iterator<String> names = json.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            Class<?> type = fields.get(name);
            if (type == null) {
                throw OdException.badRequest(name + " is not a valid field.");
            }
            JsonNode value = json.get(name);
            if (value.isNull()) {
                continue;
            }
            if ((type == long.class || type == int.class) && !value.isIntegralNumber()) {
                throw OdException.badRequest(name + " must be a whole number.");
            }
            if (type == BigDecimal.class && !value.isNumber()) {
                throw OdException.badRequest(name + " must be a number.");
            }
            // Open Dental's booleans travel as text, so a text field may take true/false; a date never does.
            if (type == String.class && !value.isString() && !(value.isBoolean() && !isDate(name))) {
                throw OdException.badRequest(name + " must be a string.");
            }
            if (value.isString() && hasControlCharacter(value.stringValue())) {
                throw OdException.badRequest(name + " contains a control character that cannot be stored.");
            }
            if (value.isString() && value.stringValue().length() > MAX_TEXT) {
                throw OdException.badRequest(name + " is longer than " + MAX_TEXT + " characters.");
            }
        }
        return new OdBody(json);
    }

    private static boolean isDate(String field) {
        return field.startsWith("SecDate") || field.startsWith("Date") || field.endsWith("Date");
    }

    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
    }

    private static final Map<Class<?>, Map<String, Class<?>>> FIELDS = new ConcurrentHashMap<>();

    private static Map<String, Class<?>> fieldsOf(Class<?> shape) {
        var fields = new HashMap<String, Class<?>>();
        for (RecordComponent component : shape.getRecordComponents()) {
            JsonProperty name = component.getAccessor().getAnnotation(JsonProperty.class);
            fields.put(name == null ? component.getName() : name.value(), component.getType());
        }
        return fields;
    }

    boolean has(String name) {
        return json.has(name) && !json.get(name).isNull();
    }

    /** The names sent, in the order sent. */
    List<String> names() {
        var names = new ArrayList<String>();
        json.propertyNames().forEach(names::add);
        return names;
    }

    Long whole(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode value = json.get(name);
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        throw OdException.badRequest(name + " must be a whole number.");
    }

    Integer integer(String name) {
        Long value = whole(name);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            throw OdException.badRequest(name + " is out of range.");
        }
        return value == null ? null : value.intValue();
    }

    BigDecimal decimal(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode value = json.get(name);
        if (value.isNumber()) {
            return value.decimalValue();
        }
        throw OdException.badRequest(name + " must be a number.");
    }

    String text(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode value = json.get(name);
        if (!value.isString()) {
            throw OdException.badRequest(name + " must be a string.");
        }
        String text = value.stringValue();
        return text;
    }

    Boolean bool(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode value = json.get(name);
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isString()
                && (value.stringValue().equalsIgnoreCase("true")
                        || value.stringValue().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(value.stringValue());
        }
        throw OdException.badRequest(name + " must be \"true\" or \"false\".");
    }

    /** A date; "0001-01-01" and "" mean none, as in Open Dental. Absent: null, so use {@link #has} to tell. */
    LocalDate date(String name) {
        String value = text(name);
        if (value == null || value.isBlank() || value.startsWith(OdJson.NO_DATE)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw OdException.badRequest(name + " must be a date as yyyy-MM-dd.");
        }
    }

    /** One of the names of a value set, spelled as Open Dental spells it. */
    <E> E choice(String name, Map<String, E> values) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        E chosen = values.get(value);
        if (chosen == null) {
            throw OdException.badRequest(name + " is invalid. Either " + String.join(", ", values.keySet()) + ".");
        }
        return chosen;
    }
}
