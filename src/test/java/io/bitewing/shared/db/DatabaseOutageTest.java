package io.bitewing.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.BitewingApplication;
import io.bitewing.support.PlainHttp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The service against a database that dies and comes back: an instance of its own on an external PostgreSQL of its
 * own (the shared test database must stay up). With the server stopped, health and the API answer 503 with the
 * documented body, request id included, well within the bound of {@link #BOUND} (the pool waits 2 s); once the
 * server is back the same instance serves again without a restart.
 */
class DatabaseOutageTest {

    /** Loose on purpose: the pool's wait is 2 s; this only catches a return of the 30 s hang. */
    private static final Duration BOUND = Duration.ofSeconds(6);

    private static final String ADMIN_KEY = "outage-admin-key";
    private final PlainHttp http = new PlainHttp();

    @TempDir
    Path temp;

    @Test
    void aDeadDatabaseGivesA503WithinTheTimeoutAndTheServiceRecoversWhenItReturns() throws Exception {
        int dbPort = freePort();
        Path pgDir = temp.resolve("pg");
        EmbeddedPostgres postgres = start(pgDir, dbPort);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BitewingApplication.class)
                .properties(
                        "server.port=0",
                        "bitewing.database.url=jdbc:postgresql://localhost:" + dbPort + "/postgres",
                        "bitewing.database.user=postgres",
                        "bitewing.admin-token=" + ADMIN_KEY,
                        "bitewing.demo=false",
                        "bitewing.data-dir=" + temp.resolve("data"),
                        "bitewing.rate-limit-per-minute=0")
                .run()) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            var org = http.json(http.post(base + "/admin/v1/orgs", ADMIN_KEY, "{\"name\":\"Outage Dental\"}")
                    .body());
            String carriers = base + "/api/v1/" + org.get("id").asString() + "/insurance/carriers";
            String token = org.get("api_token").asString();
            assertThat(http.get(carriers, token).statusCode()).isEqualTo(200);

            postgres.close();

            long started = System.nanoTime();
            var health = http.get(base + "/actuator/health", null);
            Duration healthTook = Duration.ofNanos(System.nanoTime() - started);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(healthTook).isLessThan(BOUND);

            // A known token is remembered for a few seconds, so this one reaches the controller's query.
            started = System.nanoTime();
            var api = http.get(carriers, token);
            Duration apiTook = Duration.ofNanos(System.nanoTime() - started);
            assertUnavailable(api);
            assertThat(apiTook).isLessThan(BOUND);

            // An unknown token is looked up by the authentication filter, before any controller.
            started = System.nanoTime();
            var filtered = http.get(carriers, "not-a-cached-token");
            Duration filterTook = Duration.ofNanos(System.nanoTime() - started);
            assertUnavailable(filtered);
            assertThat(filterTook).isLessThan(BOUND);
            System.out.printf(
                    "outage: health %d ms, api %d ms, filter %d ms%n",
                    healthTook.toMillis(), apiTook.toMillis(), filterTook.toMillis());

            postgres = start(pgDir, dbPort);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int status = 0;
            while (System.nanoTime() < deadline && status != 200) {
                status = http.get(base + "/actuator/health", null).statusCode();
                if (status != 200) {
                    Thread.sleep(250);
                }
            }
            assertThat(status).isEqualTo(200);
            assertThat(http.get(carriers, token).statusCode()).isEqualTo(200);
        } finally {
            postgres.close();
        }
    }

    private void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        JsonNode body = http.json(response.body());
        assertThat(body.get("detail").asString()).contains("database is unavailable");
        assertThat(body.get("request_id").asString())
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    private static EmbeddedPostgres start(Path dir, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
