package io.bitewing.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.bitewing.demo.DemoOrganisation;
import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.Receiver;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published document against the wire: every GET of {@code /openapi.json} is called on an organisation holding
 * the demo's rows, its path ids found by reading the lists first, and each 200 body is validated against the
 * operation's schema, with undocumented fields refused. Fails listing every difference.
 */
class OpenApiWireTest extends ApiTestSupport {

    /** GETs the demo's rows cannot reach, each with why. */
    private static final Map<String, String> NOT_CALLED = Map.of(
            "GET /api/v1/{org_id}/insurance/verifications/{verification_uuid}", "the demo records no verification",
            "GET /api/v1/{org_id}/insurance/x12/change-sets/{change_set_uuid}",
                    "the demo reads no X12 271, so holds no change set");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final int TRIES_PER_OPERATION = 25;

    @Autowired
    ApplicationContext context;

    /** A value for a path or query variable, and the variables that were set when it was read. */
    private record Candidate(String value, Map<String, String> seenWith) {
        boolean agreesWith(Map<String, String> chosen) {
            return seenWith.entrySet().stream()
                    .allMatch(e -> !chosen.containsKey(e.getKey())
                            || chosen.get(e.getKey()).equals(e.getValue()));
        }
    }

    private record Get(String path, List<String> variables, Map<String, JsonNode> requiredQuery, JsonNode operation) {
        String key() {
            return "GET " + path;
        }
    }

    private final Map<String, List<Candidate>> candidates = new HashMap<>();
    private final Map<String, List<String>> differences = new TreeMap<>();
    private final Map<String, String> unreached = new TreeMap<>();

    /**
     * What the demo does not hold but a practice soon does: a webhook endpoint with a delivery, a background import
     * run and an X12 batch, so their GETs are checked too.
     */
    private void backgroundWork(Org org, Receiver receiver) {
        String endpoint = org.practice()
                .body(Map.of("url", receiver.url(), "event_types", List.of("carrier")))
                .post("/webhook-endpoints")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String delivery = org.practice()
                .post("/webhook-endpoints/" + endpoint + "/ping")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        candidates.put("webhook_endpoint_uuid", new ArrayList<>(List.of(new Candidate(endpoint, Map.of()))));
        candidates.put(
                "delivery_uuid",
                new ArrayList<>(List.of(new Candidate(delivery, Map.of("webhook_endpoint_uuid", endpoint)))));
        String run = org.api()
                .body(Map.of("carriers", List.of(Map.of("carrier_name", "Wire Import Dental"))))
                .post("/carriers/import?async=true")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        candidates.put("import_uuid", new ArrayList<>(List.of(new Candidate(run, Map.of()))));
        String batch;
        try (var edi = OpenApiWireTest.class.getResourceAsStream("/x12/remittance-first.835")) {
            batch = org.api()
                    .contentType("application/edi-x12")
                    .body(edi.readAllBytes())
                    .post("/x12/batches")
                    .then()
                    .statusCode(202)
                    .extract()
                    .path("id");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        candidates.put("batch_uuid", new ArrayList<>(List.of(new Candidate(batch, Map.of()))));
    }

    @Test
    void everyGetOfTheDemoAnswersExactlyWhatItsSchemaSays() {
        Org org = newOrg();
        DemoOrganisation.populate(context, org.id());
        JsonNode doc = JSON.readTree(given().port(port).get("/openapi.json").asString());
        ObjectNode components = strict((ObjectNode) doc.get("components").deepCopy());

        List<Get> gets = gets(doc);
        candidates.put("org_id", List.of(new Candidate(org.id().toString(), Map.of())));
        try (var receiver = new Receiver()) {
            backgroundWork(org, receiver);
        }
        Set<String> reached = new LinkedHashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Get get : gets) {
                if (reached.contains(get.key())) {
                    continue;
                }
                for (Map<String, String> values : assignments(get)) {
                    var response = call(org, url(get, values));
                    if (response.statusCode() == 422 && askedFor(get, JSON.readTree(response.asString()))) {
                        progress = true;
                        break;
                    }
                    if (response.statusCode() != 200) {
                        if (!reached.contains(get.key())) {
                            unreached.putIfAbsent(
                                    get.key(), response.statusCode() + " for " + values + ": " + response.asString());
                        }
                        continue;
                    }
                    unreached.remove(get.key());
                    progress |= reached.add(get.key());
                    check(get, response.contentType(), response.asString(), components, gets, values);
                }
            }
        }

        gets.stream()
                .filter(get -> !reached.contains(get.key()) && !unreached.containsKey(get.key()))
                .forEach(get -> unreached.put(get.key(), "no value for " + missing(get)));
        NOT_CALLED.keySet().forEach(unreached::remove);
        assertThat(differences).as("answers that differ from their schema").isEmpty();
        assertThat(unreached)
                .as("GETs not called (list them in NOT_CALLED with a reason)")
                .isEmpty();
        assertThat(NOT_CALLED.keySet())
                .as("NOT_CALLED names only GETs that exist and are not reached")
                .allMatch(key -> gets.stream().anyMatch(get -> get.key().equals(key)) && !reached.contains(key));
    }

    /** As the organisation; the routes only the service's admin key may call, with that key. */
    private Response call(Org org, String url) {
        var response = given().port(port).auth().oauth2(org.token()).get(url);
        if (response.statusCode() == 403 || response.statusCode() == 401) {
            return given().port(port).auth().oauth2(ADMIN_KEY).get(url);
        }
        return response;
    }

    private void check(
            Get get,
            String contentType,
            String body,
            ObjectNode components,
            List<Get> gets,
            Map<String, String> values) {
        JsonNode content = get.operation().path("responses").path("200").path("content");
        JsonNode schema = content.path("application/json").get("schema");
        if (schema == null) {
            if (content.propertyNames().stream().noneMatch(type -> contentType.startsWith(type))) {
                differences
                        .computeIfAbsent(get.key(), key -> new ArrayList<>())
                        .add("answered " + contentType + ", documents " + content.propertyNames());
            }
            return;
        }
        JsonNode answer = JSON.readTree(body);
        List<Error> errors = validate(schema, components, answer);
        if (!errors.isEmpty()) {
            var listed = differences.computeIfAbsent(get.key(), key -> new ArrayList<>());
            errors.stream()
                    .limit(15)
                    .map(e -> values + " " + e.getInstanceLocation() + ": " + e.getMessage())
                    .forEach(listed::add);
        }
        harvest(get, answer, gets, values);
    }

    @Test
    void theCheckRefusesAnUndocumentedFieldAMissingOneAndANullWhereNoneIsAllowed() {
        JsonNode doc = JSON.readTree(given().port(port).get("/openapi.json").asString());
        ObjectNode components = strict((ObjectNode) doc.get("components").deepCopy());
        JsonNode carrier = JSON.readTree("{\"$ref\": \"#/components/schemas/Carrier\"}");
        ObjectNode answer = (ObjectNode) JSON.readTree(newOrg().api()
                .body(Map.of("carrier_name", "Checked Carrier"))
                .post("/carriers")
                .asString());
        assertThat(validate(carrier, components, answer)).isEmpty();

        assertThat(validate(carrier, components, answer.deepCopy().put("carrierName", "typo")))
                .extracting(Error::getMessage)
                .anyMatch(message -> message.contains("carrierName"));
        ObjectNode withoutVersion = answer.deepCopy();
        withoutVersion.remove("version");
        assertThat(validate(carrier, components, withoutVersion))
                .extracting(Error::getMessage)
                .anyMatch(message -> message.contains("version"));
        assertThat(validate(carrier, components, answer.deepCopy().putNull("id")))
                .isNotEmpty();
    }

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    /** The answer against the schema, whose references resolve into the (strict) components beside it. */
    static List<Error> validate(JsonNode schema, ObjectNode components, JsonNode answer) {
        ObjectNode root = strict((ObjectNode) schema.deepCopy());
        root.set("components", components);
        return REGISTRY.getSchema(root).validate(answer);
    }

    /** Object schemas refuse properties they do not name, so an undocumented field is a difference. */
    static ObjectNode strict(ObjectNode schema) {
        forbidExtras(schema);
        return schema;
    }

    private static void forbidExtras(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties")
                    && !object.has("additionalProperties")
                    && !object.has("allOf")
                    && !object.has("anyOf")
                    && !object.has("oneOf")) {
                object.put("additionalProperties", false);
            }
            object.values().forEach(OpenApiWireTest::forbidExtras);
        } else if (node != null && node.isArray()) {
            node.values().forEach(OpenApiWireTest::forbidExtras);
        }
    }

    private static List<Get> gets(JsonNode doc) {
        var gets = new ArrayList<Get>();
        doc.get("paths").properties().forEach(entry -> {
            JsonNode operation = entry.getValue().get("get");
            if (operation == null) {
                return;
            }
            var variables = new ArrayList<String>();
            var matcher = PATH_VARIABLE.matcher(entry.getKey());
            while (matcher.find()) {
                variables.add(matcher.group(1));
            }
            var query = new LinkedHashMap<String, JsonNode>();
            operation.path("parameters").forEach(parameter -> {
                if ("query".equals(parameter.path("in").asString())
                        && parameter.path("required").asBoolean(false)) {
                    query.put(parameter.path("name").asString(), parameter.path("schema"));
                }
            });
            gets.add(new Get(entry.getKey(), variables, query, operation));
        });
        return gets;
    }

    /**
     * A query parameter the answer says this organisation must send (an optional one it cannot default): it becomes
     * a variable to fill, and the operation is tried again.
     */
    private static boolean askedFor(Get get, JsonNode problem) {
        boolean added = false;
        for (JsonNode entry : problem.path("detail")) {
            JsonNode loc = entry.path("loc");
            String name = loc.path(1).asString();
            if ("query".equals(loc.path(0).asString()) && !get.requiredQuery().containsKey(name)) {
                get.requiredQuery().put(name, JSON.createObjectNode());
                added = true;
            }
        }
        return added;
    }

    /** Up to a few consistent fillings of the operation's variables, from what earlier answers showed. */
    private List<Map<String, String>> assignments(Get get) {
        var slots = new ArrayList<String>(get.variables());
        slots.addAll(get.requiredQuery().keySet());
        var found = new ArrayList<Map<String, String>>();
        fill(get, slots, 0, new LinkedHashMap<>(), found);
        return found;
    }

    private void fill(
            Get get, List<String> slots, int at, Map<String, String> chosen, List<Map<String, String>> found) {
        if (found.size() >= TRIES_PER_OPERATION) {
            return;
        }
        if (at == slots.size()) {
            found.add(new LinkedHashMap<>(chosen));
            return;
        }
        String slot = slots.get(at);
        for (Candidate candidate : candidatesFor(slot, get.requiredQuery().get(slot))) {
            if (candidate.agreesWith(chosen)) {
                chosen.put(slot, candidate.value());
                fill(get, slots, at + 1, chosen, found);
                chosen.remove(slot);
            }
        }
    }

    private List<Candidate> candidatesFor(String name, JsonNode querySchema) {
        var all = new ArrayList<Candidate>(candidates.getOrDefault(name, List.of()));
        if (name.endsWith("_id")) {
            all.addAll(candidates.getOrDefault(name.substring(0, name.length() - 3) + "_uuid", List.of()));
        }
        if (all.isEmpty() && querySchema != null) {
            if (querySchema.has("enum")) {
                all.add(new Candidate(querySchema.get("enum").get(0).asString(), Map.of()));
            } else if (querySchema.has("default")) {
                all.add(new Candidate(querySchema.get("default").asString(), Map.of()));
            } else if ("date".equals(querySchema.path("format").asString())) {
                all.add(new Candidate(LocalDate.now().toString(), Map.of()));
            }
        }
        return all;
    }

    private List<String> missing(Get get) {
        var missing = new ArrayList<String>();
        get.variables().forEach(v -> {
            if (candidatesFor(v, null).isEmpty()) {
                missing.add(v);
            }
        });
        get.requiredQuery().forEach((name, schema) -> {
            if (candidatesFor(name, schema).isEmpty()) {
                missing.add(name);
            }
        });
        return missing;
    }

    private static String url(Get get, Map<String, String> values) {
        String path = get.path();
        for (String variable : get.variables()) {
            path = path.replace("{" + variable + "}", values.get(variable));
        }
        var query = new StringBuilder();
        get.requiredQuery()
                .keySet()
                .forEach(name -> query.append(query.isEmpty() ? "?" : "&")
                        .append(name)
                        .append('=')
                        .append(values.get(name)));
        return path + query;
    }

    /**
     * Learns variable values from an answer: a list's item ids fill the variable of the path one level below it, and
     * a field named as a variable ({@code patient_uuid}, {@code PatNum}, a reference {@code plan: {id}} for
     * {@code plan_uuid}) fills that variable.
     */
    private void harvest(Get get, JsonNode answer, List<Get> gets, Map<String, String> seenWith) {
        Set<String> names = new LinkedHashSet<>();
        gets.forEach(g -> {
            names.addAll(g.variables());
            names.addAll(g.requiredQuery().keySet());
        });
        JsonNode items = answer.isArray() ? answer : answer.path("items");
        for (Get child : gets) {
            String below = child.path();
            if (below.startsWith(get.path() + "/{")
                    && below.indexOf('/', get.path().length() + 1) < 0) {
                String variable = child.variables().get(child.variables().size() - 1);
                items.forEach(item -> {
                    if (item.has("id")) {
                        add(variable, item.get("id"), seenWith);
                    }
                });
            }
        }
        walk(answer, names, seenWith);
    }

    private void walk(JsonNode node, Set<String> names, Map<String, String> seenWith) {
        if (node.isArray()) {
            node.values().forEach(value -> walk(value, names, seenWith));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            var field = it.next();
            // patient_plan_id (as the Payor shape names ids) is the same id as patient_plan_uuid.
            String key = field.getKey().endsWith("_id")
                    ? field.getKey().substring(0, field.getKey().length() - 3) + "_uuid"
                    : field.getKey();
            JsonNode value = field.getValue();
            for (String name : names) {
                if (value.isValueNode() && (key.equals(name) || (name.endsWith("_uuid") && key.endsWith("_" + name)))) {
                    add(name, value, seenWith);
                }
                if (value.isObject() && value.has("id") && name.equals(key + "_uuid")) {
                    add(name, value.get("id"), seenWith);
                }
            }
            walk(value, names, seenWith);
        }
    }

    private void add(String variable, JsonNode value, Map<String, String> seenWith) {
        if (value.isNull() || !(value.isString() || value.isIntegralNumber())) {
            return;
        }
        var context = new LinkedHashMap<>(seenWith);
        context.remove(variable);
        var candidate = new Candidate(value.asString(), context);
        var known = candidates.computeIfAbsent(variable, v -> new ArrayList<>());
        if (known.stream().noneMatch(c -> c.value().equals(candidate.value()))) {
            known.add(candidate);
        }
    }
}
