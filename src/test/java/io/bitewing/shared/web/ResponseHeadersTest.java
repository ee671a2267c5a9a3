package io.bitewing.shared.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.RawHttp;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class ResponseHeadersTest extends ApiTestSupport {

    private static final String UUID_SHAPE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void everyAnswerCarriesARequestIdAndTheSecurityHeaders() {
        var org = newOrg();
        List<ExtractableResponse<Response>> answers = List.of(
                org.api().get("/carriers").then().statusCode(200).extract(),
                org.api()
                        .body(Map.of("carrier_name", ""))
                        .post("/carriers")
                        .then()
                        .statusCode(422)
                        .extract(),
                org.api()
                        .get("/carriers/" + java.util.UUID.randomUUID())
                        .then()
                        .statusCode(404)
                        .extract(),
                given().port(port)
                        .get("/api/v1/" + org.id() + "/insurance/carriers")
                        .then()
                        .statusCode(401)
                        .extract(),
                org.api()
                        .body("{\"carrier_name\": \"" + "x".repeat(5_000_000) + "\"}")
                        .post("/carriers")
                        .then()
                        .statusCode(413)
                        .extract(),
                given().port(port)
                        .get("/actuator/health")
                        .then()
                        .statusCode(200)
                        .extract(),
                given().port(port).get("/no/such/page").then().extract());
        for (var answer : answers) {
            assertThat(answer.header("X-Request-Id")).matches(UUID_SHAPE);
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
            assertThat(answer.header("Content-Security-Policy")).startsWith("default-src 'none'");
        }
    }

    @Test
    void answersTomcatWritesItselfCarryARequestIdAndTheSecurityHeaders() throws Exception {
        var org = newOrg();
        String base = "/api/v1/" + org.id() + "/insurance/carriers";
        for (String requestLine : List.of(
                "GET " + base + "%2Fx HTTP/1.1",
                "GET " + base + "%5Cx HTTP/1.1",
                "GET " + base + "%00x HTTP/1.1",
                "GET " + base + " b c HTTP/1.1",
                "GET " + base + "?q=a|b HTTP/1.1",
                "GET /" + "a".repeat(20_000) + " HTTP/1.1")) {
            var answer = RawHttp.get(port, requestLine);
            assertThat(answer.status()).as(requestLine).isEqualTo(400);
            assertThat(answer.header("X-Request-Id")).as(requestLine).matches(UUID_SHAPE);
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
            assertThat(answer.header("Content-Security-Policy")).startsWith("default-src 'none'");
            assertThat(answer.body()).contains("\"detail\"");
        }
    }

    @Test
    void aSaneIncomingRequestIdIsKeptAndAnythingElseReplaced() {
        var org = newOrg();
        org.api()
                .header("X-Request-Id", "proxy-1234.abc:7")
                .get("/carriers")
                .then()
                .header("X-Request-Id", equalTo("proxy-1234.abc:7"));
        org.api()
                .header("X-Request-Id", "has spaces; and <html>")
                .get("/carriers")
                .then()
                .header("X-Request-Id", matchesPattern(UUID_SHAPE));
        org.api()
                .header("X-Request-Id", "x".repeat(65))
                .get("/carriers")
                .then()
                .header("X-Request-Id", matchesPattern(UUID_SHAPE));
    }

    @Test
    void aServerErrorNamesTheRequestIdOfItsLogLines() {
        MDC.put("request_id", "req-500-check");
        try {
            var answer = new ApiErrorHandler().unexpected(new IllegalStateException("boom"));
            assertThat(answer.getStatusCode().value()).isEqualTo(500);
            assertThat(answer.getBody())
                    .containsEntry("request_id", "req-500-check")
                    .containsEntry("detail", "Internal Server Error");
        } finally {
            MDC.remove("request_id");
        }
    }

    @Test
    void tomcatsOwnRefusalsAreJsonWithADetail() {
        var org = newOrg();
        org.api()
                .urlEncodingEnabled(false)
                .get("/carriers?search=" + "a".repeat(20_000))
                .then()
                .statusCode(400)
                .contentType("application/json")
                .body("detail", matchesPattern(".*too large.*"));
    }
}
