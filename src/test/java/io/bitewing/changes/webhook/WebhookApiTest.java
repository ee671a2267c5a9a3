package io.bitewing.changes.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import io.bitewing.support.Receiver;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookApiTest extends ApiTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private record Endpoint(String id, String secret) {}

    private static Endpoint endpoint(Org org, String url, List<String> types) {
        var created = org.practice()
                .body(Map.of("url", url, "event_types", types))
                .post("/webhook-endpoints")
                .then()
                .statusCode(201)
                .body("status", equalTo("active"))
                .body("secret", startsWith("whsec_"))
                .extract();
        return new Endpoint(created.path("id"), created.path("secret"));
    }

    private static JsonPath get(Org org, String path) {
        return org.practice().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static void renameCarrier(Org org, String carrier, int baseVersion, String name) {
        org.api()
                .body(Map.of("base_version", baseVersion, "carrier_name", name))
                .patch("/carriers/" + carrier)
                .then()
                .statusCode(200);
    }

    /** Verifies as a receiver would, with its own HMAC: Standard Webhooks' id.timestamp.body under the key. */
    private static void assertSigned(Receiver.Request request, String secret) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal(
                (request.id() + "." + request.timestamp() + "." + request.body()).getBytes(StandardCharsets.UTF_8));
        assertThat(request.signature()).isEqualTo("v1," + Base64.getEncoder().encodeToString(expected));
        assertThat(Long.parseLong(request.timestamp()))
                .isBetween(Instant.now().getEpochSecond() - 120, Instant.now().getEpochSecond() + 5);
    }

    private static JsonPath body(Receiver.Request request) {
        return JsonPath.from(request.body());
    }

    @Test
    void changesAreDeliveredSignedInCommitOrderAndTheSecretIsShownOnlyOnce() throws Exception {
        var org = newOrg();
        try (var receiver = new Receiver()) {
            var endpoint = endpoint(org, receiver.url(), List.of("carrier"));
            org.practice()
                    .get("/webhook-endpoints/" + endpoint.id())
                    .then()
                    .statusCode(200)
                    .body("secret", nullValue())
                    .body("event_types", equalTo(List.of("carrier")));

            String carrier = CoverageFixtures.carrier(org, "Acme Dental");
            renameCarrier(org, carrier, 1, "Acme Dental Mutual");
            renameCarrier(org, carrier, 2, "Acme Dental Mutual Co");
            CoverageFixtures.plan(org, carrier, "Acme PPO"); // a plan: not one of the endpoint's types

            await().atMost(WAIT).until(() -> receiver.accepted().size() >= 3);
            var received = receiver.accepted();
            assertThat(received).hasSize(3);
            for (var request : received) {
                assertSigned(request, endpoint.secret());
            }
            assertThat(received.stream().map(r -> body(r).getString("type")))
                    .containsExactly("carrier.create", "carrier.update", "carrier.update");
            assertThat(received.stream().map(r -> body(r).getInt("data.version")))
                    .containsExactly(1, 2, 3);
            assertThat(body(received.get(0)).getString("data.entity_id")).isEqualTo(carrier);
            // The body carries the feed's item: names of fields, never their values.
            assertThat(received.get(1).body()).doesNotContain("Acme");

            var log = get(org, "/webhook-endpoints/" + endpoint.id() + "/deliveries");
            assertThat(log.getList("items.status")).containsOnly("succeeded");
            assertThat(log.getList("items.attempts")).containsOnly(1);
            assertThat(log.getList("items.id", String.class))
                    .containsExactlyInAnyOrderElementsOf(
                            received.stream().map(Receiver.Request::id).toList());
        }
    }

    @Test
    void aFailingReceiverIsRetriedWithTheSameIdAndAnEntitysChangesStayInOrder() throws Exception {
        var org = newOrg();
        try (var receiver = new Receiver()) {
            receiver.failNext(2);
            var endpoint = endpoint(org, receiver.url(), List.of("carrier"));
            String carrier = CoverageFixtures.carrier(org, "Retry Dental");
            renameCarrier(org, carrier, 1, "Retry Dental Two");

            await().atMost(WAIT).until(() -> receiver.accepted().size() >= 2);
            var requests = receiver.requests();
            // The create failed twice; the update waited behind it rather than overtaking it.
            assertThat(requests.stream().map(r -> body(r).getString("type")))
                    .containsExactly("carrier.create", "carrier.create", "carrier.create", "carrier.update");
            assertThat(requests.subList(0, 3).stream().map(Receiver.Request::id).distinct())
                    .hasSize(1);
            for (var request : requests) {
                assertSigned(request, endpoint.secret());
            }
            var first = get(
                    org,
                    "/webhook-endpoints/" + endpoint.id() + "/deliveries/"
                            + requests.get(0).id());
            assertThat(first.getString("status")).isEqualTo("succeeded");
            assertThat(first.getInt("attempts")).isEqualTo(3);
            assertThat(first.getString("last_error")).isNull();
            assertThat(first.getInt("last_status_code")).isEqualTo(204);
            assertThat(get(org, "/webhook-endpoints/" + endpoint.id()).getInt("consecutive_failures"))
                    .isZero();
        }
    }

    @Test
    void anEndpointIsDisabledAfterARunOfFailuresAndResumesInOrderWhenMadeActive() throws Exception {
        var org = newOrg();
        try (var receiver = new Receiver()) {
            receiver.failing = true;
            var endpoint = endpoint(org, receiver.url(), List.of("carrier"));
            String carrier = CoverageFixtures.carrier(org, "Down Dental");

            await().atMost(WAIT)
                    .until(() -> get(org, "/webhook-endpoints/" + endpoint.id())
                            .getString("status")
                            .equals("disabled"));
            var disabled = get(org, "/webhook-endpoints/" + endpoint.id());
            assertThat(disabled.getString("disabled_reason")).contains("failed attempts in a row");
            assertThat(disabled.getString("disabled_reason")).contains("answered 500");
            var waiting = get(org, "/webhook-endpoints/" + endpoint.id() + "/deliveries?status=retrying");
            assertThat(waiting.getList("items.entity_id")).containsExactly(carrier);
            assertThat(waiting.getInt("items[0].last_status_code")).isEqualTo(500);

            // While disabled, new changes wait too.
            renameCarrier(org, carrier, 1, "Down Dental Again");
            int attempts = receiver.requests().size();
            receiver.failing = false;
            org.practice()
                    .body(Map.of("base_version", disabled.getInt("version"), "status", "active"))
                    .patch("/webhook-endpoints/" + endpoint.id())
                    .then()
                    .statusCode(200)
                    .body("consecutive_failures", equalTo(0))
                    .body("disabled_reason", nullValue());
            await().atMost(WAIT).until(() -> receiver.accepted().size() >= 2);
            assertThat(receiver.requests().size()).isGreaterThanOrEqualTo(attempts + 2);
            assertThat(receiver.accepted().stream().map(r -> body(r).getString("type")))
                    .containsExactly("carrier.create", "carrier.update");
        }
    }

    @Test
    void oneDeliveryOrEverythingSinceATimeCanBeSentAgain() throws Exception {
        var org = newOrg();
        try (var receiver = new Receiver()) {
            var endpoint = endpoint(org, receiver.url(), List.of("carrier.create"));
            Instant start = Instant.now().minusSeconds(1);
            String carrier = CoverageFixtures.carrier(org, "Again Dental");
            renameCarrier(org, carrier, 1, "Again Dental Two"); // an update: not subscribed
            CoverageFixtures.carrier(org, "Again Dental Three");
            await().atMost(WAIT).until(() -> receiver.accepted().size() >= 2);
            String firstId = receiver.accepted().get(0).id();

            org.practice()
                    .post("/webhook-endpoints/" + endpoint.id() + "/deliveries/" + firstId + "/redeliver")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("pending"));
            await().atMost(WAIT).until(() -> receiver.accepted().size() >= 3);
            assertThat(receiver.accepted().get(2).id()).isEqualTo(firstId);

            org.practice()
                    .body(Map.of("since", start.toString()))
                    .post("/webhook-endpoints/" + endpoint.id() + "/redeliver")
                    .then()
                    .statusCode(200)
                    .body("queued", equalTo(2));
            await().atMost(WAIT).until(() -> receiver.accepted().size() >= 5);
            assertThat(receiver.accepted().stream().map(Receiver.Request::id).collect(Collectors.toSet()))
                    .hasSize(2);
            var log = get(org, "/webhook-endpoints/" + endpoint.id() + "/deliveries/" + firstId);
            assertThat(log.getInt("attempts")).isEqualTo(3);
        }
    }

    @Test
    void aPingIsSentAtOnceAndAFailedPingIsLoggedAndNotRetried() throws Exception {
        var org = newOrg();
        try (var receiver = new Receiver()) {
            var endpoint = endpoint(org, receiver.url(), List.of("carrier"));
            var ok = org.practice()
                    .post("/webhook-endpoints/" + endpoint.id() + "/ping")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("succeeded"))
                    .body("event_type", equalTo("webhook.ping"))
                    .body("last_status_code", equalTo(204))
                    .extract()
                    .jsonPath();
            assertThat(receiver.requests()).hasSize(1);
            assertThat(receiver.requests().get(0).id()).isEqualTo(ok.getString("id"));
            assertSigned(receiver.requests().get(0), endpoint.secret());
            assertThat(body(receiver.requests().get(0)).getString("data.endpoint_id"))
                    .isEqualTo(endpoint.id());

            receiver.failing = true;
            String failed = org.practice()
                    .post("/webhook-endpoints/" + endpoint.id() + "/ping")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("failed"))
                    .body("last_status_code", equalTo(500))
                    .body("last_error", equalTo("the receiver answered 500"))
                    .extract()
                    .path("id");
            org.practice()
                    .post("/webhook-endpoints/" + endpoint.id() + "/deliveries/" + failed + "/redeliver")
                    .then()
                    .statusCode(409);
            Thread.sleep(3_000); // longer than two dispatch passes
            assertThat(receiver.requests()).hasSize(2);
        }
    }

    @Test
    void urlsThatReachInsideTheNetworkOrAreNotHttpsAreRefused() {
        var org = newOrg();
        for (String url : List.of(
                "https://localhost/hook",
                "https://10.0.0.8/hook",
                "https://192.168.1.20/hook",
                "https://172.16.5.4/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://100.64.0.1/hook",
                "https://0.0.0.0/hook",
                "https://[::1]/hook",
                "https://[fd00::1]/hook",
                "https://[::ffff:127.0.0.1]/hook",
                "http://8.8.8.8/hook",
                "ftp://8.8.8.8/hook",
                "https://user:secret@8.8.8.8/hook",
                "/relative/hook",
                "not a url")) {
            var response = org.practice()
                    .body(Map.of("url", url))
                    .post("/webhook-endpoints")
                    .then();
            assertInvalid(response, "body", "url");
        }
        // A public address passes, and a patch to a private one is refused like a create.
        var created = org.practice()
                .body(Map.of("url", "https://8.8.8.8/hook"))
                .post("/webhook-endpoints")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertInvalid(
                org.practice()
                        .body(Map.of("base_version", 1, "url", "https://127.0.0.2/hook"))
                        .patch("/webhook-endpoints/" + created.getString("id"))
                        .then(),
                "body",
                "url");
        assertThat(get(org, "/webhook-endpoints/" + created.getString("id")).getString("url"))
                .isEqualTo("https://8.8.8.8/hook");
    }

    @Test
    void badBodiesAndUnknownIdsAreRefusedWithoutWritingAnything() {
        var org = newOrg();
        assertInvalid(
                org.practice()
                        .body(Map.of("url", "https://8.8.8.8/hook", "event_types", List.of("carrier", "dentist")))
                        .post("/webhook-endpoints")
                        .then(),
                "body",
                "event_types",
                1);
        assertInvalid(org.practice().body(Map.of()).post("/webhook-endpoints").then(), "body", "url");
        assertThat(get(org, "/webhook-endpoints").getList("items")).isEmpty();

        var created = endpoint(org, "https://8.8.8.8/hook", List.of("benefit.delete"));
        org.practice()
                .body(Map.of("base_version", 7, "description", "stale"))
                .patch("/webhook-endpoints/" + created.id())
                .then()
                .statusCode(409);
        assertInvalid(
                org.practice()
                        .body(Map.of("base_version", 1, "status", "paused"))
                        .patch("/webhook-endpoints/" + created.id())
                        .then(),
                "body",
                "status");
        assertInvalid(
                org.practice()
                        .get("/webhook-endpoints/" + created.id() + "/deliveries?status=lost")
                        .then(),
                "query",
                "status");

        // Another organisation's endpoint is unknown here.
        var other = newOrg();
        for (String path : Set.of("", "/deliveries", "/deliveries/" + java.util.UUID.randomUUID())) {
            other.practice()
                    .get("/webhook-endpoints/" + created.id() + path)
                    .then()
                    .statusCode(404);
        }
        other.practice().delete("/webhook-endpoints/" + created.id()).then().statusCode(404);
        other.practice()
                .post("/webhook-endpoints/" + created.id() + "/ping")
                .then()
                .statusCode(404);

        org.practice().delete("/webhook-endpoints/" + created.id()).then().statusCode(204);
        org.practice().get("/webhook-endpoints/" + created.id()).then().statusCode(404);
        org.practice().delete("/webhook-endpoints/" + created.id()).then().statusCode(404);
        var changes = get(org, "/changes?types=webhook_endpoint");
        assertThat(changes.getList("items.action")).containsExactly("create", "delete");
    }

    @Test
    void workDoneForTheOrganisationArrivesAsEventsOfTheTypesAsked() {
        var org = newOrg();
        try (var receiver = new Receiver()) {
            endpoint(org, receiver.url(), List.of("insurance_draft.import"));
            String patient = CoverageFixtures.patient(org, "Ada", "Lovelace");
            CoverageFixtures.carrier(org, "Not Asked For Dental");
            String draft = org.api()
                    .body(Map.of(
                            "patient_uuid",
                            patient,
                            "rows",
                            List.of(Map.of(
                                    "carrier_name", "Imported Mutual",
                                    "group_number", "GRP-1",
                                    "subscriber_id_number", "SUB-1",
                                    "relationship", "self"))))
                    .post("/drafts/import")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("items[0].id");
            await().atMost(WAIT).until(() -> receiver.accepted().size() >= 1);
            var event = body(receiver.accepted().get(0));
            assertThat(event.getString("type")).isEqualTo("insurance_draft.import");
            assertThat(event.getString("data.entity_id")).isEqualTo(draft);
            assertThat(receiver.accepted()).hasSize(1);
        }
    }

    @Test
    void staffTokensCannotManageWebhooks() {
        var org = newOrg();
        String staff = org.tokenWithRole("staff");
        org.as(staff)
                .basePath("/api/v1/" + org.id())
                .get("/webhook-endpoints")
                .then()
                .statusCode(403);
    }
}
