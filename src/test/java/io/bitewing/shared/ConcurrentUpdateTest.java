package io.bitewing.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Many clients patching one row with the same base_version: exactly one wins, the rest get 409, nothing is lost. */
class ConcurrentUpdateTest extends ApiTestSupport {

    private static final int CLIENTS = 32;

    /** Sends the same PATCH from every client at once; answers the status codes. */
    private static List<Integer> race(Function<Integer, Callable<Integer>> client) throws Exception {
        var pool = Executors.newFixedThreadPool(CLIENTS);
        var start = new CountDownLatch(1);
        try {
            var answers = new ArrayList<Future<Integer>>();
            for (int i = 0; i < CLIENTS; i++) {
                Callable<Integer> call = client.apply(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneWinner(List<Integer> statuses) {
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(CLIENTS - 1);
    }

    private static Callable<Integer> patch(RequestSpecification spec, String path, Map<String, Object> body) {
        return () -> spec.body(body).patch(path).then().extract().statusCode();
    }

    @Test
    void onePlanUpdateWinsAndKeepsAllItsFields() throws Exception {
        var org = newOrg();
        String plan = CoverageFixtures.plan(org, "Raced");
        assertOneWinner(race(i -> patch(
                org.api(),
                "/plans/" + plan,
                Map.of("base_version", 1, "group_name", "Winner " + i, "plan_note", "Note " + i))));
        var after = org.api().get("/plans/" + plan).then().extract().jsonPath();
        assertThat(after.getInt("version")).isEqualTo(2);
        String winner = after.getString("group_name").substring("Winner ".length());
        assertThat(after.getString("plan_note")).isEqualTo("Note " + winner);
    }

    @Test
    void oneBenefitUpdateWins() throws Exception {
        var org = newOrg();
        String plan = CoverageFixtures.plan(org, "Raced Benefit");
        String benefit = org.api()
                .body(Map.of("benefit_type", "annual_max", "monetary_amt", 1000))
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertOneWinner(race(i -> patch(
                org.api(),
                "/plans/" + plan + "/benefits/" + benefit,
                Map.of("base_version", 1, "monetary_amt", 1000 + i))));
        assertThat(org.api()
                        .get("/plans/" + plan + "/benefits/" + benefit)
                        .then()
                        .extract()
                        .jsonPath()
                        .getInt("version"))
                .isEqualTo(2);
    }

    @Test
    void oneFeeUpdateWins() throws Exception {
        var org = newOrg();
        String code = org.practice()
                .body(Map.of("code", "D1110", "description", "Cleaning"))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String schedule = org.api()
                .body(Map.of("fee_sched_type", "normal", "name", "Raced fees"))
                .post("/fee-schedules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String fee = org.api()
                .body(Map.of("procedure_code_uuid", code, "amount", 100))
                .post("/fee-schedules/" + schedule + "/fees")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertOneWinner(race(i -> patch(
                org.api(),
                "/fee-schedules/" + schedule + "/fees/" + fee,
                Map.of("base_version", 1, "amount", 100 + i))));
    }

    @Test
    void oneSettingsUpdateWins() throws Exception {
        var org = newOrg();
        org.api().get("/settings").then().statusCode(200);
        assertOneWinner(
                race(i -> patch(org.api(), "/settings", Map.of("base_version", 1, "eligibility_verify_days", 10 + i))));
        assertThat(org.api().get("/settings").then().extract().jsonPath().getInt("base_version"))
                .isEqualTo(2);
    }
}
