package io.bitewing.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

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
                Callable<String> call = () -> org.api()
                        .header("Idempotency-Key", "race-1")
                        .body(Map.of("carrier_name", "Raced Carrier"))
                        .post("/carriers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .asString();
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
        org.api()
                .header("Idempotency-Key", "shared-key")
                .body(Map.of("carrier_name", "Mine"))
                .post("/carriers")
                .then()
                .statusCode(201);
        other.api()
                .header("Idempotency-Key", "shared-key")
                .body(Map.of("carrier_name", "Mine"))
                .post("/carriers")
                .then()
                .statusCode(201);
        other.api().get("/carriers").then().body("total", equalTo(1));
    }

    @Test
    void aFailedRequestIsReplayedWithItsError() {
        var org = newOrg();
        org.api()
                .header("Idempotency-Key", "bad-1")
                .body(Map.of("carrier_name", ""))
                .post("/carriers")
                .then()
                .statusCode(422);
        org.api()
                .header("Idempotency-Key", "bad-1")
                .body(Map.of("carrier_name", ""))
                .post("/carriers")
                .then()
                .statusCode(422);
        assertInvalid(
                org.api()
                        .header("Idempotency-Key", "x".repeat(300))
                        .body(Map.of("carrier_name", "A"))
                        .post("/carriers")
                        .then(),
                "header",
                "Idempotency-Key");
    }

    @Test
    void aTokenWithoutTheRoleCannotReplayAnotherTokensKey() {
        var org = newOrg();
        String readOnly = org.tokenWithRole("read_only");
        String staff = org.tokenWithRole("staff");
        org.api()
                .header("Idempotency-Key", "admin-key-1")
                .body(Map.of("carrier_name", "Admin's"))
                .post("/carriers")
                .then()
                .statusCode(201);
        org.as(readOnly)
                .header("Idempotency-Key", "admin-key-1")
                .body(Map.of("carrier_name", "Admin's"))
                .post("/carriers")
                .then()
                .statusCode(403)
                .header("Idempotent-Replayed", nullValue());
        // The key is the admin token's: another token with the same key and body makes its own request.
        org.as(staff)
                .header("Idempotency-Key", "admin-key-1")
                .body(Map.of("carrier_name", "Staff's"))
                .post("/carriers")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue());
        org.api().get("/carriers").then().body("total", equalTo(2));
    }
}
