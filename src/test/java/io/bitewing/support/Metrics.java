package io.bitewing.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.regex.Pattern;

/** The service's Prometheus page, read with the admin key, and one sample of it. */
public final class Metrics {

    private Metrics() {}

    public static String scrape(int port) {
        return given().port(port)
                .auth()
                .oauth2(ApiTestSupport.ADMIN_KEY)
                .get("/actuator/prometheus")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /**
     * Waits up to 10 seconds for {@code series} to reach {@code atLeast}, and returns its value: a background run's
     * meters move just after its result is committed, so a client may see the result first.
     */
    public static double await(int port, String series, double atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        double seen = value(port, series);
        while (seen < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(50);
            seen = value(port, series);
        }
        return seen;
    }

    /** The value of the sample named exactly {@code series} (name and labels as printed), 0 when absent. */
    public static double value(int port, String series) {
        var line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape(port));
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
