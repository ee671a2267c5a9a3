package io.bitewing.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.bitewing.support.ApiTestSupport;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint of the Dental PMS reference, as transcribed in {@code contract/reference-endpoints.tsv}, against the
 * published {@code /openapi.json} and the live service: the same success status, query parameters (required ones
 * marked so), body fields the reference requires or fixes the values of, and the same value sets; and a live call
 * that leaves out a required query parameter or sends a value outside a set gets the reference's 422 naming it.
 */
class ReferenceContractTest extends ApiTestSupport {

    private static final String NOT_A_VALUE = "not_a_reference_value";

    /**
     * Values Bitewing takes beyond a reference value set, each a decision in docs/decisions.md: drafts are filtered by
     * every status a draft can have (the reference's own item status names {@code error}, its filter list does not);
     * {@code active_coverage} holds Open Dental's ActiveCoverage benefits, stored and marked as not applied.
     */
    private static final Map<String, List<String>> ADDITIONS = Map.of(
            "GET /insurance/drafts review_status", List.of("error"),
            "POST /insurance/plans/{plan_uuid}/benefits benefit_type", List.of("active_coverage"),
            "POST /insurance/patient-plans/{patient_plan_uuid}/benefits benefit_type", List.of("active_coverage"));

    /** One reference endpoint. */
    record Endpoint(String method, String path, int success, List<Item> query, List<Item> body) {
        String fullPath() {
            return "/api/v1/{org_id}" + path;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A query parameter or body field: its name, whether the reference requires it, its values when fixed. */
    record Item(String name, boolean required, List<String> values) {
        static List<Item> parse(String column) {
            if (column.equals("-")) {
                return List.of();
            }
            return Arrays.stream(column.split(","))
                    .map(text -> {
                        int eq = text.indexOf('=');
                        String head = eq < 0 ? text : text.substring(0, eq);
                        List<String> values = eq < 0
                                ? List.of()
                                : List.of(text.substring(eq + 1).split("\\|"));
                        boolean required = head.endsWith("*");
                        return new Item(required ? head.substring(0, head.length() - 1) : head, required, values);
                    })
                    .toList();
        }
    }

    static List<Endpoint> reference() {
        try (InputStream in = ReferenceContractTest.class.getResourceAsStream("/contract/reference-endpoints.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(c -> new Endpoint(c[0], c[1], Integer.parseInt(c[2]), Item.parse(c[3]), Item.parse(c[4])))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theTranscriptionHoldsTheReferencesHundredAndTwentyEndpoints() {
        assertThat(reference()).hasSize(120);
        assertThat(reference().stream().map(Endpoint::toString).distinct()).hasSize(120);
    }

    @TestFactory
    Stream<DynamicTest> openApiDeclaresWhatTheReferenceDeclares() {
        Map<String, Object> doc = openApi();
        return reference().stream()
                .map(endpoint -> dynamicTest(endpoint + " is declared as the reference", () -> {
                    Map<String, Object> operation = operation(doc, endpoint);
                    assertThat(operation).as(endpoint + " is published").isNotNull();
                    assertThat(map(operation.get("responses")))
                            .as(endpoint + " success status")
                            .containsKey(String.valueOf(endpoint.success()));
                    var declared = new LinkedHashMap<String, Map<String, Object>>();
                    for (Object p : list(operation.get("parameters"))) {
                        var parameter = map(p);
                        if ("query".equals(parameter.get("in"))) {
                            declared.put((String) parameter.get("name"), parameter);
                        }
                    }
                    for (Item item : endpoint.query()) {
                        var parameter = declared.get(item.name());
                        assertThat(parameter)
                                .as(endpoint + " query " + item.name())
                                .isNotNull();
                        assertThat(Boolean.TRUE.equals(parameter.get("required")))
                                .as(endpoint + " query " + item.name() + " required")
                                .isEqualTo(item.required());
                        if (!item.values().isEmpty()) {
                            assertThat(enumOf(doc, map(parameter.get("schema"))))
                                    .as(endpoint + " query " + item.name() + " values")
                                    .containsExactlyInAnyOrderElementsOf(withAdditions(endpoint, item));
                        }
                    }
                    // Required query parameters the reference does not name would refuse its clients' calls.
                    declared.forEach((name, parameter) -> {
                        if (Boolean.TRUE.equals(parameter.get("required"))) {
                            assertThat(endpoint.query())
                                    .as(endpoint + " requires " + name)
                                    .extracting(Item::name)
                                    .contains(name);
                        }
                    });
                    if (!endpoint.body().isEmpty()) {
                        Map<String, Object> schema = bodySchema(doc, operation);
                        assertThat(schema).as(endpoint + " takes a JSON body").isNotNull();
                        Map<String, Object> properties = map(schema.get("properties"));
                        List<Object> required = list(schema.get("required"));
                        for (Item item : endpoint.body()) {
                            assertThat(properties).as(endpoint + " body").containsKey(item.name());
                            if (item.required()) {
                                assertThat(required)
                                        .as(endpoint + " body requires")
                                        .contains(item.name());
                            }
                            if (!item.values().isEmpty()) {
                                assertThat(enumOf(doc, map(properties.get(item.name()))))
                                        .as(endpoint + " body " + item.name() + " values")
                                        .containsExactlyInAnyOrderElementsOf(withAdditions(endpoint, item));
                            }
                        }
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> aMissingRequiredQueryParameterIsRefusedNamingEveryOne() {
        var org = newOrg();
        return reference().stream()
                .filter(e -> e.query().stream().anyMatch(Item::required))
                .map(endpoint -> dynamicTest(endpoint + " names each missing parameter", () -> {
                    Response response = call(org, endpoint, Map.of(), null);
                    assertThat(response.statusCode()).as(endpoint.toString()).isEqualTo(422);
                    List<List<Object>> locs = response.jsonPath().getList("detail.loc");
                    for (Item item : endpoint.query()) {
                        if (item.required()) {
                            assertThat(locs).as(endpoint.toString()).contains(List.of("query", item.name()));
                        }
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> aQueryValueOutsideTheReferencesSetIsRefusedNamingTheParameter() {
        var org = newOrg();
        return reference().stream()
                .flatMap(endpoint -> endpoint.query().stream()
                        .filter(item -> !item.values().isEmpty())
                        .map(item -> dynamicTest(endpoint + " refuses " + item.name() + "=" + NOT_A_VALUE, () -> {
                            var query = new LinkedHashMap<String, String>();
                            endpoint.query().stream()
                                    .filter(Item::required)
                                    .forEach(r -> query.put(
                                            r.name(),
                                            r.values().isEmpty()
                                                    ? "x"
                                                    : r.values().get(0)));
                            query.put(item.name(), NOT_A_VALUE);
                            Response response = call(org, endpoint, query, null);
                            assertThat(response.statusCode())
                                    .as(endpoint.toString())
                                    .isEqualTo(422);
                            assertThat(response.jsonPath().<Object>getList("detail.loc"))
                                    .as(endpoint.toString())
                                    .contains(List.of("query", item.name()));
                        })));
    }

    @TestFactory
    Stream<DynamicTest> aBodyValueOutsideTheReferencesSetIsRefusedNamingTheField() {
        var org = newOrg();
        return reference().stream()
                .flatMap(endpoint -> endpoint.body().stream()
                        .filter(item -> !item.values().isEmpty())
                        .map(item -> dynamicTest(endpoint + " refuses " + item.name() + ": " + NOT_A_VALUE, () -> {
                            Response response = call(org, endpoint, Map.of(), Map.of(item.name(), NOT_A_VALUE));
                            assertThat(response.statusCode())
                                    .as(endpoint.toString())
                                    .isEqualTo(422);
                            assertThat(response.jsonPath().<Object>getList("detail.loc"))
                                    .as(endpoint.toString())
                                    .contains(List.of("body", item.name()));
                        })));
    }

    @TestFactory
    Stream<DynamicTest> anEmptyBodyIsRefusedNamingEveryRequiredField() {
        var org = newOrg();
        return reference().stream()
                .filter(e -> e.body().stream().anyMatch(Item::required))
                .map(endpoint -> dynamicTest(endpoint + " names each missing field", () -> {
                    Response response = call(org, endpoint, Map.of(), Map.of());
                    assertThat(response.statusCode()).as(endpoint.toString()).isEqualTo(422);
                    List<Object> locs = response.jsonPath().<Object>getList("detail.loc");
                    for (Item item : endpoint.body()) {
                        if (item.required()) {
                            assertThat(locs).as(endpoint.toString()).contains(List.of("body", item.name()));
                        }
                    }
                }));
    }

    private static List<String> withAdditions(Endpoint endpoint, Item item) {
        var values = new ArrayList<>(item.values());
        values.addAll(ADDITIONS.getOrDefault(endpoint + " " + item.name(), List.of()));
        return values;
    }

    /** Calls the endpoint with every id in its path a random one: the refusal must come before any lookup. */
    private static Response call(Org org, Endpoint endpoint, Map<String, String> query, Object body) {
        String path =
                endpoint.path().replaceAll("\\{[a-z_]+}", UUID.randomUUID().toString());
        var request = org.practice().queryParams(query);
        if (body != null) {
            request = request.body(body);
        }
        return request.request(endpoint.method(), path);
    }

    private Map<String, Object> openApi() {
        return given().port(port)
                .get("/openapi.json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
    }

    private static Map<String, Object> operation(Map<String, Object> doc, Endpoint endpoint) {
        var path = map(map(doc.get("paths")).get(endpoint.fullPath()));
        return path == null ? null : map(path.get(endpoint.method().toLowerCase()));
    }

    private static Map<String, Object> bodySchema(Map<String, Object> doc, Map<String, Object> operation) {
        var content = map(
                map(operation.get("requestBody")) == null
                        ? null
                        : map(operation.get("requestBody")).get("content"));
        if (content == null || content.get("application/json") == null) {
            return null;
        }
        return resolve(doc, map(map(content.get("application/json")).get("schema")));
    }

    /** A schema's values: its own enum, or that of the schema it refers to, or of one it is one of. */
    private static List<Object> enumOf(Map<String, Object> doc, Map<String, Object> schema) {
        Map<String, Object> resolved = resolve(doc, schema);
        if (resolved.get("enum") != null) {
            return list(resolved.get("enum"));
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            for (Object part : list(resolved.get(combinator))) {
                List<Object> values = enumOf(doc, map(part));
                if (!values.isEmpty()) {
                    return values;
                }
            }
        }
        if (resolved.get("items") != null) {
            return enumOf(doc, map(resolved.get("items")));
        }
        return List.of();
    }

    private static Map<String, Object> resolve(Map<String, Object> doc, Map<String, Object> schema) {
        if (schema == null || schema.get("$ref") == null) {
            return schema;
        }
        String name = ((String) schema.get("$ref")).substring("#/components/schemas/".length());
        return resolve(doc, map(map(map(doc.get("components")).get("schemas")).get(name)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? new ArrayList<>() : (List<Object>) value;
    }
}
