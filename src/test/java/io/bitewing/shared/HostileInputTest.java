package io.bitewing.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostileInputTest extends ApiTestSupport {

    @Test
    void anOversizedChunkedBodyIsRefusedWith413AndCreatesNothing() throws Exception {
        var org = newOrg();
        byte[] body = ("{\"carrier_name\": \"" + "x".repeat(5_000_000) + "\"}").getBytes();
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/" + org.id() + "/insurance/carriers"))
                .header("Authorization", "Bearer " + org.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("detail");
        org.api().get("/carriers").then().body("total", equalTo(0));
    }

    @Test
    void anAstronomicalAmountIsAValidationErrorNotACrash() {
        var org = newOrg();
        String carrier = org.api()
                .body(Map.of("carrier_name", "Big Numbers"))
                .post("/carriers")
                .then()
                .extract()
                .path("id");
        String plan = org.api()
                .body(Map.of("carrier_uuid", carrier, "plan_type", "ppo_percentage"))
                .post("/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertInvalid(
                org.api()
                        .body("{\"benefit_type\": \"annual_max\", \"monetary_amt\": 1e999999999}")
                        .post("/plans/" + plan + "/benefits")
                        .then(),
                "body",
                "monetary_amt");
        assertInvalid(
                org.api()
                        .body("{\"benefit_type\": \"annual_max\", \"monetary_amt\": 12345678901.5}")
                        .post("/plans/" + plan + "/benefits")
                        .then(),
                "body",
                "monetary_amt");
        org.api().get("/plans/" + plan + "/benefits").then().body("total", equalTo(0));
    }

    @Test
    void anEmptyStringForAnIdIsRefusedRatherThanReadAsNull() {
        var org = newOrg();
        String carrier = org.api()
                .body(Map.of("carrier_name", "Empty Ids"))
                .post("/carriers")
                .then()
                .extract()
                .path("id");
        String plan = org.api()
                .body(Map.of("carrier_uuid", carrier, "plan_type", "ppo_percentage"))
                .post("/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertInvalid(
                org.api()
                        .body(Map.of("carrier_uuid", "", "plan_type", "ppo_percentage"))
                        .post("/plans")
                        .then(),
                "body",
                "carrier_uuid");
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 1, "carrier_uuid", ""))
                        .patch("/plans/" + plan)
                        .then(),
                "body",
                "carrier_uuid");
        org.api()
                .get("/plans/" + plan)
                .then()
                .body("carrier.id", equalTo(carrier))
                .body("version", equalTo(1));
    }

    @Test
    void aTimestampIsTextWithAnOffsetNeverAnEpochNumber() {
        var org = newOrg();
        String subscriber = CoverageFixtures.patient(org, "Eve", "Poch");
        String subscription =
                CoverageFixtures.subscription(org, CoverageFixtures.plan(org, "Epochs"), subscriber, "E-1");
        for (Object bad : List.of(9, "2026-01-05", "2026-01-05T09:30:00", "+99999-01-01T00:00:00Z", "")) {
            assertInvalid(
                    org.api()
                            .body(Map.of("base_version", 1, "last_verified_at", bad))
                            .patch("/subscriptions/" + subscription)
                            .then(),
                    "body",
                    "last_verified_at");
        }
        org.api()
                .body(Map.of("base_version", 1, "last_verified_at", "2026-01-05T09:30:00-05:00"))
                .patch("/subscriptions/" + subscription)
                .then()
                .statusCode(200)
                .body("last_verified_at", equalTo("2026-01-05T14:30:00Z"));
    }

    @Test
    void aNullBodyIsNotReadAsNoBodyEvenWhereTheBodyIsOptional() {
        var org = newOrg();
        String plan = CoverageFixtures.plan(org, "Original");
        assertInvalid(org.api().body("null").post("/plans/" + plan + "/clone").then(), "body");
        assertInvalid(org.api().body("null").post("/carriers").then(), "body");
        org.api().get("/plans?page_size=1").then().body("total", equalTo(1));
        // Left out altogether, the clone's body means "the defaults".
        org.api()
                .post("/plans/" + plan + "/clone")
                .then()
                .statusCode(201)
                .body("group_name", equalTo("Original (Copy)"));
    }

    @Test
    void anIdMustBeACanonicalUuidInABodyAQueryAndAPath() {
        var org = newOrg();
        String plan = CoverageFixtures.plan(org, "Canonical");
        for (String bad : List.of("0c5ec3daf82dc7eb796--e", "1-2-3-4-5", "AAAAAAAAAAAAAAAAAAAAAA==")) {
            assertInvalid(
                    org.api()
                            .body(Map.of("carrier_uuid", bad, "plan_type", "ppo_percentage"))
                            .post("/plans")
                            .then(),
                    "body",
                    "carrier_uuid");
            assertInvalid(
                    org.api().queryParam("carrier_uuid", bad).get("/plans").then(), "query", "carrier_uuid");
            assertInvalid(org.api().get("/plans/" + bad).then(), "path", "plan_uuid");
        }
        org.api().get("/plans/" + plan.toUpperCase()).then().statusCode(200).body("id", equalTo(plan));
        org.api().get("/plans?page_size=1").then().body("total", equalTo(1));
    }
}
