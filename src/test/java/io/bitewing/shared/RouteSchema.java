package io.bitewing.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What {@code /openapi.json} says one operation takes: the fields of its JSON body (nested ones included, each with
 * its schema) and its query parameters. Also builds a plausible body from the required fields, filled with the
 * organisation's own ids, so that a single bad field is what the service has to catch.
 */
final class RouteSchema {

    /** A field of the body: its path ({@code ["benefits", 0, "percent"]}), its schema and whether it is required. */
    record Field(List<Object> path, Map<String, Object> schema, boolean required) {
        String type() {
            return RouteSchema.type(schema);
        }

        String format() {
            return (String) schema.get("format");
        }

        List<?> enumeration() {
            return (List<?>) schema.get("enum");
        }

        String name() {
            return path.get(path.size() - 1).toString();
        }
    }

    record QueryParameter(String name, Map<String, Object> schema) {}

    private final Map<String, Object> schemas;
    private final Map<String, Object> body;
    private final boolean bodyRequired;
    private final boolean takesCsv;
    private final List<QueryParameter> query;
    private final Map<String, String> ids;

    @SuppressWarnings("unchecked")
    RouteSchema(Map<String, Object> openApi, String pattern, String method, Map<String, String> ids) {
        this.schemas = (Map<String, Object>) ((Map<String, Object>) openApi.get("components")).get("schemas");
        this.ids = ids;
        var paths = (Map<String, Object>) openApi.get("paths");
        var operation = (Map<String, Object>) ((Map<String, Object>) paths.getOrDefault(pattern, Map.of()))
                .getOrDefault(method.toLowerCase(), Map.of());
        var requestBody = (Map<String, Object>) operation.getOrDefault("requestBody", Map.of());
        this.bodyRequired = Boolean.TRUE.equals(requestBody.get("required"));
        var content = (Map<String, Object>) requestBody.getOrDefault("content", Map.of());
        var json = (Map<String, Object>) content.get("application/json");
        this.body = json == null ? null : resolve((Map<String, Object>) json.get("schema"));
        this.takesCsv = content.containsKey("text/csv");
        this.query = new ArrayList<>();
        for (var parameter : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
            if ("query".equals(parameter.get("in"))) {
                query.add(new QueryParameter(
                        (String) parameter.get("name"), resolve((Map<String, Object>) parameter.get("schema"))));
            }
        }
    }

    boolean takesBody() {
        return body != null;
    }

    boolean takesCsv() {
        return takesCsv;
    }

    /** False where the body may be left out (OpenAPI's default): an empty body is then a plain request. */
    boolean bodyRequired() {
        return bodyRequired;
    }

    List<QueryParameter> query() {
        return query;
    }

    /** Every field of the body down to three levels, through objects and the items of arrays. */
    List<Field> fields() {
        var out = new ArrayList<Field>();
        if (body != null && "array".equals(type(body))) {
            collect(childSchema(body, 0), new ArrayList<Object>(List.of(0)), out, 1);
        } else if (body != null) {
            collect(body, new ArrayList<>(), out, 0);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private void collect(Map<String, Object> schema, List<Object> prefix, List<Field> out, int depth) {
        var properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        var required = (List<String>) schema.getOrDefault("required", List.of());
        for (var entry : properties.entrySet()) {
            var child = resolve((Map<String, Object>) entry.getValue());
            var path = new ArrayList<>(prefix);
            path.add(entry.getKey());
            out.add(new Field(path, child, required.contains(entry.getKey())));
            if (depth >= 2) {
                continue;
            }
            if ("object".equals(type(child))) {
                collect(child, path, out, depth + 1);
            } else if ("array".equals(type(child)) && child.get("items") != null) {
                var items = resolve((Map<String, Object>) child.get("items"));
                if ("object".equals(type(items))) {
                    var itemPath = new ArrayList<>(path); // the array's own field keeps its path
                    itemPath.add(0);
                    collect(items, itemPath, out, depth + 1);
                }
            }
        }
    }

    /** The body with only its required fields, each with a plausible value. */
    Object plausibleBody() {
        Object plausible = plausible(body, "body");
        return plausible == null ? new LinkedHashMap<>() : plausible;
    }

    /** The body with {@code value} placed at {@code field}, creating the objects and arrays on the way. */
    @SuppressWarnings("unchecked")
    Object bodyWith(Field field, Object value) {
        // A holder above the root lets a body that is an array be walked like any other container.
        var holder = new LinkedHashMap<String, Object>();
        holder.put("root", plausibleBody());
        var path = new ArrayList<Object>(List.of("root"));
        path.addAll(field.path());
        Object container = holder;
        Map<String, Object> schema = Map.of("properties", Map.of("root", body == null ? Map.of() : body));
        for (int i = 0; i < path.size() - 1; i++) {
            Object key = path.get(i);
            Map<String, Object> next = childSchema(schema, key);
            Object existing = get(container, key);
            if (existing == null) {
                existing = key instanceof Integer ? null : plausible(next, key.toString());
                if (existing == null || !(existing instanceof Map || existing instanceof List)) {
                    existing = "array".equals(type(next)) ? new ArrayList<>() : new LinkedHashMap<String, Object>();
                }
                put(container, key, existing);
            }
            if (existing instanceof List<?> list && list.isEmpty() && path.get(i + 1) instanceof Integer) {
                ((List<Object>) list).add(plausible(childSchema(next, 0), key.toString()));
            }
            container = get(container, key);
            schema = next;
        }
        put(container, path.get(path.size() - 1), value);
        return holder.get("root");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> childSchema(Map<String, Object> schema, Object key) {
        if (key instanceof Integer) {
            return resolve((Map<String, Object>) schema.get("items"));
        }
        var properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        return resolve((Map<String, Object>) properties.getOrDefault(key.toString(), Map.of()));
    }

    private static Object get(Object container, Object key) {
        if (container instanceof List<?> list) {
            int index = (Integer) key;
            return index < list.size() ? list.get(index) : null;
        }
        return ((Map<?, ?>) container).get(key);
    }

    @SuppressWarnings("unchecked")
    private static void put(Object container, Object key, Object value) {
        if (container instanceof List<?> list && key instanceof String) {
            // A named field on an array body: it goes into the first item.
            put(
                    list,
                    0,
                    list.isEmpty() || !(list.get(0) instanceof Map)
                            ? new LinkedHashMap<String, Object>()
                            : list.get(0));
            put(list.get(0), key, value);
        } else if (container instanceof List<?> list) {
            var items = (List<Object>) list;
            while (items.size() <= (Integer) key) {
                items.add(new LinkedHashMap<String, Object>());
            }
            items.set((Integer) key, value);
        } else {
            ((Map<String, Object>) container).put(key.toString(), value);
        }
    }

    @SuppressWarnings("unchecked")
    private Object plausible(Map<String, Object> schema, String name) {
        if (schema == null) {
            return null;
        }
        var enumeration = (List<?>) schema.get("enum");
        if (enumeration != null && !enumeration.isEmpty()) {
            return enumeration.get(0);
        }
        String format = (String) schema.get("format");
        return switch (String.valueOf(type(schema))) {
            case "object" -> {
                var out = new LinkedHashMap<String, Object>();
                var properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                for (String required : (List<String>) schema.getOrDefault("required", List.of())) {
                    out.put(required, plausible(resolve((Map<String, Object>) properties.get(required)), required));
                }
                yield out;
            }
            case "array" -> {
                var out = new ArrayList<Object>();
                if (schema.get("minItems") instanceof Number min && min.intValue() > 0) {
                    out.add(plausible(resolve((Map<String, Object>) schema.get("items")), name));
                }
                yield out;
            }
            case "integer" -> schema.get("minimum") instanceof Number min ? Math.max(1, min.intValue()) : 1;
            case "number" -> 10;
            case "boolean" -> true;
            case "string" ->
                "uuid".equals(format)
                        ? ids.getOrDefault(name, UUID.randomUUID().toString())
                        : "date".equals(format)
                                ? "2026-01-01"
                                : "date-time".equals(format)
                                        ? "2026-01-01T00:00:00Z"
                                        : "email".equals(format)
                                                ? "sweep@example.org"
                                                : schema.get("maxLength") instanceof Number max && max.intValue() <= 10
                                                        ? "D7777"
                                                        : "Sweep";
            default -> null;
        };
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema == null) {
            return null;
        }
        if (schema.get("$ref") instanceof String ref) {
            return resolve((Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        if (schema.get("allOf") instanceof List<?> all && all.size() == 1) {
            return resolve((Map<String, Object>) all.get(0));
        }
        if (schema.get("oneOf") instanceof List<?> one && !one.isEmpty()) {
            return resolve((Map<String, Object>) one.get(0));
        }
        return schema;
    }

    /** The schema's JSON type; OpenAPI 3.1 may list {@code ["string", "null"]}. */
    static String type(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof List<?> types) {
            return types.stream()
                    .map(Object::toString)
                    .filter(t -> !t.equals("null"))
                    .findFirst()
                    .orElse(null);
        }
        if (type == null && schema.containsKey("properties")) {
            return "object";
        }
        return (String) type;
    }
}
