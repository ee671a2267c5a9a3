package io.bitewing.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.bitewing.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IdempotencyTest extends ApiTestSupport {

    @Test
    void parallelPostsWithOneKeyCreateExactlyOneRowAndAllAnswerTheSameBody() throws Exception {
        var org = newOrg();
        int clients = 16;
        var pool = Executors.newFixedThreadPool(clients);
        try {
            var answers = new ArrayList<Future<String>>();
            for (int i = 0; i < clients; i++) {
                Callable<String> call = () -> org.api().header("Idempotency-Key", "race-1")
                        .body(Map.of("carrier_name", "Raced Carrier")).post("/carriers")
                        .then().statusCode(201).extract().asString();
                answers.add(pool.submit(call));
            }
            String first = answers.get(0).get();
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
        org.api().get("/carriers").then().body("total", equalTo(1));
    }

    @Test
    void keysAreScopedToTheOrganisation() {
        var org = newOrg();
        var other = newOrg();
        org.api().header("Idempotency-Key", "shared-key").body(Map.of("carrier_name", "Mine")).post("/carriers")
                .then().statusCode(201);
        other.api().header("Idempotency-Key", "shared-key").body(Map.of("carrier_name", "Mine")).post("/carriers")
                .then().statusCode(201);
        other.api().get("/carriers").then().body("total", equalTo(1));
    }

    @Test
    void aFailedRequestIsReplayedWithItsError() {
        var org = newOrg();
        org.api().header("Idempotency-Key", "bad-1").body(Map.of("carrier_name", "")).post("/carriers")
                .then().statusCode(422);
        org.api().header("Idempotency-Key", "bad-1").body(Map.of("carrier_name", "")).post("/carriers")
                .then().statusCode(422);
        assertInvalid(org.api().header("Idempotency-Key", "x".repeat(300)).body(Map.of("carrier_name", "A"))
                .post("/carriers").then(), "header", "Idempotency-Key");
    }
}
