package io.bitewing.shared.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.Metrics;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PrometheusMetricsApiTest extends ApiTestSupport {

    @Test
    void thePrometheusPageIsForTheAdminKeyOnly() {
        var org = newOrg();
        given().port(port).get("/actuator/prometheus").then().statusCode(401);
        given().port(port)
                .auth()
                .oauth2(org.token())
                .get("/actuator/prometheus")
                .then()
                .statusCode(403);
        given().port(port)
                .auth()
                .oauth2(ADMIN_KEY)
                .get("/actuator/prometheus")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/plain"));
    }

    @Test
    void requestLatencyIsLabelledByRouteTemplateAndNeverByOrganisationOrId() {
        var org = newOrg();
        UUID patient = UUID.randomUUID();
        org.practice().get("/patients/" + patient).then().statusCode(404);
        org.practice().get("/patients?search=Rivera").then().statusCode(200);

        String page = Metrics.scrape(port);

        assertThat(page)
                .contains("uri=\"/api/v1/{org_id}/patients/{patient_uuid}\"")
                .contains("uri=\"/api/v1/{org_id}/patients\"")
                .contains("http_server_requests_seconds_bucket{")
                .doesNotContain(org.id().toString())
                .doesNotContain(patient.toString())
                .doesNotContain("Rivera")
                .doesNotContain(org.token())
                .doesNotContain(ADMIN_KEY);
    }

    @Test
    void poolUseAndBackgroundWorkAreOnThePage() {
        String page = Metrics.scrape(port);

        assertThat(page)
                .contains("hikaricp_connections_active{pool=\"bitewing\"}")
                .contains("hikaricp_connections_idle{pool=\"bitewing\"}")
                .contains("hikaricp_connections_pending{pool=\"bitewing\"}")
                .contains("hikaricp_connections_max{pool=\"bitewing\"}")
                .contains("bitewing_estimate_book_runs_started_total")
                .contains("bitewing_estimate_book_runs_finished_total{outcome=\"completed\"}")
                .contains("bitewing_estimate_book_runs_finished_total{outcome=\"failed\"}")
                .contains("bitewing_estimate_book_runs_running")
                .contains("dbscheduler_task_completions_total{result=\"ok\",task=\"estimate-book-recompute\"}")
                .contains("bitewing_estimate_engine_seconds_bucket{");
    }
}
