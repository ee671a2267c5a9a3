package io.bitewing.support;

import static io.restassured.RestAssured.given;

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

    /** The value of the sample named exactly {@code series} (name and labels as printed), 0 when absent. */
    public static double value(int port, String series) {
        var line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape(port));
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
