package io.bitewing.shared.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import io.bitewing.support.RawHttp;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Drives the API with recognisable patient data and tokens (successes, validation errors, conflicts, idempotent
 * replays, refused tokens, a request Tomcat itself refuses, and an unexpected error through the 500 handler) while
 * every log event is captured, with its arguments, MDC and stack trace; none of those values may appear.
 */
class LogScanTest extends ApiTestSupport {

    private static final String FIRST = "Quillonia";
    private static final String LAST = "Vexmoorby";
    private static final String BIRTHDATE = "1961-07-19";
    private static final String MEMBER_ID = "MBR-ZQ-48213";

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger ours = (Logger) LoggerFactory.getLogger("io.bitewing");
    private Level oursBefore;

    @BeforeEach
    void capture() {
        captured.start();
        root.addAppender(captured);
        oursBefore = ours.getLevel();
        ours.setLevel(Level.DEBUG);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        ours.setLevel(oursBefore);
    }

    @Test
    void patientDataAndTokensNeverReachTheLogs() throws Exception {
        var org = newOrg();
        String staff = org.tokenWithRole("staff");
        String bogus = "bw_" + "Z".repeat(43);
        String patient = org.practice()
                .body(Map.of("first_name", FIRST, "last_name", LAST, "birthdate", BIRTHDATE))
                .post("/patients")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String plan = CoverageFixtures.plan(org, "Log Scan Group");
        String subscription = CoverageFixtures.subscription(org, plan, patient, MEMBER_ID);
        CoverageFixtures.patientPlan(org, patient, subscription, "self");

        org.practice().get("/patients?search=" + LAST).then().statusCode(200);
        org.practice().get("/patients/" + patient).then().statusCode(200);
        org.api().get("/patients/" + patient + "/insurance").then().statusCode(200);
        org.api().get("/subscriptions?search=" + MEMBER_ID).then().statusCode(200);
        org.api()
                .body(Map.of("patient_uuid", patient, "procedures", List.of(Map.of("procedure_code", "D0120"))))
                .post("/estimates")
                .then()
                .statusCode(lessThan(500));

        // Validation errors and conflicts that carry the values back to the client, not to the log.
        org.practice()
                .body(Map.of("first_name", FIRST, "last_name", LAST, "birthdate", BIRTHDATE + "x"))
                .post("/patients")
                .then()
                .statusCode(422);
        org.practice()
                .body(Map.of("first_name", FIRST, "last_name", LAST, "nickname", LAST))
                .post("/patients")
                .then()
                .statusCode(422);
        org.practice()
                .body(Map.of("first_name", FIRST.repeat(50), "last_name", LAST))
                .post("/patients")
                .then()
                .statusCode(422);
        org.practice()
                .body(Map.of("base_version", 99, "last_name", LAST + "-Smith"))
                .patch("/patients/" + patient)
                .then()
                .statusCode(409);
        org.api()
                .body(Map.of(
                        "insurance_plan_uuid",
                        plan,
                        "subscriber_uuid",
                        patient,
                        "subscriber_id_number",
                        MEMBER_ID,
                        "date_effective",
                        BIRTHDATE + "T00"))
                .post("/subscriptions")
                .then()
                .statusCode(422);

        // Idempotent replays and a key reused with another body.
        for (int i = 0; i < 2; i++) {
            org.practice()
                    .header("Idempotency-Key", "key-" + LAST)
                    .body(Map.of("first_name", FIRST, "last_name", "Twin"))
                    .post("/patients")
                    .then()
                    .statusCode(201);
        }
        org.practice()
                .header("Idempotency-Key", "key-" + LAST)
                .body(Map.of("first_name", FIRST, "last_name", LAST))
                .post("/patients")
                .then()
                .statusCode(409);

        // Refused tokens: unknown, revoked, of another organisation, and a staff token on settings.
        given().port(port)
                .auth()
                .oauth2(bogus)
                .get("/api/v1/" + org.id() + "/patients")
                .then()
                .statusCode(401);
        org.as(staff).body(Map.of("base_version", 1)).patch("/settings").then().statusCode(403);
        newOrg().as(staff).get("/carriers").then().statusCode(greaterThanOrEqualTo(400));
        String staffId = given().port(port)
                .auth()
                .oauth2(org.token())
                .get("/admin/v1/orgs/" + org.id() + "/tokens")
                .then()
                .extract()
                .path("items.find { it.role == 'staff' }.id");
        given().port(port)
                .auth()
                .oauth2(org.token())
                .delete("/admin/v1/orgs/" + org.id() + "/tokens/" + staffId)
                .then()
                .statusCode(204);
        org.as(staff).get("/carriers").then().statusCode(401);

        // Refused by Tomcat before any filter: a request line far too long, carrying a member id.
        org.api()
                .urlEncodingEnabled(false)
                .get("/subscriptions?search=" + MEMBER_ID + "a".repeat(20_000))
                .then()
                .statusCode(400);

        // Request lines Tomcat cannot parse, carrying patient data in the path and the query.
        for (String line : List.of(
                "GET /api/v1/" + org.id() + "/patients?search=" + LAST + "|" + FIRST + " HTTP/1.1",
                "GET /api/v1/" + org.id() + "/patients/" + LAST + " " + MEMBER_ID + " HTTP/1.1",
                "GET /api/v1/" + org.id() + "/subscriptions?search={" + MEMBER_ID + "} HTTP/1.1")) {
            assertThat(RawHttp.get(port, line).status()).isEqualTo(400);
        }

        // No route answers 500 to bad input (HostileInputSweepTest); an unexpected database failure whose message
        // quotes a row, as PostgreSQL's do, goes through the 500 handler here.
        MDC.put("request_id", "log-scan-500");
        try {
            new ApiErrorHandler()
                    .unexpected(new DataAccessResourceFailureException(
                            "update failed",
                            new SQLException("Failing row contains (" + FIRST + ", " + LAST + ", " + BIRTHDATE + ", "
                                    + MEMBER_ID + ")")));
        } finally {
            MDC.remove("request_id");
        }

        List<String> lines = lines();
        assertThat(lines)
                .as("the 500 handler's log line, with its request id")
                .anyMatch(line -> line.contains("log-scan-500"));
        for (String secret : List.of(FIRST, LAST, BIRTHDATE, MEMBER_ID, org.token(), staff, bogus)) {
            assertThat(lines).as("log lines carrying " + secret).noneMatch(line -> line.contains(secret));
        }
    }

    /**
     * Tomcat logs only the first unreadable request at INFO (later ones at DEBUG), so an earlier test in this JVM may
     * have used up that first one: the levels themselves are checked too.
     */
    @Test
    void tomcatsRequestParsingLoggersSayNothingBelowWarn() {
        for (String name : List.of(
                "org.apache.coyote.http11.Http11Processor",
                "org.apache.coyote.http11.Http11InputBuffer",
                "org.apache.tomcat.util.http.Parameters")) {
            assertThat(((Logger) LoggerFactory.getLogger(name))
                            .getEffectiveLevel()
                            .isGreaterOrEqual(Level.WARN))
                    .as(name)
                    .isTrue();
        }
    }

    /** Each event as fully as any appender could render it: message, arguments, MDC and stack trace. */
    private List<String> lines() {
        var out = new ArrayList<String>();
        for (ILoggingEvent event : List.copyOf(captured.list)) {
            var line = new StringBuilder(event.getLoggerName())
                    .append(' ')
                    .append(event.getFormattedMessage())
                    .append(' ')
                    .append(event.getMDCPropertyMap());
            if (event.getArgumentArray() != null) {
                line.append(' ').append(java.util.Arrays.deepToString(event.getArgumentArray()));
            }
            if (event.getThrowableProxy() != null) {
                line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
            out.add(line.toString());
        }
        return out;
    }
}
