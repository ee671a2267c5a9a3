package io.bitewing.imports;

import static io.bitewing.imports.CarrierImportApiTest.CSV;
import static io.bitewing.imports.CarrierImportApiTest.carrier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.bitewing.support.ApiTestSupport;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Large imports, or those asked to, run in the background with a progress figure and end with the same report. */
class ImportRunApiTest extends ApiTestSupport {

    @Test
    void aLargeImportAnswers202AndItsRunEndsWithTheReport() {
        var org = newOrg();
        String csv = "carrier_name,phone\n"
                + IntStream.rangeClosed(1, 600)
                        .mapToObj(i -> "Carrier " + i + ",800-555-" + i)
                        .collect(Collectors.joining("\n"));
        String run = org.api()
                .contentType(CSV)
                .body(csv)
                .post("/carriers/import")
                .then()
                .statusCode(202)
                .body("kind", equalTo("carriers"))
                .body("progress.total", equalTo(600))
                .extract()
                .path("id");
        JsonPath done = awaitEnd(org, run);
        assertThat(done.getString("status")).isEqualTo("completed");
        assertThat(done.getInt("progress.done")).isEqualTo(600);
        assertThat(done.getInt("report.totals.created")).isEqualTo(600);
        assertThat(done.getList("report.rows")).hasSize(600);
        org.api().get("/carriers").then().body("total", equalTo(600));
    }

    @Test
    void asyncTrueRunsASmallImportInTheBackground() {
        var org = newOrg();
        carrier(org, Map.of("carrier_name", "Delta Dental"));
        String run = org.api()
                .body(PlanImportApiTest.plans(PlanImportApiTest.ppo(
                        "Delta Dental",
                        "G1",
                        "benefits",
                        List.of(Map.of("benefit_type", "annual_max", "monetary_amt", 1000)))))
                .post("/plans/import?async=true")
                .then()
                .statusCode(202)
                .body("status", equalTo("running"))
                .extract()
                .path("id");
        JsonPath done = awaitEnd(org, run);
        assertThat(done.getString("status")).isEqualTo("completed");
        assertThat(done.getString("report.rows[0].benefits")).isEqualTo("replaced");
        assertThat(done.getInt("version")).isEqualTo(2);
    }

    @Test
    void aRunWhoseRowsAreRefusedFailsWithTheirProblemsAndWritesNothing() {
        var org = newOrg();
        carrier(org, Map.of("carrier_name", "Taken"));
        String run = org.api()
                .contentType(CSV)
                .body("carrier_name\nNew One\nnew one\n")
                .post("/carriers/import?async=true")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        JsonPath done = awaitEnd(org, run);
        assertThat(done.getString("status")).isEqualTo("failed");
        assertThat(done.getList("errors.loc")).containsExactly(List.of("body", 2));
        assertThat(done.getString("report")).isNull();
        org.api().get("/carriers").then().body("total", equalTo(1));
    }

    @Test
    void badInputIsA422AtOnceEvenInTheBackground() {
        var org = newOrg();
        org.api()
                .contentType(CSV)
                .body("carrier_name,trust_level\nA,nonsense\n")
                .post("/carriers/import?async=true")
                .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", 1, "trust_level")))
                .body("detail[0].msg", startsWith("must be one of"));
    }

    @Test
    void anotherOrganisationsRunIsNotFound() {
        var org = newOrg();
        String run = org.api()
                .contentType(CSV)
                .body("carrier_name\nA\n")
                .post("/carriers/import?async=true")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        newOrg().api().get("/imports/" + run).then().statusCode(404).body("detail", equalTo("Import run not found"));
        awaitEnd(org, run);
    }

    static JsonPath awaitEnd(ApiTestSupport.Org org, String run) {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonPath answer = org.api()
                    .get("/imports/" + run)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (!answer.getString("status").equals("running") || System.currentTimeMillis() > until) {
                return answer;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
        }
    }
}
