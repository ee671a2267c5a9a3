package io.bitewing.estimatebook;

import static io.bitewing.estimatebook.Books.PATH;
import static io.bitewing.estimatebook.Books.book;
import static io.bitewing.estimatebook.Books.recomputed;
import static io.bitewing.support.CoverageFixtures.body;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Evidence, rule steps, allowed fees and adjustment logs of a book. */
class BookEntriesApiTest extends ApiTestSupport {

    private record Setup(Org org, String book, String code, String carrier, String plan) {
        String path(String tail) {
            return PATH + "/" + book + tail;
        }
    }

    private Setup setup() {
        var org = newOrg();
        String carrier = Books.carrier(org, "Acme", null);
        String plan = Books.outOfNetworkPlan(org, carrier, "Acme OON", "G-7");
        return new Setup(
                org,
                book(org, Map.of("name", "Acme Book", "rule_type", "allowed_from_claims", "carrier_uuid", carrier)),
                Books.code(org, "D2740"),
                carrier,
                plan);
    }

    @Test
    void recordsAndListsEvidenceTakingCarrierAndGroupFromThePlan() {
        var s = setup();
        s.org()
                .api()
                .body(Map.of(
                        "procedure_code_uuid",
                        s.code(),
                        "procedure_service_date",
                        "2026-01-10",
                        "source_type",
                        "import",
                        "insurance_plan_uuid",
                        s.plan(),
                        "insurance_payment_amount",
                        412.5,
                        "allowed_override",
                        500,
                        "claim_role",
                        "primary",
                        "insurance_claim_identifier",
                        77))
                .post(s.path("/evidence"))
                .then()
                .statusCode(201)
                .body("procedure_code.name", equalTo("D2740"))
                .body("carrier.name", equalTo("Acme"))
                .body("insurance_plan.name", equalTo("Acme OON"))
                .body("group_number", equalTo("G-7"))
                .body("insurance_payment_amount", equalTo(412.5f))
                .body("allowed_override", equalTo(500.0f))
                .body("source_type", equalTo("import"))
                .body("estimate_book.name", equalTo("Acme Book"));
        s.org()
                .api()
                .body(Map.of(
                        "procedure_code_uuid",
                        s.code(),
                        "procedure_service_date",
                        "2026-02-10",
                        "source_type",
                        "manual",
                        "insurance_payment_amount",
                        300))
                .post(s.path("/evidence"))
                .then()
                .statusCode(201);
        s.org()
                .api()
                .get(s.path("/evidence?page_size=1"))
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items", hasSize(1))
                .body("items[0].source_type", equalTo("manual"));
    }

    @Test
    void evidenceAnswers404For409And422() {
        var s = setup();
        var other = newOrg();
        var ok = Map.<String, Object>of(
                "procedure_code_uuid", s.code(), "procedure_service_date", "2026-01-10", "source_type", "manual");
        other.api().body(ok).post(s.path("/evidence")).then().statusCode(404);
        other.api().get(s.path("/evidence")).then().statusCode(404);
        s.org()
                .api()
                .body(Map.of(
                        "procedure_code_uuid",
                        Books.code(other, "D2740"),
                        "procedure_service_date",
                        "2026-01-10",
                        "source_type",
                        "manual"))
                .post(s.path("/evidence"))
                .then()
                .statusCode(404)
                .body("detail", equalTo("Procedure code not found"));
        assertInvalid(
                s.org()
                        .api()
                        .body(Map.of(
                                "procedure_code_uuid",
                                s.code(),
                                "procedure_service_date",
                                "2026-01-10",
                                "source_type",
                                "fax"))
                        .post(s.path("/evidence"))
                        .then(),
                "body",
                "source_type");
        assertInvalid(
                s.org()
                        .api()
                        .body(Map.of(
                                "procedure_code_uuid",
                                s.code(),
                                "procedure_service_date",
                                "2026-01-10",
                                "source_type",
                                "manual",
                                "insurance_payment_amount",
                                -1))
                        .post(s.path("/evidence"))
                        .then(),
                "body",
                "insurance_payment_amount");
        assertInvalid(
                s.org()
                        .api()
                        .body(Map.of(
                                "procedure_code_uuid",
                                s.code(),
                                "procedure_service_date",
                                "2026-01-10",
                                "source_type",
                                "manual",
                                "insurance_plan_uuid",
                                s.plan(),
                                "carrier_uuid",
                                Books.carrier(s.org(), "B", null)))
                        .post(s.path("/evidence"))
                        .then(),
                "body",
                "carrier_uuid");
        s.org().api().post(s.path("/archive")).then().statusCode(200);
        s.org().api().body(ok).post(s.path("/evidence")).then().statusCode(409);
    }

    @Test
    void manageRuleStepsInPriorityOrder() {
        var s = setup();
        String second = s.org()
                .api()
                .body(Map.of(
                        "priority_order",
                        20,
                        "rule_type",
                        "insurance_carrier",
                        "limit_type",
                        "years",
                        "limit_value",
                        2))
                .post(s.path("/rule-steps"))
                .then()
                .statusCode(201)
                .body("is_active", equalTo(true))
                .body("estimate_book.name", equalTo("Acme Book"))
                .extract()
                .path("id");
        String first = s.org()
                .api()
                .body(Map.of("priority_order", 10, "rule_type", "insurance_plan"))
                .post(s.path("/rule-steps"))
                .then()
                .statusCode(201)
                .body("limit_type", equalTo("none"))
                .body("limit_value", equalTo(0))
                .extract()
                .path("id");
        s.org()
                .api()
                .get(s.path("/rule-steps"))
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(first, second)));
        s.org()
                .api()
                .body(Map.of("is_active", false, "limit_type", "none"))
                .patch(s.path("/rule-steps/" + second))
                .then()
                .statusCode(200)
                .body("is_active", equalTo(false))
                .body("limit_value", equalTo(0));
        s.org().api().get(s.path("/rule-steps?active_only=true")).then().body("items.id", equalTo(List.of(first)));
        s.org()
                .api()
                .delete(s.path("/rule-steps/" + first))
                .then()
                .statusCode(200)
                .body("id", equalTo(first));
        s.org().api().get(s.path("/rule-steps")).then().body("items.id", equalTo(List.of(second)));
        s.org().api().delete(s.path("/rule-steps/" + first)).then().statusCode(404);
    }

    @Test
    void ruleStepsAnswer404For409And422() {
        var s = setup();
        var other = newOrg();
        String step = s.org()
                .api()
                .body(Map.of("priority_order", 1, "rule_type", "insurance_plan"))
                .post(s.path("/rule-steps"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        other.api().get(s.path("/rule-steps")).then().statusCode(404);
        other.api()
                .body(Map.of("is_active", false))
                .patch(s.path("/rule-steps/" + step))
                .then()
                .statusCode(404);
        other.api().delete(s.path("/rule-steps/" + step)).then().statusCode(404);
        s.org()
                .api()
                .body(Map.of("is_active", false))
                .patch(s.path("/rule-steps/" + UUID.randomUUID()))
                .then()
                .statusCode(404)
                .body("detail", equalTo("Rule step not found"));
        s.org()
                .api()
                .body(Map.of("priority_order", 1, "rule_type", "group_number"))
                .post(s.path("/rule-steps"))
                .then()
                .statusCode(409);
        String two = s.org()
                .api()
                .body(Map.of("priority_order", 2, "rule_type", "group_number"))
                .post(s.path("/rule-steps"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        s.org()
                .api()
                .body(Map.of("priority_order", 1))
                .patch(s.path("/rule-steps/" + two))
                .then()
                .statusCode(409);
        assertInvalid(
                s.org()
                        .api()
                        .body(Map.of("priority_order", 3, "rule_type", "insurance_plan", "limit_type", "years"))
                        .post(s.path("/rule-steps"))
                        .then(),
                "body",
                "limit_value");
        assertInvalid(
                s.org()
                        .api()
                        .body(Map.of("priority_order", 3, "rule_type", "insurance_plan", "limit_value", 4))
                        .post(s.path("/rule-steps"))
                        .then(),
                "body",
                "limit_value");
        assertInvalid(
                s.org()
                        .api()
                        .body(Map.of("priority_order", 3, "rule_type", "zip_code"))
                        .post(s.path("/rule-steps"))
                        .then(),
                "body",
                "rule_type");
        assertInvalid(
                s.org()
                        .api()
                        .body(body("rule_type", null))
                        .patch(s.path("/rule-steps/" + two))
                        .then(),
                "body",
                "rule_type");
    }

    @Test
    void manualAllowedFeesAreLoggedAsManualOverrides() {
        var s = setup();
        String entry = s.org()
                .api()
                .body(Map.of(
                        "allowed_fee",
                        640,
                        "computed_at",
                        "2026-03-01T10:00:00Z",
                        "procedure_code_uuid",
                        s.code(),
                        "resolution_scope_type",
                        "insurance_plan",
                        "insurance_plan_uuid",
                        s.plan(),
                        "confidence",
                        "high",
                        "sample_count",
                        4))
                .post(s.path("/allowed-fees"))
                .then()
                .statusCode(201)
                .body("allowed_fee", equalTo(640.0f))
                .body("insurance_plan.name", equalTo("Acme OON"))
                .body("sample_count", equalTo(4))
                .body("estimate_book_run", nullValue())
                .extract()
                .path("id");
        s.org()
                .api()
                .body(Map.of("allowed_fee", 600, "confidence", "medium"))
                .patch(s.path("/allowed-fees/" + entry))
                .then()
                .statusCode(200)
                .body("allowed_fee", equalTo(600.0f))
                .body("confidence", equalTo("medium"));
        s.org()
                .api()
                .get(s.path("/adjustment-logs"))
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].change_reason", equalTo("manual_override"))
                .body("items[0].previous_allowed_fee", equalTo(640.0f))
                .body("items[0].new_allowed_fee", equalTo(600.0f))
                .body("items[0].delta_allowed_fee", equalTo(-40.0f))
                .body("items[1].previous_allowed_fee", nullValue());
        s.org()
                .api()
                .body(Map.of(
                        "allowed_fee",
                        580,
                        "computed_at",
                        "2026-03-01T10:00:00Z",
                        "procedure_code_uuid",
                        s.code(),
                        "resolution_scope_type",
                        "group_number",
                        "group_number",
                        "G-7"))
                .post(s.path("/allowed-fees"))
                .then()
                .statusCode(201);
        s.org().api().get(s.path("/allowed-fees")).then().statusCode(200).body("total", equalTo(2));
        s.org()
                .api()
                .delete(s.path("/allowed-fees/" + entry))
                .then()
                .statusCode(200)
                .body("allowed_fee", equalTo(600.0f));
        s.org().api().get(s.path("/allowed-fees")).then().body("total", equalTo(1));
        s.org()
                .api()
                .delete(s.path("/allowed-fees/" + entry))
                .then()
                .statusCode(404)
                .body("detail", equalTo("Allowed fee not found"));
    }

    @Test
    void allowedFeesAnswer404For409And422() {
        var s = setup();
        var other = newOrg();
        var ok = Map.<String, Object>of(
                "allowed_fee",
                640,
                "computed_at",
                "2026-03-01T10:00:00Z",
                "procedure_code_uuid",
                s.code(),
                "resolution_scope_type",
                "insurance_carrier",
                "carrier_uuid",
                s.carrier());
        String entry = s.org()
                .api()
                .body(ok)
                .post(s.path("/allowed-fees"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        s.org().api().body(ok).post(s.path("/allowed-fees")).then().statusCode(409);
        other.api().get(s.path("/allowed-fees")).then().statusCode(404);
        other.api()
                .body(Map.of("allowed_fee", 1))
                .patch(s.path("/allowed-fees/" + entry))
                .then()
                .statusCode(404);
        other.api().delete(s.path("/allowed-fees/" + entry)).then().statusCode(404);
        s.org()
                .api()
                .body(Map.of(
                        "allowed_fee",
                        640,
                        "computed_at",
                        "2026-03-01T10:00:00Z",
                        "procedure_code_uuid",
                        s.code(),
                        "resolution_scope_type",
                        "insurance_plan",
                        "insurance_plan_uuid",
                        s.plan(),
                        "estimate_book_run_uuid",
                        UUID.randomUUID().toString()))
                .post(s.path("/allowed-fees"))
                .then()
                .statusCode(404)
                .body("detail", equalTo("Estimate book run not found"));
        assertInvalid(
                s.org()
                        .api()
                        .body(Map.of(
                                "allowed_fee",
                                640,
                                "computed_at",
                                "2026-03-01T10:00:00Z",
                                "procedure_code_uuid",
                                s.code(),
                                "resolution_scope_type",
                                "insurance_plan"))
                        .post(s.path("/allowed-fees"))
                        .then(),
                "body",
                "insurance_plan_uuid");
        assertInvalid(
                s.org()
                        .api()
                        .body(Map.of(
                                "allowed_fee",
                                -5,
                                "computed_at",
                                "2026-03-01T10:00:00Z",
                                "procedure_code_uuid",
                                s.code(),
                                "resolution_scope_type",
                                "insurance_carrier",
                                "carrier_uuid",
                                s.carrier()))
                        .post(s.path("/allowed-fees"))
                        .then(),
                "body",
                "allowed_fee");
        assertInvalid(
                s.org()
                        .api()
                        .body(body("allowed_fee", null))
                        .patch(s.path("/allowed-fees/" + entry))
                        .then(),
                "body",
                "allowed_fee");
        s.org().api().post(s.path("/archive")).then().statusCode(200);
        s.org()
                .api()
                .body(Map.of("allowed_fee", 1))
                .patch(s.path("/allowed-fees/" + entry))
                .then()
                .statusCode(409);
    }

    @Test
    void adjustmentLogsRecordByHandAndAnswer404For409And422() {
        var s = setup();
        var other = newOrg();
        var ok = Map.<String, Object>of(
                "change_reason",
                "rule_match",
                "description",
                "Matched EOB",
                "new_allowed_fee",
                90,
                "previous_allowed_fee",
                100,
                "procedure_code_uuid",
                s.code(),
                "insurance_claim_procedure_identifier",
                12);
        s.org()
                .api()
                .body(ok)
                .post(s.path("/adjustment-logs"))
                .then()
                .statusCode(201)
                .body("delta_allowed_fee", equalTo(-10.0f))
                .body("procedure_code.name", equalTo("D2740"))
                .body("insurance_claim_procedure_identifier", equalTo(12))
                .body("estimate_book.name", equalTo("Acme Book"));
        var run = recomputed(s.org(), s.book());
        s.org()
                .api()
                .body(Map.of(
                        "change_reason",
                        "recompute",
                        "description",
                        "Noted",
                        "new_allowed_fee",
                        90,
                        "procedure_code_uuid",
                        s.code(),
                        "estimate_book_run_uuid",
                        run.path("id")))
                .post(s.path("/adjustment-logs"))
                .then()
                .statusCode(201)
                .body("estimate_book_run.id", equalTo(run.path("id")))
                .body("delta_allowed_fee", nullValue());
        other.api().body(ok).post(s.path("/adjustment-logs")).then().statusCode(404);
        other.api().get(s.path("/adjustment-logs")).then().statusCode(404);
        s.org()
                .api()
                .body(Map.of(
                        "change_reason",
                        "rule_match",
                        "description",
                        "x",
                        "new_allowed_fee",
                        90,
                        "procedure_code_uuid",
                        UUID.randomUUID().toString()))
                .post(s.path("/adjustment-logs"))
                .then()
                .statusCode(404);
        assertInvalid(
                s.org()
                        .api()
                        .body(Map.of(
                                "change_reason",
                                "whim",
                                "description",
                                "x",
                                "new_allowed_fee",
                                90,
                                "procedure_code_uuid",
                                s.code()))
                        .post(s.path("/adjustment-logs"))
                        .then(),
                "body",
                "change_reason");
        assertInvalid(
                s.org()
                        .api()
                        .body(Map.of(
                                "change_reason",
                                "rule_match",
                                "description",
                                " ",
                                "new_allowed_fee",
                                90,
                                "procedure_code_uuid",
                                s.code()))
                        .post(s.path("/adjustment-logs"))
                        .then(),
                "body",
                "description");
        s.org().api().post(s.path("/archive")).then().statusCode(200);
        s.org().api().body(ok).post(s.path("/adjustment-logs")).then().statusCode(409);
        s.org().api().get(s.path("/adjustment-logs")).then().statusCode(200).body("total", equalTo(2));
    }
}
