package io.bitewing.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitewing.support.PlainHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.JsonNode;

/**
 * The service as an operator runs it with {@code BITEWING_LOG_FORMAT=json}: a JVM of its own (the logging system is
 * global to a JVM, so the shared test context cannot switch format), its console read line by line. Every line is a
 * JSON object; a request's access line carries its request id and route template; no token, no query and no
 * header reaches the log.
 */
class StructuredLogsTest {

    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    private final PlainHttp http = new PlainHttp();
    private final String adminKey = "log-admin-" + UUID.randomUUID();

    @TempDir
    Path temp;

    private Process service;

    @AfterEach
    void stopTheService() throws InterruptedException {
        if (service != null) {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    @Test
    void withJsonLogsEveryLineIsJsonAndARequestsLineCarriesItsIdButNoTokenOrQuery() throws Exception {
        Path console = temp.resolve("console.log");
        int port = start(console);
        String base = "http://localhost:" + port;

        JsonNode org = http.json(http.post(base + "/admin/v1/orgs", adminKey, "{\"name\":\"Log Dental\"}")
                .body());
        String token = org.get("api_token").asString();
        String search = base + "/api/v1/" + org.get("id").asString() + "/patients?search=Rivera";
        var answer = http.send(HttpRequest.newBuilder(URI.create(search))
                .header("Authorization", "Bearer " + token)
                .header("X-Request-Id", "log-check-1")
                .GET());
        assertThat(answer.statusCode()).isEqualTo(200);
        http.send(HttpRequest.newBuilder(URI.create(search))
                .header("Authorization", "Bearer not-a-token-" + UUID.randomUUID())
                .header("X-Request-Id", "log-check-2")
                .GET());

        JsonNode line = awaitAccessLine(console, "log-check-1");
        assertThat(line.get("log").get("logger").asString()).isEqualTo("io.bitewing.access");
        assertThat(line.get("route").asString()).isEqualTo("/api/v1/{org_id}/patients");
        assertThat(line.get("http_method").asString()).isEqualTo("GET");
        assertThat(line.get("status").asInt()).isEqualTo(200);
        assertThat(line.get("duration_ms").isNumber()).isTrue();
        assertThat(awaitAccessLine(console, "log-check-2").get("status").asInt())
                .isEqualTo(401);

        List<String> lines = Files.readAllLines(console);
        for (String each : lines) {
            assertThat(http.json(each).isObject()).as(each).isTrue();
        }
        String all = String.join("\n", lines);
        assertThat(all)
                .doesNotContain(adminKey)
                .doesNotContain(token)
                .doesNotContain("not-a-token-")
                .doesNotContain("Rivera")
                .doesNotContain("Bearer");
    }

    @Test
    void anUnknownLogFormatStopsTheStartWithASentenceNamingTheVariable() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("bitewing.log-format", "xml")));

        assertThatThrownBy(() -> new LogFormat().postProcessEnvironment(environment, null))
                .hasMessage("BITEWING_LOG_FORMAT must be plain, json or logstash, not 'xml'");
    }

    @Test
    void jsonChoosesSpringBootsElasticCommonSchemaFormatAndPlainChoosesNone() {
        var json = new StandardEnvironment();
        json.getPropertySources().addFirst(new MapPropertySource("test", Map.of("bitewing.log-format", "JSON")));
        new LogFormat().postProcessEnvironment(json, null);
        var plain = new StandardEnvironment();
        new LogFormat().postProcessEnvironment(plain, null);

        assertThat(json.getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(LogFormat.structured(json)).isTrue();
        assertThat(LogFormat.structured(plain)).isFalse();
    }

    /** The service on an embedded throw-away database, its console (stdout and stderr) written to {@code console}. */
    private int start(Path console) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var builder = new ProcessBuilder(java, "-cp", classpath, "io.bitewing.BitewingApplication")
                .redirectErrorStream(true)
                .redirectOutput(console.toFile());
        builder.environment()
                .putAll(Map.of(
                        "BITEWING_LOG_FORMAT", "json",
                        "PORT", "0",
                        "BITEWING_DATABASE_EPHEMERAL", "true",
                        "BITEWING_DATA_DIR", temp.resolve("data").toString(),
                        "BITEWING_ADMIN_TOKEN", adminKey,
                        "BITEWING_DEMO", "false",
                        "BITEWING_RATE_LIMIT_PER_MINUTE", "0"));
        service = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && service.isAlive()) {
            Matcher started = STARTED.matcher(Files.readString(console));
            if (started.find()) {
                return Integer.parseInt(started.group(1));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not start:\n" + Files.readString(console));
    }

    private JsonNode awaitAccessLine(Path console, String requestId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<JsonNode> found = Files.readAllLines(console).stream()
                    .filter(l -> l.contains(requestId))
                    .map(http::json)
                    .filter(n -> n.has("route"))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no access line for " + requestId + ":\n" + Files.readString(console));
    }
}
