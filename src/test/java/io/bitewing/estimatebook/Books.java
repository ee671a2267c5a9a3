package io.bitewing.estimatebook;

import static org.assertj.core.api.Assertions.fail;

import io.bitewing.support.ApiTestSupport.Org;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** Builds estimate book test data through the API and waits for recomputes. */
final class Books {

    static final String PATH = "/estimate-books";

    private Books() {}

    static String code(Org org, String code) {
        return org.practice()
                .body(Map.of("code", code, "description", "Code " + code))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String carrier(Org org, String name, String group) {
        return org.api()
                .body(
                        group == null
                                ? Map.of("carrier_name", name)
                                : Map.of("carrier_name", name, "carrier_group_name", group))
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String outOfNetworkPlan(Org org, String carrier, String groupName, String groupNumber) {
        return org.api()
                .body(Map.of(
                        "carrier_uuid",
                        carrier,
                        "plan_type",
                        "category_percentage",
                        "group_name",
                        groupName,
                        "group_number",
                        groupNumber))
                .post("/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String schedule(Org org, String name, String type) {
        return org.api()
                .body(Map.of("fee_sched_type", type, "name", name))
                .post("/fee-schedules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static void fee(Org org, String schedule, String code, int amount) {
        org.api()
                .body(Map.of("procedure_code_uuid", code, "amount", amount))
                .post("/fee-schedules/" + schedule + "/fees")
                .then()
                .statusCode(201);
    }

    /** A location whose UCR (office) schedule is in force from long ago. */
    static String officeWithUcr(Org org, String ucrSchedule) {
        String location = org.practice()
                .body(Map.of("name", "Main Street"))
                .post("/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.api()
                .body(Map.of(
                        "fee_schedule_uuid",
                        ucrSchedule,
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "ucr",
                        "effective_start",
                        "2020-01-01"))
                .post("/fee-schedule-assignments")
                .then()
                .statusCode(201);
        return location;
    }

    static String book(Org org, Map<String, Object> body) {
        return org.api().body(body).post(PATH).then().statusCode(201).extract().path("id");
    }

    static void step(Org org, String book, int priority, String ruleType, String limitType, int limitValue) {
        org.api()
                .body(Map.of(
                        "priority_order",
                        priority,
                        "rule_type",
                        ruleType,
                        "limit_type",
                        limitType,
                        "limit_value",
                        limitValue))
                .post(PATH + "/" + book + "/rule-steps")
                .then()
                .statusCode(201);
    }

    static void evidence(Org org, String book, Map<String, Object> body) {
        org.api().body(body).post(PATH + "/" + book + "/evidence").then().statusCode(201);
    }

    static String daysAgo(int days) {
        return LocalDate.now(ZoneOffset.UTC).minusDays(days).toString();
    }

    /** Starts a recompute (answered at once as running) and returns the run's id. */
    static String recompute(Org org, String book) {
        return org.api()
                .post(PATH + "/" + book + "/recompute")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Polls the run until it leaves running, for at most 30 seconds. */
    static ExtractableResponse<Response> awaitRun(Org org, String book, String run) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            var answer = org.api()
                    .get(PATH + "/" + book + "/runs/" + run)
                    .then()
                    .statusCode(200)
                    .extract();
            if (!"running".equals(answer.path("status"))) {
                return answer;
            }
            if (System.nanoTime() > deadline) {
                fail("run " + run + " still running after 30 seconds");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for run " + run);
            }
        }
    }

    /** Recomputes and waits; fails unless the run completed. */
    static ExtractableResponse<Response> recomputed(Org org, String book) {
        var run = awaitRun(org, book, recompute(org, book));
        if (!"completed".equals(run.path("status"))) {
            fail("run did not complete: " + run.asString());
        }
        return run;
    }
}
