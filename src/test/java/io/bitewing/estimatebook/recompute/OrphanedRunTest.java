package io.bitewing.estimatebook.recompute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.bitewing.shared.Ids;
import io.bitewing.support.ApiTestSupport;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A run whose job is gone would read running for ever and hold its book; start-up fails it instead. */
class OrphanedRunTest extends ApiTestSupport {

    @Autowired
    RecomputeJobs jobs;

    @Autowired
    JdbcClient jdbc;

    private String book(Org org, String name) {
        return org.api()
                .body(Map.of("name", name, "rule_type", "allowed_from_claims"))
                .post("/estimate-books")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private UUID runningRun(Org org, String book) {
        UUID run = Ids.newId();
        jdbc.sql("insert into estimate_book_run (org_id, id, estimate_book_id) values (:org, :id, :book)")
                .param("org", org.id())
                .param("id", run)
                .param("book", UUID.fromString(book))
                .update();
        return run;
    }

    @Test
    void aRunWithoutItsJobIsFailedAndItsBookCanBeRecomputedAgain() {
        var org = newOrg();
        String orphanedBook = book(org, "Orphaned");
        UUID orphaned = runningRun(org, orphanedBook);
        String heldBook = book(org, "Held");
        UUID held = runningRun(org, heldBook);
        // A job that is not yet due, so the scheduler leaves it alone while the sweep sees it.
        jdbc.sql("""
                insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                values (:task, :instance, '2100-01-01', false, 1)
                """)
                .param("task", RecomputeJobs.TASK)
                .param("instance", held.toString())
                .update();
        org.api().post("/estimate-books/" + orphanedBook + "/recompute").then().statusCode(409);

        try {
            assertThat(jobs.failOrphanedRuns()).isGreaterThanOrEqualTo(1);

            org.api()
                    .get("/estimate-books/" + orphanedBook + "/runs/" + orphaned)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("failed"))
                    .body("error", equalTo(RecomputeJobs.ORPHANED))
                    .body("finished_at", notNullValue());
            org.api()
                    .get("/estimate-books/" + heldBook + "/runs/" + held)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("running"));
            org.api()
                    .post("/estimate-books/" + orphanedBook + "/recompute")
                    .then()
                    .statusCode(201);
        } finally {
            jdbc.sql("delete from scheduled_tasks where task_name = :task and task_instance = :instance")
                    .param("task", RecomputeJobs.TASK)
                    .param("instance", held.toString())
                    .update();
        }
    }
}
