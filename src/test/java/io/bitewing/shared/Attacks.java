package io.bitewing.shared;

import io.bitewing.shared.RouteSchema.Field;
import io.bitewing.shared.RouteSchema.QueryParameter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated bad input for one operation, one attack per kind that applies to it. jqwik's arbitraries choose which
 * field is hit and with what value, drawing from the thread's source of randomness (seeded by the caller).
 */
final class Attacks {

    /**
     * One bad request: its body (null for none), query string, headers, and whether it must be refused as too large.
     */
    record Attack(String kind, String what, String query, byte[] body, Map<String, String> headers, boolean oversized) {
        static Attack ofBody(String kind, String what, byte[] body) {
            return new Attack(kind, what, "", body, Map.of("Content-Type", "application/json"), false);
        }

        static Attack ofQuery(String kind, String name, String value) {
            return new Attack(
                    kind,
                    "query " + name + "=" + abbreviate(value),
                    "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8),
                    null,
                    Map.of(),
                    false);
        }
    }

    static final int OVERSIZED_BYTES = 5 * 1024 * 1024;
    static final String STRING_FOR_NUMBER = "string for a number",
            NUL_IN_TEXT = "NUL in text",
            OVERLONG_NUL = "overlong UTF-8 NUL",
            DUPLICATE_KEY = "duplicate key",
            NUL_IN_QUERY = "NUL in query",
            CSV_NOT_UTF8 = "CSV that is not UTF-8";
    /**
     * Input that can never be stored as sent: it must be refused as such (422), not as a lost race (409) that a
     * client would retry, nor as a missing row.
     */
    static final java.util.Set<String> ALWAYS_422 =
            java.util.Set.of(STRING_FOR_NUMBER, NUL_IN_TEXT, OVERLONG_NUL, DUPLICATE_KEY, NUL_IN_QUERY, CSV_NOT_UTF8);

    private static final String PLACEHOLDER = "__hostile_placeholder__";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RouteSchema schema;

    Attacks(RouteSchema schema) {
        this.schema = schema;
    }

    List<Attack> all() {
        var attacks = new ArrayList<Attack>();
        if (schema.takesBody()) {
            bodyAttacks(attacks);
            everyField(attacks, schema.fields());
            overlongNul(attacks, schema.fields());
            duplicateKey(attacks);
        }
        if (schema.takesCsv()) {
            csvNotUtf8(attacks);
        }
        queryAttacks(attacks);
        return attacks;
    }

    private void bodyAttacks(List<Attack> out) {
        List<Field> fields = schema.fields();
        field(out, "wrong JSON type", fields, f -> true, f -> Arbitraries.of(wrongTypes(f.type())));
        field(out, "null for a required field", fields, Field::required, f -> Arbitraries.just(null));
        field(
                out,
                "unknown enum value",
                fields,
                f -> f.enumeration() != null,
                f -> Arbitraries.strings()
                        .withCharRange('a', 'z')
                        .ofMinLength(1)
                        .ofMaxLength(12)
                        .filter(s -> !f.enumeration().contains(s))
                        .map(s -> (Object) ("no_" + s)));
        field(
                out,
                "negative number",
                fields,
                Attacks::numeric,
                f -> "integer".equals(f.type())
                        ? Arbitraries.integers().between(Integer.MIN_VALUE, -1).map(n -> (Object) n)
                        : Arbitraries.bigDecimals()
                                .between(new BigDecimal("-1e12"), new BigDecimal("-0.01"))
                                .ofScale(2)
                                .map(n -> (Object) n));
        field(
                out,
                "huge number",
                fields,
                Attacks::numeric,
                f -> "integer".equals(f.type())
                        ? Arbitraries.bigIntegers()
                                .between(BigInteger.TWO.pow(63), BigInteger.TEN.pow(40))
                                .map(n -> (Object) n)
                        : Arbitraries.integers().between(13, 400).map(e -> (Object) new BigDecimal("9.99E" + e)));
        field(
                out,
                "10,000-character string",
                fields,
                f -> "string".equals(f.type()),
                f -> Arbitraries.strings()
                        .alpha()
                        .numeric()
                        .withChars(" -'éü中")
                        .ofLength(10_000)
                        .map(s -> (Object) s));
        field(
                out,
                "invalid date",
                fields,
                f -> "date".equals(f.format()) || "date-time".equals(f.format()),
                f -> Arbitraries.oneOf(
                                Arbitraries.of(
                                        "2026-02-30",
                                        "2025-02-29",
                                        "2026-13-01",
                                        "0000-00-00",
                                        "20260101",
                                        "2026-1-1",
                                        "yesterday",
                                        "",
                                        "+999999999-12-31"),
                                Arbitraries.strings()
                                        .numeric()
                                        .withChars('-')
                                        .ofMinLength(1)
                                        .ofMaxLength(12)
                                        .filter(s -> !s.matches("\\d{4}-\\d{2}-\\d{2}")))
                        .map(s -> (Object) s));
        field(
                out,
                "invalid UUID",
                fields,
                f -> "uuid".equals(f.format()),
                f -> Arbitraries.oneOf(
                                Arbitraries.of(
                                        "not-a-uuid",
                                        "1234",
                                        "",
                                        "00000000-0000-0000-0000-00000000000g",
                                        "01234567-89ab-cdef-0123-456789abcdef0"),
                                Arbitraries.strings()
                                        .withChars("0123456789abcdef-")
                                        .ofMinLength(1)
                                        .ofMaxLength(40)
                                        .filter(s -> !s.matches(
                                                "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")))
                        .map(s -> (Object) s));
        unknownField(out, fields);
        deeplyNested(out, fields);
        invalidUtf8(out, fields);
        var notObjects = new ArrayList<>(List.of(" ", "null", "[]", "\"text\"", "42", "{", "{\"a\":", "{}}", "[{}]"));
        if (schema.bodyRequired()) {
            notObjects.add("");
        }
        out.add(Attack.ofBody(
                "empty or non-object body",
                "body",
                sample(Arbitraries.of(notObjects)).getBytes(StandardCharsets.UTF_8)));
        out.add(new Attack(
                "5 MB body",
                "body of " + OVERSIZED_BYTES + " bytes",
                "",
                oversized(),
                Map.of("Content-Type", "application/json"),
                true));
    }

    /** A plausible request whose headers make it unanswerable: a non-JSON Accept or a wildcard Content-Type. */
    List<Attack> headerAttacks(byte[] plausibleBody) {
        var accept =
                sample(Arbitraries.of("text/csv", "application/xml", "text/html", "image/png", "foo", "application/"));
        var attacks = new ArrayList<Attack>();
        var acceptHeaders = new java.util.HashMap<String, String>(Map.of("Accept", accept));
        if (plausibleBody != null) {
            acceptHeaders.put("Content-Type", "application/json");
        }
        attacks.add(new Attack("non-JSON Accept", "Accept: " + accept, "", plausibleBody, acceptHeaders, false));
        if (plausibleBody != null) {
            var contentType = sample(Arbitraries.of(
                    "*/*",
                    "application/*",
                    "text/plain",
                    "application/xml",
                    "nonsense",
                    "application/json; charset=no-such-charset"));
            attacks.add(new Attack(
                    "wrong Content-Type",
                    "Content-Type: " + contentType,
                    "",
                    plausibleBody,
                    Map.of("Content-Type", contentType),
                    false));
        }
        return attacks;
    }

    private void field(
            List<Attack> out,
            String kind,
            List<Field> fields,
            Predicate<Field> applies,
            java.util.function.Function<Field, Arbitrary<Object>> values) {
        var candidates = fields.stream().filter(applies).toList();
        if (candidates.isEmpty()) {
            return;
        }
        Field field = sample(Arbitraries.of(candidates));
        Object value = sample(values.apply(field));
        out.add(Attack.ofBody(
                kind, field.path() + " = " + abbreviate(String.valueOf(value)), json(schema.bodyWith(field, value))));
    }

    /** Every number sent as a decimal string and every plain text field with a NUL in it, one request each. */
    private void everyField(List<Attack> out, List<Field> fields) {
        for (Field field : fields) {
            if ("integer".equals(field.type()) || "number".equals(field.type())) {
                String text = "integer".equals(field.type()) ? "12" : "12.50";
                out.add(Attack.ofBody(
                        STRING_FOR_NUMBER, field.path() + " = \"" + text + "\"", json(schema.bodyWith(field, text))));
            }
            if ("string".equals(field.type()) && field.format() == null && field.enumeration() == null) {
                out.add(Attack.ofBody(
                        NUL_IN_TEXT,
                        field.path() + " = Sweep\\u0000NUL",
                        json(schema.bodyWith(field, "Sweep\u0000NUL"))));
            }
        }
    }

    private void overlongNul(List<Attack> out, List<Field> fields) {
        var quoted = new ByteArrayOutputStream();
        quoted.writeBytes("\"Sweep".getBytes(StandardCharsets.UTF_8));
        quoted.writeBytes(new byte[] {(byte) 0xC0, (byte) 0x80});
        quoted.writeBytes("NUL\"".getBytes(StandardCharsets.UTF_8));
        out.add(Attack.ofBody(OVERLONG_NUL, "C0 80 in a string", withRaw(fields, quoted.toByteArray())));
    }

    /** The plausible body with its first key (or the first key of its first item) given twice. */
    private void duplicateKey(List<Attack> out) {
        Object plausible = schema.plausibleBody();
        Object target = plausible instanceof List<?> items && !items.isEmpty() ? items.get(0) : plausible;
        if (!(target instanceof Map<?, ?> object)) {
            return;
        }
        @SuppressWarnings("unchecked")
        var fields = (Map<String, Object>) object;
        String key =
                fields.isEmpty() ? "x_duplicate" : fields.keySet().iterator().next();
        String text = new String(json(plausible), StandardCharsets.UTF_8);
        String objectText = new String(json(target), StandardCharsets.UTF_8);
        String repeated = "\"" + key + "\":" + new String(json(fields.getOrDefault(key, 1)), StandardCharsets.UTF_8);
        String doubled = objectText.equals("{}")
                ? "{" + repeated + "," + repeated + "}"
                : "{" + repeated + "," + objectText.substring(1);
        int at = text.indexOf(objectText);
        String raw = text.substring(0, at) + doubled + text.substring(at + objectText.length());
        out.add(Attack.ofBody(DUPLICATE_KEY, "\"" + key + "\" twice", raw.getBytes(StandardCharsets.UTF_8)));
    }

    private void csvNotUtf8(List<Attack> out) {
        var body = new ByteArrayOutputStream();
        body.writeBytes("code,description,category,treat_area\nD0120,Exam ".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(sample(Arbitraries.of(
                new byte[] {(byte) 0xE9},
                new byte[] {(byte) 0xC0, (byte) 0x80},
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})));
        body.writeBytes(",Diagnostic,mouth\n".getBytes(StandardCharsets.UTF_8));
        out.add(new Attack(
                CSV_NOT_UTF8,
                "invalid bytes in a row",
                "",
                body.toByteArray(),
                Map.of("Content-Type", "text/csv"),
                false));
    }

    private void unknownField(List<Attack> out, List<Field> fields) {
        String name =
                "x_" + sample(Arbitraries.strings().withCharRange('a', 'z').ofLength(8));
        var objects = fields.stream().filter(f -> "object".equals(f.type())).toList();
        List<Object> path = objects.isEmpty() || sample(Arbitraries.of(true, false))
                ? List.of()
                : sample(Arbitraries.of(objects)).path();
        var at = new ArrayList<>(path);
        at.add(name);
        out.add(Attack.ofBody(
                "unknown field", at.toString(), json(schema.bodyWith(new Field(at, Map.of(), false), 1))));
    }

    private void deeplyNested(List<Attack> out, List<Field> fields) {
        int depth = sample(Arbitraries.integers().between(2_000, 20_000));
        String nested = "[".repeat(depth) + "]".repeat(depth);
        out.add(Attack.ofBody(
                "deeply nested JSON", "depth " + depth, withRaw(fields, nested.getBytes(StandardCharsets.UTF_8))));
    }

    private void invalidUtf8(List<Attack> out, List<Field> fields) {
        byte[] bad = sample(Arbitraries.of(
                new byte[] {(byte) 0xC3, 0x28},
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xE2, (byte) 0x82},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        var quoted = new ByteArrayOutputStream();
        quoted.write('"');
        quoted.writeBytes("Sweep".getBytes(StandardCharsets.UTF_8));
        quoted.writeBytes(bad);
        quoted.write('"');
        out.add(Attack.ofBody("invalid UTF-8", "bytes in a string", withRaw(fields, quoted.toByteArray())));
    }

    /** The plausible body with raw JSON text at a string field (or a new one), for what a map cannot hold. */
    private byte[] withRaw(List<Field> fields, byte[] raw) {
        var strings = fields.stream().filter(f -> "string".equals(f.type())).toList();
        Field at = strings.isEmpty() ? new Field(List.of("x_raw"), Map.of(), false) : sample(Arbitraries.of(strings));
        String text = new String(json(schema.bodyWith(at, PLACEHOLDER)), StandardCharsets.UTF_8);
        int i = text.indexOf('"' + PLACEHOLDER + '"');
        var out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, i).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw);
        out.writeBytes(text.substring(i + PLACEHOLDER.length() + 2).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private void queryAttacks(List<Attack> out) {
        for (QueryParameter parameter : schema.query()) {
            var s = parameter.schema();
            String type = RouteSchema.type(s);
            String format = (String) s.get("format");
            Arbitrary<String> bad;
            if (s.get("enum") instanceof List<?> values) {
                bad = Arbitraries.strings()
                        .withCharRange('a', 'z')
                        .ofMinLength(1)
                        .ofMaxLength(10)
                        .filter(v -> !values.contains(v))
                        .map(v -> "no_" + v);
            } else if ("integer".equals(type)) {
                bad = Arbitraries.oneOf(
                        Arbitraries.of("abc", "1.5", "1e3", "0x10", "#10", "1_000"),
                        Arbitraries.integers().between(Integer.MIN_VALUE, -1).map(String::valueOf),
                        Arbitraries.bigIntegers()
                                .between(BigInteger.TWO.pow(63), BigInteger.TEN.pow(30))
                                .map(String::valueOf));
            } else if ("number".equals(type)) {
                bad = Arbitraries.of("abc", "NaN", "Infinity", "--1", "1,5", "0x10");
            } else if ("boolean".equals(type)) {
                bad = Arbitraries.of("maybe", "2", "yes please", "tru");
            } else if ("uuid".equals(format)) {
                bad = Arbitraries.of("not-a-uuid", "1234", "00000000-0000-0000-0000-00000000000g");
            } else if ("date".equals(format)) {
                bad = Arbitraries.of(
                        "2026-02-30", "2026-13-01", "yesterday", "20260101", "+999999999-12-31", "0000-01-01");
            } else {
                bad = Arbitraries.strings().alpha().numeric().ofLength(10_000);
            }
            out.add(Attack.ofQuery("bad query value", parameter.name(), sample(bad)));
            if ("string".equals(type) && format == null && s.get("enum") == null) {
                String raw = sample(Arbitraries.of("Sweep%00NUL", "%00", "Sweep%C0%80NUL", "Sweep%FF"));
                out.add(new Attack(
                        NUL_IN_QUERY,
                        "query " + parameter.name() + "=" + raw,
                        "?" + parameter.name() + "=" + raw,
                        null,
                        Map.of(),
                        false));
            }
        }
    }

    private static boolean numeric(Field field) {
        if (!"integer".equals(field.type()) && !"number".equals(field.type())) {
            return false;
        }
        // A field that declares no minimum may take negatives (a percentage adjustment, say).
        return field.schema().get("minimum") instanceof Number min && min.doubleValue() >= 0;
    }

    private static List<Object> wrongTypes(String type) {
        return switch (String.valueOf(type)) {
            case "string" -> List.of(12345, true, Map.of("a", 1), List.of(1));
            case "integer" -> List.of("12", true, 1.5, Map.of("a", 1), List.of(1));
            case "number" -> List.of(true, Map.of("a", 1), List.of(1), "abc");
            case "boolean" -> List.of("yes", 1, Map.of("a", 1), List.of(true));
            case "array" -> List.of("x", 5, Map.of("a", 1), true);
            default -> List.of("x", 5, List.of(1), true);
        };
    }

    private byte[] oversized() {
        var body = new byte[OVERSIZED_BYTES];
        byte[] head = "{\"x\": \"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, body, 0, head.length);
        java.util.Arrays.fill(body, head.length, body.length - 2, (byte) 'a');
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }

    private <T> T sample(Arbitrary<T> arbitrary) {
        return arbitrary.sample();
    }

    private static byte[] json(Object body) {
        return JSON.writeValueAsBytes(body);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + " chars)" : value;
    }
}
