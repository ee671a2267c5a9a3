package io.bitewing.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.zaxxer.hikari.HikariDataSource;
import io.bitewing.BitewingApplication;
import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import io.bitewing.support.Receiver;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the service on one PostgreSQL, as docs/deployment.md describes: the test's own instance (with
 * the embedded server) and a second one started here against the same database. Whatever a client does on one
 * must hold on the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest extends ApiTestSupport {

    @Autowired
    DataSource dataSource;

    private ConfigurableApplicationContext second;
    private int secondPort;

    @BeforeAll
    void startTheSecondInstance() throws Exception {
        var pool = dataSource.unwrap(HikariDataSource.class);
        second = new SpringApplicationBuilder(BitewingApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--bitewing.database.url=" + pool.getJdbcUrl(),
                        "--bitewing.database.user=" + pool.getUsername(),
                        "--bitewing.database.password=" + (pool.getPassword() == null ? "" : pool.getPassword()),
                        "--bitewing.data-dir=" + Files.createTempDirectory("bitewing-second"));
        secondPort = second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @AfterAll
    void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    /** The same organisation and token, talking to the second instance. */
    private Org onSecond(Org org) {
        return new Org(org.id(), org.token(), secondPort);
    }

    private static String createWithKey(Org client) {
        return client.api()
                .header("Idempotency-Key", "two-instances")
                .body(Map.of("carrier_name", "Twice Sent Dental"))
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract()
                .asString();
    }

    @Test
    void anIdempotencyKeyAnswersTheSameOnBothInstances() {
        var org = newOrg();
        String first = createWithKey(org);
        assertThat(createWithKey(onSecond(org))).isEqualTo(first);
        onSecond(org).api().get("/carriers").then().body("total", equalTo(1));
    }

    @Test
    void aStaleBaseVersionIsRefusedOnTheInstanceThatDidNotWriteFirst() {
        var org = newOrg();
        String carrier = CoverageFixtures.carrier(org, "Raced Dental");
        org.api()
                .body(Map.of("base_version", 1, "carrier_name", "Raced Dental A"))
                .patch("/carriers/" + carrier)
                .then()
                .statusCode(200);
        onSecond(org)
                .api()
                .body(Map.of("base_version", 1, "carrier_name", "Raced Dental B"))
                .patch("/carriers/" + carrier)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(2));
        onSecond(org).api().get("/carriers/" + carrier).then().body("carrier_name", equalTo("Raced Dental A"));
    }

    @Test
    void recomputesStartedOnEitherInstanceEachRunOnceToCompletion() {
        var org = newOrg();
        var started = new ArrayList<String[]>();
        for (int i = 0; i < 6; i++) {
            var client = i % 2 == 0 ? org : onSecond(org);
            String book = client.api()
                    .body(Map.of("name", "Shared Book " + i, "rule_type", "ucr_fallback"))
                    .post("/estimate-books")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String run = client.api()
                    .post("/estimate-books/" + book + "/recompute")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            started.add(new String[] {book, run});
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> started.stream()
                        .allMatch(s -> !"running"
                                .equals(org.api()
                                        .get("/estimate-books/" + s[0] + "/runs/" + s[1])
                                        .then()
                                        .extract()
                                        .path("status"))));
        for (var s : started) {
            onSecond(org)
                    .api()
                    .get("/estimate-books/" + s[0] + "/runs/" + s[1])
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("completed"));
            // One run per recompute: no instance ran a job twice or started a run of its own.
            org.api().get("/estimate-books/" + s[0] + "/runs").then().body("total", equalTo(1));
        }
    }

    @Test
    void aTokenRevokedOnOneInstanceIsRefusedOnTheOtherWithinTheCacheTime() {
        var org = newOrg();
        String staff = org.tokenWithRole("staff");
        onSecond(org).as(staff).get("/carriers").then().statusCode(200); // now cached on the second instance
        String tokenId = org.as(org.token())
                .basePath("")
                .get("/admin/v1/orgs/" + org.id() + "/tokens")
                .then()
                .extract()
                .jsonPath()
                .<String>getList("items.findAll { it.role == 'staff' }.id")
                .get(0);
        long revoked = System.nanoTime();
        org.as(org.token())
                .basePath("")
                .delete("/admin/v1/orgs/" + org.id() + "/tokens/" + tokenId)
                .then()
                .statusCode(204);
        org.as(staff).get("/carriers").then().statusCode(401);
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> onSecond(org).as(staff).get("/carriers").statusCode() == 401);
        // The documented delay is the token cache's lifetime, 10 seconds.
        assertThat(Duration.ofNanos(System.nanoTime() - revoked)).isLessThanOrEqualTo(Duration.ofSeconds(11));
    }

    @Test
    void eachChangeIsDeliveredOnceWhileBothInstancesDispatch() {
        var org = newOrg();
        try (var receiver = new Receiver()) {
            org.practice()
                    .body(Map.of("url", receiver.url(), "event_types", List.of("carrier")))
                    .post("/webhook-endpoints")
                    .then()
                    .statusCode(201);
            var carriers = new ArrayList<String>();
            for (int i = 0; i < 10; i++) {
                var client = i % 2 == 0 ? org : onSecond(org);
                carriers.add(client.api()
                        .body(Map.of("carrier_name", "Delivered Dental " + i))
                        .post("/carriers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
            }
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> receiver.accepted().size() >= 10);
            await().pollDelay(Duration.ofSeconds(3)).until(() -> true); // time for a duplicate to show
            var ids = receiver.accepted().stream().map(Receiver.Request::id).toList();
            assertThat(ids).hasSize(10).doesNotHaveDuplicates();
            assertThat(receiver.accepted().stream()
                            .map(r -> io.restassured.path.json.JsonPath.from(r.body())
                                    .getString("data.entity_id"))
                            .map(UUID::fromString))
                    .containsExactlyInAnyOrderElementsOf(
                            carriers.stream().map(UUID::fromString).toList());
        }
    }
}
