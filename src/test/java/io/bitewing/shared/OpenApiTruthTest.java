package io.bitewing.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.support.ApiTestSupport;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What the document says beyond the 200s: error answers, their bodies, money on the wire and the tags' order. */
class OpenApiTruthTest extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonNode doc;
    private ObjectNode components;

    @BeforeEach
    void readTheDocument() {
        doc = JSON.readTree(given().port(port).get("/openapi.json").asString());
        components = OpenApiWireTest.strict((ObjectNode) doc.get("components").deepCopy());
    }

    @Test
    void everyNativeOperationDocumentsTheErrorsItCanAnswer() {
        var missing = new ArrayList<String>();
        doc.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(entry -> {
                    String method = entry.getKey();
                    String where = method.toUpperCase() + " " + path.getKey();
                    if (path.getKey().startsWith("/opendental/")) {
                        return;
                    }
                    var expected = new ArrayList<>(List.of("401", "403", "422", "500", "503"));
                    if (path.getKey().replace("{org_id}", "").contains("{")) {
                        expected.add("404");
                    }
                    if (!method.equals("get")) {
                        expected.add("409");
                    }
                    if (entry.getValue().has("requestBody")) {
                        expected.addAll(List.of("413", "415"));
                    }
                    JsonNode responses = entry.getValue().get("responses");
                    for (String status : expected) {
                        JsonNode schema = responses
                                .path(status)
                                .path("content")
                                .path("application/json")
                                .path("schema");
                        if (!schema.has("$ref")) {
                            missing.add(where + " " + status);
                        }
                    }
                }));
        assertThat(missing).isEmpty();
    }

    @Test
    void theErrorBodiesTheServiceAnswersAreTheDocumentedOnes() {
        Org org = newOrg();
        String carrier = org.api()
                .body(Map.of("carrier_name", "Documented Errors"))
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String entity = "/api/v1/{org_id}/insurance/carriers/{carrier_uuid}";

        assertAnswerMatches(
                org.api().body(Map.of("base_version", 7, "phone", "stale")).patch("/carriers/" + carrier),
                entity,
                "patch",
                409);
        assertAnswerMatches(
                org.api().body(Map.of("carrierName", "typo")).post("/carriers"),
                "/api/v1/{org_id}/insurance/carriers",
                "post",
                422);
        assertAnswerMatches(org.api().get("/carriers/01a23e92-9f33-70b6-b33f-b948432fa127"), entity, "get", 404);
        assertAnswerMatches(
                given().port(port).get("/api/v1/" + org.id() + "/insurance/carriers"),
                "/api/v1/{org_id}/insurance/carriers",
                "get",
                401);
        assertAnswerMatches(
                org.as(org.tokenWithRole("read_only"))
                        .body(Map.of("carrier_name", "No"))
                        .post("/carriers"),
                "/api/v1/{org_id}/insurance/carriers",
                "post",
                403);
    }

    private void assertAnswerMatches(Response response, String path, String method, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode schema = doc.path("paths")
                .path(path)
                .path(method)
                .path("responses")
                .path(String.valueOf(status))
                .path("content")
                .path("application/json")
                .get("schema");
        assertThat(schema).as(method + " " + path + " documents " + status).isNotNull();
        assertThat(OpenApiWireTest.validate(schema, components, JSON.readTree(response.asString())))
                .as(status + " body")
                .isEmpty();
    }

    @Test
    void moneyTheServiceWritesAsAStringIsADecimalStringInTheDocument() {
        JsonNode amount = doc.at("/components/schemas/Fee/properties/amount");
        assertThat(amount.path("type").asString()).isEqualTo("string");
        assertThat(amount.path("format").asString()).isEqualTo("decimal");
        assertThat(amount.path("pattern").asString()).isNotBlank();
        assertThat(doc.at("/components/schemas/Fee/required").toString()).contains("\"amount\"");
    }

    @Test
    void statsAnswersNameTheirItems() {
        for (String stats : List.of("carriers/stats", "plans/stats", "fee-schedules/stats")) {
            JsonNode schema = doc.at("/paths/~1api~1v1~1{org_id}~1insurance~1" + stats.replace("/", "~1")
                    + "/get/responses/200/content/application~1json/schema");
            String name = schema.path("$ref").asString().replace("#/components/schemas/", "");
            assertThat(name).as(stats).startsWith("Items");
            assertThat(doc.at("/components/schemas/" + name + "/required").toString())
                    .contains("\"items\"");
        }
    }

    @Test
    void tagsFollowTheModuleMapAndNameEveryTagInUse() {
        var tags = new ArrayList<String>();
        doc.get("tags").forEach(tag -> tags.add(tag.path("name").asString()));
        assertThat(tags)
                .containsSubsequence(
                        "Admin",
                        "Patients",
                        "Locations",
                        "Providers",
                        "Procedure codes",
                        "Carriers",
                        "Plans",
                        "Coverage categories",
                        "Code groups",
                        "Plan benefits",
                        "Fee Schedules",
                        "Settings",
                        "Subscriptions",
                        "Patient plans",
                        "Claim history",
                        "Verifications",
                        "Enrollments",
                        "Fee Schedule Assignments",
                        "Insurance drafts",
                        "Estimate books",
                        "Estimates",
                        "Eligibility",
                        "Payor",
                        "Open Dental",
                        "X12",
                        "Changes");
        doc.get("paths")
                .forEach(item -> item.forEach(operation ->
                        operation.path("tags").forEach(tag -> assertThat(tags).contains(tag.asString()))));
    }
}
