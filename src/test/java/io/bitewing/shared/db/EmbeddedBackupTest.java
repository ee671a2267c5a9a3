package io.bitewing.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.BitewingApplication;
import io.bitewing.support.PlainHttp;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * docs/backup.md, performed: its {@code # backup} and {@code # restore} blocks run as written, with {@code sh},
 * against a service on a durable embedded database of its own, stopped and started as the page says.
 */
class EmbeddedBackupTest {

    private static final Path PAGE = Path.of("docs", "backup.md");
    private static final String ADMIN_KEY = "backup-admin-key";

    private final PlainHttp http = new PlainHttp();

    @TempDir
    Path temp;

    @Test
    void theRecipeRestoresTheDataAsItWasAtTheBackup() throws Exception {
        Path data = temp.resolve("data");
        Path archive = temp.resolve("bitewing-backup.tar.gz");
        String carriers;
        String token;
        String kept;
        try (var app = start(data)) {
            JsonNode org = post(app, "/admin/v1/orgs", ADMIN_KEY, "{\"name\":\"Backup Dental\"}");
            token = org.get("api_token").asString();
            carriers = "/api/v1/" + org.get("id").asString() + "/insurance/carriers";
            kept = post(app, carriers, token, "{\"carrier_name\":\"Kept Mutual\"}")
                    .get("id")
                    .asString();
        }

        long took = run(block("backup"), data, archive);
        assertThat(archive).isNotEmptyFile();
        System.out.printf("backup of %d bytes took %d ms%n", Files.size(archive), took);

        try (var app = start(data)) {
            post(app, carriers + "/" + kept + "/archive", token, "");
            post(app, carriers, token, "{\"carrier_name\":\"Added After Mutual\"}");
            assertThat(names(app, carriers, token)).containsExactly("Added After Mutual");
        }

        run(block("restore"), data, archive);
        assertThat(Files.list(temp).map(p -> p.getFileName().toString()))
                .anyMatch(name -> name.startsWith("data.before-restore-"));

        try (var app = start(data)) {
            assertThat(names(app, carriers, token)).containsExactly("Kept Mutual");
            JsonNode carrier = http.json(get(app, carriers + "/" + kept, token).body());
            assertThat(carrier.get("version").asInt()).isEqualTo(1);
            assertThat(carrier.get("deleted_at").isNull()).isTrue();
        }
    }

    @Test
    void theRecipeRefusesToCopyARunningDatabase() throws Exception {
        Path data = temp.resolve("data");
        Path archive = temp.resolve("refused.tar.gz");
        try (var app = start(data)) {
            run(block("backup"), data, archive);
        }
        assertThat(archive).doesNotExist();
    }

    private ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(BitewingApplication.class)
                .properties(
                        "server.port=0",
                        "bitewing.data-dir=" + data,
                        "bitewing.admin-token=" + ADMIN_KEY,
                        "bitewing.demo=false",
                        "bitewing.rate-limit-per-minute=0")
                .run();
    }

    /** The page's {@code sh} block whose first line is {@code # name}. */
    private static String block(String name) throws Exception {
        var blocks = new ArrayList<String>();
        var matcher = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(PAGE));
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks.stream()
                .filter(b -> b.startsWith("# " + name + "\n"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(PAGE + " has no sh block '# " + name + "'"));
    }

    /** Runs a block with sh, as an operator would paste it, and returns how long it took in milliseconds. */
    private static long run(String script, Path data, Path archive) throws Exception {
        var process = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true);
        process.environment().put("BITEWING_DATA_DIR", data.toString());
        process.environment().put("BACKUP", archive.toString());
        long started = System.nanoTime();
        Process running = process.start();
        String output = new String(running.getInputStream().readAllBytes());
        assertThat(running.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(running.exitValue()).as(output).isZero();
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    private List<String> names(ConfigurableApplicationContext app, String carriers, String token) throws Exception {
        var names = new ArrayList<String>();
        http.json(get(app, carriers, token).body())
                .get("items")
                .forEach(c -> names.add(c.get("carrier_name").asString()));
        return names;
    }

    private JsonNode post(ConfigurableApplicationContext app, String path, String token, String body) throws Exception {
        var answer = http.post(url(app, path), token, body);
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
        return http.json(answer.body());
    }

    private HttpResponse<String> get(ConfigurableApplicationContext app, String path, String token) throws Exception {
        var answer = http.get(url(app, path), token);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private static String url(ConfigurableApplicationContext app, String path) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path;
    }
}
