package io.bitewing.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.support.ApiTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs docs/setup-a-practice.md: every {@code http} block, in order, against this instance, with the values the
 * blocks save substituted into the later ones, checking each block's {@code # expect} lines. Changing the service
 * so that the guide no longer works fails here; so does a guide edited into a request that does not work.
 */
class SetupGuideApiTest extends ApiTestSupport {

    private static final Path GUIDE = Path.of("docs", "setup-a-practice.md");
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```http\\n(.*?)^```");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{(\\w+)}}");
    private static final Pattern SEGMENT = Pattern.compile("(\\w+)(?:\\[(\\d+|\\w+=[^\\]]+)])?");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request of the guide with what it expects and saves. */
    record Step(
            String requestLine,
            Map<String, String> headers,
            String body,
            Integer status,
            Map<String, String> saves,
            Map<String, String> expects) {

        static Step parse(String block) {
            var lines = block.split("\n", -1);
            Integer status = null;
            var saves = new LinkedHashMap<String, String>();
            var expects = new LinkedHashMap<String, String>();
            int i = 0;
            for (; i < lines.length && lines[i].startsWith("#"); i++) {
                String comment = lines[i].substring(1).strip();
                if (comment.matches("expect \\d{3}")) {
                    status = Integer.parseInt(comment.substring(7));
                } else if (comment.startsWith("expect ")) {
                    String[] parts = comment.substring(7).split(" = ", 2);
                    expects.put(parts[0].strip(), parts[1].strip());
                } else if (comment.startsWith("save ")) {
                    String[] parts = comment.substring(5).split(" = ", 2);
                    saves.put(parts[0].strip(), parts[1].strip());
                }
            }
            String requestLine = lines[i++];
            var headers = new LinkedHashMap<String, String>();
            for (; i < lines.length && !lines[i].isBlank(); i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).strip(),
                        lines[i].substring(colon + 1).strip());
            }
            var body = new StringBuilder();
            for (i++; i < lines.length; i++) {
                body.append(lines[i]).append('\n');
            }
            return new Step(requestLine, headers, body.toString().strip(), status, saves, expects);
        }
    }

    @Test
    void everyRequestOfTheSetupGuideAnswersAsTheGuideSaysFromAnEmptyOrganisationToAnEstimate() throws Exception {
        var steps = steps(Files.readString(GUIDE));
        assertThat(steps).as("http blocks in " + GUIDE).hasSizeGreaterThanOrEqualTo(16);
        assertThat(steps.get(steps.size() - 1).requestLine()).endsWith("/insurance/estimates");
        var values = new HashMap<String, String>(Map.of("admin_key", ADMIN_KEY));
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long started = System.nanoTime();
        for (int n = 0; n < steps.size(); n++) {
            Step step = steps.get(n);
            String[] line = substitute(step.requestLine(), values).split(" ", 2);
            String body = substitute(step.body(), values);
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + line[1]))
                    .timeout(Duration.ofSeconds(30))
                    .method(
                            line[0],
                            body.isEmpty()
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body + "\n"));
            step.headers().forEach((name, value) -> request.header(name, substitute(value, values)));
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String where = "step " + (n + 1) + " (" + step.requestLine() + ") answered " + response.statusCode() + " "
                    + response.body();
            if (step.status() != null) {
                assertThat(response.statusCode()).as(where).isEqualTo(step.status());
            }
            if (step.saves().isEmpty() && step.expects().isEmpty()) {
                continue;
            }
            JsonNode answer = JSON.readTree(response.body());
            step.saves().forEach((name, path) -> {
                JsonNode value = at(answer, path);
                assertThat(value).as(where + ": " + path).isNotNull();
                values.put(name, value.asString());
            });
            step.expects().forEach((path, expected) -> {
                JsonNode value = at(answer, path);
                assertThat(value).as(where + ": " + path).isNotNull();
                assertThat(value.asString()).as(where + ": " + path).isEqualTo(expected);
            });
        }
        System.out.printf(
                "setup guide: %d requests, empty organisation to estimate in %d ms%n",
                steps.size(), Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    @Test
    void theGuidesFieldPathsSelectNestedFieldsIndexesAndTheFirstMatchingItem() {
        JsonNode answer = JSON.readTree(
                "{\"subscription\":{\"id\":\"s\"},\"items\":[{\"name\":\"A\",\"id\":1},{\"name\":\"B\",\"id\":2}]}");
        assertThat(at(answer, ".subscription.id").asString()).isEqualTo("s");
        assertThat(at(answer, ".items[1].id").asString()).isEqualTo("2");
        assertThat(at(answer, ".items[name=B].id").asString()).isEqualTo("2");
        assertThat(at(answer, ".items[name=C].id")).isNull();
    }

    static List<Step> steps(String guide) {
        var steps = new ArrayList<Step>();
        Matcher blocks = BLOCK.matcher(guide);
        while (blocks.find()) {
            steps.add(Step.parse(blocks.group(1)));
        }
        return steps;
    }

    private static String substitute(String text, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            assertThat(value)
                    .as("{{" + m.group(1) + "}} was saved by an earlier step")
                    .isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code .a.b}, {@code .a[0]} and {@code .a[field=value]} (the first element whose field has that value). */
    static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.substring(1).split("\\.")) {
            Matcher m = SEGMENT.matcher(part);
            if (node == null || !m.matches()) {
                return null;
            }
            node = node.get(m.group(1));
            String selector = m.group(2);
            if (node == null || selector == null) {
                continue;
            }
            if (selector.matches("\\d+")) {
                node = node.get(Integer.parseInt(selector));
            } else {
                String[] kv = selector.split("=", 2);
                JsonNode match = null;
                for (JsonNode item : node) {
                    if (item.has(kv[0]) && item.get(kv[0]).asString().equals(kv[1])) {
                        match = item;
                        break;
                    }
                }
                node = match;
            }
        }
        return node;
    }
}
