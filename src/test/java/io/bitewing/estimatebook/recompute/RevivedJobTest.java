package io.bitewing.estimatebook.recompute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.bitewing.support.ApiTestSupport;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * db-scheduler revives the job of an instance that died mid-run; the job may also run again after it finished but
 * before the library removed it. Either way the run's outcome stands and nothing is written twice.
 */
class RevivedJobTest extends ApiTestSupport {

    @Autowired
    RecomputeRunner runner;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aJobRunAgainForAFinishedRunChangesNothing() throws Exception {
        var org = newOrg();
        String code = org.practice()
                .body(Map.of("code", "D0120", "description", "Exam"))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String book = org.api()
                .body(Map.of("name", "Book", "rule_type", "allowed_from_claims"))
                .post("/estimate-books")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String carrier = org.api()
                .body(Map.of("carrier_name", "Acme"))
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String plan = org.api()
                .body(Map.of("carrier_uuid", carrier, "plan_type", "category_percentage", "group_name", "Acme OON"))
                .post("/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.api()
                .body(Map.of(
                        "procedure_code_uuid",
                        code,
                        "procedure_service_date",
                        "2026-01-05",
                        "source_type",
                        "manual",
                        "allowed_override",
                        50,
                        "insurance_plan_uuid",
                        plan))
                .post("/estimate-books/" + book + "/evidence")
                .then()
                .statusCode(201);
        org.api()
                .body(Map.of("priority_order", 1, "rule_type", "insurance_plan"))
                .post("/estimate-books/" + book + "/rule-steps")
                .then()
                .statusCode(201);
        String run = org.api()
                .post("/estimate-books/" + book + "/recompute")
                .then()
                .statusCode(201)
                .body("status", equalTo("running"))
                .body("summary_json.stage", equalTo("queued"))
                .extract()
                .path("id");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while ("running"
                        .equals(org.api()
                                .get("/estimate-books/" + book + "/runs/" + run)
                                .then()
                                .extract()
                                .path("status"))
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        String before = org.api()
                .get("/estimate-books/" + book + "/runs/" + run)
                .then()
                .statusCode(200)
                .body("status", equalTo("completed"))
                .extract()
                .asString();

        String entries = org.api()
                .get("/estimate-books/" + book + "/allowed-fees")
                .then()
                .body("items[0].allowed_fee", equalTo(50.0f))
                .extract()
                .asString();

        runner.execute(org.id(), UUID.fromString(run));

        assertThat(org.api()
                        .get("/estimate-books/" + book + "/runs/" + run)
                        .then()
                        .extract()
                        .asString())
                .isEqualTo(before);
        assertThat(org.api()
                        .get("/estimate-books/" + book + "/allowed-fees")
                        .then()
                        .extract()
                        .asString())
                .isEqualTo(entries);
        assertThat(jdbc.sql("select count(*) from estimate_book_adjustment_log where org_id = :org")
                        .param("org", org.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
