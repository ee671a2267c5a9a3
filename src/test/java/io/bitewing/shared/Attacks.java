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
            return new Attack(kind, "query " + name + "=" + abbreviate(value), "?" + name + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8), null, Map.of(), false);
        }
    }

    static final int OVERSIZED_BYTES = 5 * 1024 * 1024;
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
        }
        queryAttacks(attacks);
        return attacks;
    }

    private void bodyAttacks(List<Attack> out) {
        List<Field> fields = schema.fields();
        field(out, "wrong JSON type", fields, f -> true, f -> Arbitraries.of(wrongTypes(f.type())));
        field(out, "null for a required field", fields, Field::required, f -> Arbitraries.just(null));
        field(out, "unknown enum value", fields, f -> f.enumeration() != null,
                f -> Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
                        .filter(s -> !f.enumeration().contains(s)).map(s -> (Object) ("no_" + s)));
        field(out, "negative number", fields, Attacks::numeric, f -> "integer".equals(f.type())
                ? Arbitraries.integers().between(Integer.MIN_VALUE, -1).map(n -> (Object) n)
                : Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("-0.01")).ofScale(2).map(n -> (Object) n));
        field(out, "huge number", fields, Attacks::numeric, f -> "integer".equals(f.type())
                ? Arbitraries.bigIntegers().between(BigInteger.TWO.pow(63), BigInteger.TEN.pow(40)).map(n -> (Object) n)
                : Arbitraries.integers().between(13, 400).map(e -> (Object) new BigDecimal("9.99E" + e)));
        field(out, "10,000-character string", fields, f -> "string".equals(f.type()),
                f -> Arbitraries.strings().alpha().numeric().withChars(" -'éü中").ofLength(10_000).map(s -> (Object) s));
        field(out, "invalid date", fields, f -> "date".equals(f.format()) || "date-time".equals(f.format()),
                f -> Arbitraries.oneOf(Arbitraries.of("2026-02-30", "2025-02-29", "2026-13-01", "0000-00-00", "20260101",
                        "2026-1-1", "yesterday", "", "+999999999-12-31"),
                        Arbitraries.strings().numeric().withChars('-').ofMinLength(1).ofMaxLength(12)
                                .filter(s -> !s.matches("\\d{4}-\\d{2}-\\d{2}"))).map(s -> (Object) s));
        field(out, "invalid UUID", fields, f -> "uuid".equals(f.format()),
                f -> Arbitraries.oneOf(Arbitraries.of("not-a-uuid", "1234", "", "00000000-0000-0000-0000-00000000000g",
                        "01234567-89ab-cdef-0123-456789abcdef0"),
                        Arbitraries.strings().withChars("0123456789abcdef-").ofMinLength(1).ofMaxLength(40)
                                .filter(s -> !s.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")))
                        .map(s -> (Object) s));
        unknownField(out, fields);
        deeplyNested(out, fields);
        invalidUtf8(out, fields);
        var notObjects = new ArrayList<>(List.of(" ", "null", "[]", "\"text\"", "42", "{", "{\"a\":", "{}}", "[{}]"));
        if (schema.bodyRequired()) {
            notObjects.add("");
        }
        out.add(Attack.ofBody("empty or non-object body", "body",
                sample(Arbitraries.of(notObjects)).getBytes(StandardCharsets.UTF_8)));
        out.add(new Attack("5 MB body", "body of " + OVERSIZED_BYTES + " bytes", "", oversized(),
                Map.of("Content-Type", "application/json"), true));
    }

    /** A plausible request whose headers make it unanswerable: a non-JSON Accept or a wildcard Content-Type. */
    List<Attack> headerAttacks(byte[] plausibleBody) {
        var accept = sample(Arbitraries.of("text/csv", "application/xml", "text/html", "image/png", "foo", "application/"));
        var attacks = new ArrayList<Attack>();
        var acceptHeaders = new java.util.HashMap<String, String>(Map.of("Accept", accept));
        if (plausibleBody != null) {
            acceptHeaders.put("Content-Type", "application/json");
        }
        attacks.add(new Attack("non-JSON Accept", "Accept: " + accept, "", plausibleBody, acceptHeaders, false));
        if (plausibleBody != null) {
            var contentType = sample(Arbitraries.of("*/*", "application/*", "text/plain", "application/xml", "nonsense",
                    "application/json; charset=no-such-charset"));
            attacks.add(new Attack("wrong Content-Type", "Content-Type: " + contentType, "", plausibleBody,
                    Map.of("Content-Type", contentType), false));
        }
        return attacks;
    }

    private void field(List<Attack> out, String kind, List<Field> fields, Predicate<Field> applies,
            java.util.function.Function<Field, Arbitrary<Object>> values) {
        var candidates = fields.stream().filter(applies).toList();
        if (candidates.isEmpty()) {
            return;
        }
        Field field = sample(Arbitraries.of(candidates));
        Object value = sample(values.apply(field));
        out.add(Attack.ofBody(kind, field.path() + " = " + abbreviate(String.valueOf(value)), json(schema.bodyWith(field, value))));
    }

    private void unknownField(List<Attack> out, List<Field> fields) {
        String name = "x_" + sample(Arbitraries.strings().withCharRange('a', 'z').ofLength(8));
        var objects = fields.stream().filter(f -> "object".equals(f.type())).toList();
        List<Object> path = objects.isEmpty() || sample(Arbitraries.of(true, false)) ? List.of() : sample(Arbitraries.of(objects)).path();
        var at = new ArrayList<>(path);
        at.add(name);
        out.add(Attack.ofBody("unknown field", at.toString(),
                json(schema.bodyWith(new Field(at, Map.of(), false), 1))));
    }

    private void deeplyNested(List<Attack> out, List<Field> fields) {
        int depth = sample(Arbitraries.integers().between(2_000, 20_000));
        String nested = "[".repeat(depth) + "]".repeat(depth);
        out.add(Attack.ofBody("deeply nested JSON", "depth " + depth, withRaw(fields, nested.getBytes(StandardCharsets.UTF_8))));
    }

    private void invalidUtf8(List<Attack> out, List<Field> fields) {
        byte[] bad = sample(Arbitraries.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
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
                bad = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10)
                        .filter(v -> !values.contains(v)).map(v -> "no_" + v);
            } else if ("integer".equals(type)) {
                bad = Arbitraries.oneOf(Arbitraries.of("abc", "1.5", "1e3", "0x10", "#10", "1_000"),
                        Arbitraries.integers().between(Integer.MIN_VALUE, -1).map(String::valueOf),
                        Arbitraries.bigIntegers().between(BigInteger.TWO.pow(63), BigInteger.TEN.pow(30)).map(String::valueOf));
            } else if ("number".equals(type)) {
                bad = Arbitraries.of("abc", "NaN", "Infinity", "--1", "1,5", "0x10");
            } else if ("boolean".equals(type)) {
                bad = Arbitraries.of("maybe", "2", "yes please", "tru");
            } else if ("uuid".equals(format)) {
                bad = Arbitraries.of("not-a-uuid", "1234", "00000000-0000-0000-0000-00000000000g");
            } else if ("date".equals(format)) {
                bad = Arbitraries.of("2026-02-30", "2026-13-01", "yesterday", "20260101", "+999999999-12-31", "0000-01-01");
            } else {
                bad = Arbitraries.strings().alpha().numeric().ofLength(10_000);
            }
            out.add(Attack.ofQuery("bad query value", parameter.name(), sample(bad)));
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
