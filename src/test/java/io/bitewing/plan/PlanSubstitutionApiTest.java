package io.bitewing.plan;

import static org.hamcrest.Matchers.equalTo;

import io.bitewing.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanSubstitutionApiTest extends ApiTestSupport {

    private String planWithCodes(Org org) {
        for (String code : List.of("D2391", "D2140", "D2392", "D2150")) {
            org.practice()
                    .body(Map.of("code", code, "description", "Filling " + code))
                    .post("/procedure-codes")
                    .then()
                    .statusCode(201);
        }
        String carrier = org.api()
                .body(Map.of("carrier_name", "Subs Carrier"))
                .post("/carriers")
                .then()
                .extract()
                .path("id");
        return org.api()
                .body(Map.of("carrier_uuid", carrier, "plan_type", "ppo_percentage"))
                .post("/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void linksACodeToItsDowngradeForOnePlan() {
        var org = newOrg();
        String plan = planWithCodes(org);
        String id = org.api()
                .body(Map.of("code", "d2391", "substitute_code", "D2140", "condition", "posterior"))
                .post("/plans/" + plan + "/substitutions")
                .then()
                .statusCode(201)
                .body("code", equalTo("D2391"))
                .body("substitute_code", equalTo("D2140"))
                .body("condition", equalTo("posterior"))
                .body("plan_uuid", equalTo(plan))
                .extract()
                .path("id");
        org.api()
                .get("/plans/" + plan + "/substitutions")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        org.api()
                .body(Map.of("base_version", 1, "condition", "molar"))
                .patch("/plans/" + plan + "/substitutions/" + id)
                .then()
                .statusCode(200)
                .body("condition", equalTo("molar"))
                .body("version", equalTo(2));
        org.api()
                .body(Map.of("base_version", 1, "condition", "always"))
                .patch("/plans/" + plan + "/substitutions/" + id)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(2));
        org.api().delete("/plans/" + plan + "/substitutions/" + id).then().statusCode(204);
        org.api().get("/plans/" + plan + "/substitutions").then().body("items", equalTo(List.of()));
        org.api().delete("/plans/" + plan + "/substitutions/" + id).then().statusCode(404);
    }

    @Test
    void refusesUnknownCodesDuplicatesAndSelfLinks() {
        var org = newOrg();
        String plan = planWithCodes(org);
        assertInvalid(
                        org.api()
                                .body(Map.of("code", "D9999", "substitute_code", "D2140"))
                                .post("/plans/" + plan + "/substitutions")
                                .then(),
                        "body",
                        "code")
                .body("detail[0].msg", equalTo("unknown procedure code 'D9999'"));
        assertInvalid(
                org.api()
                        .body(Map.of("code", "D2391", "substitute_code", "D0000"))
                        .post("/plans/" + plan + "/substitutions")
                        .then(),
                "body",
                "substitute_code");
        assertInvalid(
                org.api()
                        .body(Map.of("code", "D2391", "substitute_code", "D2391"))
                        .post("/plans/" + plan + "/substitutions")
                        .then(),
                "body",
                "substitute_code");
        assertInvalid(
                org.api()
                        .body(Map.of("code", "D2391", "substitute_code", "D2140", "condition", "sometimes"))
                        .post("/plans/" + plan + "/substitutions")
                        .then(),
                "body",
                "condition");
        org.api()
                .body(Map.of("code", "D2391", "substitute_code", "D2140"))
                .post("/plans/" + plan + "/substitutions")
                .then()
                .statusCode(201)
                .body("condition", equalTo("always"));
        org.api()
                .body(Map.of("code", "D2391", "substitute_code", "D2150"))
                .post("/plans/" + plan + "/substitutions")
                .then()
                .statusCode(409);
    }

    @Test
    void anotherOrganisationsPlanIsNotFound() {
        var org = newOrg();
        var other = newOrg();
        String plan = planWithCodes(other);
        org.api().get("/plans/" + plan + "/substitutions").then().statusCode(404);
        org.api()
                .body(Map.of("code", "D2391", "substitute_code", "D2140"))
                .post("/plans/" + plan + "/substitutions")
                .then()
                .statusCode(404);
        org.api().get("/plans/" + UUID.randomUUID() + "/substitutions").then().statusCode(404);
    }
}
