package io.bitewing.practice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PracticeOpenApiTest extends ApiTestSupport {

    private static final List<String> RESOURCES = List.of("patients", "locations", "providers", "procedure-codes");

    private JsonNode openApi() {
        return JsonMapper.builder()
                .build()
                .readTree(given().port(port)
                        .get("/openapi.json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    @Test
    void documentsEveryPracticeOperationWithASummaryAndDescription() {
        var paths = openApi().get("paths");
        var undocumented = new ArrayList<String>();
        int operations = 0;
        for (var path : paths.properties()) {
            String resource = path.getKey().replace("/api/v1/{org_id}/", "").split("/")[0];
            if (!path.getKey().startsWith("/api/v1/{org_id}/") || !RESOURCES.contains(resource)) {
                continue;
            }
            for (var operation : path.getValue().properties()) {
                operations++;
                JsonNode op = operation.getValue();
                if (op.path("summary").asString("").isBlank()
                        || op.path("description").asString("").isBlank()
                        || op.path("tags").isEmpty()) {
                    undocumented.add(operation.getKey() + " " + path.getKey());
                }
            }
        }
        assertThat(operations).isEqualTo(4 * 5 + 2);
        assertThat(undocumented).isEmpty();
    }

    @Test
    void describesBothImportFormatsAndEveryTag() {
        var doc = openApi();
        var importOperation =
                doc.get("paths").get("/api/v1/{org_id}/procedure-codes/import").get("post");
        var content = importOperation.path("requestBody").isMissingNode()
                ? importOperation.get("request_body").get("content") // the document's keys are snake_cased today
                : importOperation.get("requestBody").get("content");
        assertThat(content.propertyNames()).contains("application/json", "text/csv");
        var tags = new ArrayList<String>();
        doc.get("tags").forEach(tag -> {
            if (!tag.path("description").asString("").isBlank()) {
                tags.add(tag.get("name").asString());
            }
        });
        assertThat(tags).contains("Patients", "Locations", "Providers", "Procedure codes");
    }
}
