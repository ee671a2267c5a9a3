package io.bitewing.shared;

import static io.bitewing.support.CoverageFixtures.body;
import static io.bitewing.support.CoverageFixtures.category;
import static io.bitewing.support.CoverageFixtures.patient;
import static io.bitewing.support.CoverageFixtures.patientPlan;
import static io.bitewing.support.CoverageFixtures.plan;
import static io.bitewing.support.CoverageFixtures.subscription;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Behaviours an audit against the reference found departing from it, each as the reference (or a decision) has it. */
class ReferenceBehaviourApiTest extends ApiTestSupport {

    @Test
    void aBenefitNamingAnUnknownCategoryIsA404NamingTheFieldWhileABrokenRuleStaysA422() {
        var org = newOrg();
        String plan = plan(org, "Acme");
        String unknown = UUID.randomUUID().toString();
        org.api()
                .body(Map.of("benefit_type", "coinsurance", "coverage_category_uuid", unknown, "percent", 80))
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(404)
                .body("detail", containsString("coverage_category_uuid"))
                .body("detail", containsString(unknown));
        org.api()
                .body(Map.of("benefit_type", "coinsurance", "coverage_category_uuid", unknown, "percent", 180))
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(422)
                .body("detail.loc", hasItem(List.of("body", "percent")));
        // Another organisation's category is unknown here too.
        var other = newOrg();
        String theirs = category(other, "Preventive");
        org.api()
                .body(Map.of("benefit_type", "exclusion", "coverage_category_uuid", theirs))
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(404);
        // In a set the rows are what the client fixes: a 422 naming the row.
        org.api()
                .body(Map.of(
                        "benefits", List.of(Map.of("benefit_type", "exclusion", "coverage_category_uuid", unknown))))
                .post("/plans/" + plan + "/benefits/bulk")
                .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "benefits", 0, "coverage_category_uuid")));
        org.api().get("/plans/" + plan + "/benefits").then().body("total", equalTo(0));
    }

    @Test
    void subscriptionsTakeTheReferencesStatusesAndTheListTheReferencesFilter() {
        var org = newOrg();
        String plan = plan(org, "Acme");
        String ana = patient(org, "Ana", "Rivera");
        org.api()
                .body(Map.of(
                        "insurance_plan_uuid",
                        plan,
                        "subscriber_uuid",
                        ana,
                        "subscriber_id_number",
                        "A1",
                        "status",
                        "inactive"))
                .post("/subscriptions")
                .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "status")));
        String active = subscription(org, plan, ana, "A1");
        String pending = org.api()
                .body(Map.of(
                        "insurance_plan_uuid",
                        plan,
                        "subscriber_uuid",
                        patient(org, "Ben", "Rivera"),
                        "subscriber_id_number",
                        "B1",
                        "status",
                        "pending_verification"))
                .post("/subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("subscription.id");
        String ended = subscription(org, plan, patient(org, "Cy", "Rivera"), "C1");
        org.api()
                .body(Map.of("base_version", 1, "termination_date", "2024-01-31"))
                .post("/subscriptions/" + ended + "/terminate")
                .then()
                .statusCode(200);

        org.api().get("/subscriptions?status=active").then().body("items.id", equalTo(List.of(active)));
        org.api().get("/subscriptions?status=terminated").then().body("items.id", equalTo(List.of(ended)));
        // inactive: every subscription that is not active.
        org.api().get("/subscriptions?status=inactive").then().body("items.id", equalTo(List.of(pending, ended)));
        org.api()
                .get("/subscriptions?status=pending_verification")
                .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("query", "status")));
    }

    @Test
    void effectiveBenefitsComeWholeWithoutPagingAndPagedWhenAsked() {
        var org = newOrg();
        String plan = plan(org, "Acme");
        var categories = List.of("Preventive", "Crowns", "Ortho");
        for (int percent : List.of(100, 80, 50)) {
            org.api()
                    .body(Map.of(
                            "benefit_type",
                            "coinsurance",
                            "coverage_category_uuid",
                            category(org, categories.get(List.of(100, 80, 50).indexOf(percent))),
                            "percent",
                            percent))
                    .post("/plans/" + plan + "/benefits")
                    .then()
                    .statusCode(201);
        }
        String ana = patient(org, "Ana", "Rivera");
        String patientPlan = patientPlan(org, ana, subscription(org, plan, ana, "A1"), "self");
        String path = "/patient-plans/" + patientPlan + "/effective-benefits";
        org.api()
                .get(path)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(3))
                .body("total", equalTo(3));
        org.api()
                .get(path + "?page=2&page_size=2")
                .then()
                .statusCode(200)
                .body("items.percent", equalTo(List.of(50)))
                .body("page", equalTo(2))
                .body("page_size", equalTo(2))
                .body("total", equalTo(3));
        org.api()
                .get(path + "?page_size=500")
                .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("query", "page_size")));
    }

    @Test
    void anArchivedPatientPlanReadsInactiveAndAPatientsPlansComeInOrdinalOrder() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String first = patientPlan(org, ana, subscription(org, plan(org, "First"), ana, "A1"), "self");
        String second = patientPlan(org, ana, subscription(org, plan(org, "Second"), ana, "A2"), "self");
        String third = patientPlan(org, ana, subscription(org, plan(org, "Third"), ana, "A3"), "self");
        // Third becomes primary: the others move one down.
        org.api()
                .body(Map.of(
                        "items",
                        List.of(
                                Map.of("patient_plan_uuid", third, "ordinal", 1),
                                Map.of("patient_plan_uuid", first, "ordinal", 2),
                                Map.of("patient_plan_uuid", second, "ordinal", 3))))
                .post("/patients/" + ana + "/insurance/reorder")
                .then()
                .statusCode(200);
        org.api()
                .get("/patients/" + ana + "/insurance")
                .then()
                .body("items.id", equalTo(List.of(third, first, second)))
                .body("items.ordinal", equalTo(List.of(1, 2, 3)));
        org.api()
                .post("/patients/" + ana + "/insurance/" + first + "/archive")
                .then()
                .statusCode(200);
        org.api()
                .get("/patients/" + ana + "/insurance/" + first)
                .then()
                .statusCode(200)
                .body("status", equalTo("inactive"))
                .body("deleted_at", not(nullValue()));
    }

    @Test
    void resolvingAFeeScheduleWithoutParametersNamesEveryMissingOne() {
        var org = newOrg();
        org.api()
                .get("/fee-schedule-assignments/resolve")
                .then()
                .statusCode(422)
                .body(
                        "detail.loc",
                        equalTo(List.of(
                                List.of("query", "location_uuid"),
                                List.of("query", "kind"),
                                List.of("query", "as_of_date"))));
    }

    @Test
    void anUnknownQueryParameterIsRefusedNamingItAsAnUnknownBodyFieldIs() {
        var org = newOrg();
        org.api()
                .get("/coverage-categories?sort_by=category_name")
                .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("query", "sort_by")))
                .body("detail[0].type", equalTo("extra_forbidden"))
                .body("detail[0].msg", containsString("include_spans"));
        org.api()
                .get("/carriers?serach=Acme")
                .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("query", "serach")));
        org.api()
                .get("/carriers?search=Acme&sort_by=carrier_name&sort_order=desc")
                .then()
                .statusCode(200);
        org.api()
                .get("/settings?verbose=1")
                .then()
                .statusCode(422)
                .body("detail[0].msg", containsString("takes no query parameters"));
    }

    @Test
    void aCoverageSpanBoundMustBeShapedAsAProcedureCode() {
        var org = newOrg();
        String custom = org.api()
                .body(Map.of("category_name", "Custom"))
                .post("/coverage-categories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.api()
                .body(Map.of("from_code", "hello", "to_code", "world"))
                .post("/coverage-categories/" + custom + "/spans")
                .then()
                .statusCode(422)
                .body("detail.loc", containsInAnyOrder(List.of("body", "from_code"), List.of("body", "to_code")));
        org.api()
                .body(Map.of("from_code", "d2700", "to_code", "D2799.9"))
                .post("/coverage-categories/" + custom + "/spans")
                .then()
                .statusCode(201)
                .body("span.from_code", equalTo("D2700"));
    }

    @Test
    void estimateBooksTakeDraftRefuseUnknownClaimMatchMethodsAndDuplicateNames() {
        var org = newOrg();
        String path = "/estimate-books";
        String draft = org.api()
                .body(Map.of("name", "Blue Book", "rule_type", "ucr_fallback", "status", "draft"))
                .post(path)
                .then()
                .statusCode(201)
                .body("status", equalTo("draft"))
                .extract()
                .path("id");
        org.api().get(path + "?status=draft").then().statusCode(200).body("items.id", equalTo(List.of(draft)));
        org.api().get(path).then().body("items.id", equalTo(List.of(draft)));
        org.api().get(path + "?status=active").then().body("items", equalTo(List.of()));
        org.api()
                .body(Map.of("name", "blue book", "rule_type", "ucr_fallback"))
                .post(path)
                .then()
                .statusCode(409)
                .body("detail", containsString("blue book"));
        org.api()
                .body(Map.of("name", "Claims", "rule_type", "allowed_from_claims", "claim_match_method", "fuzzy"))
                .post(path)
                .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "claim_match_method")));
        org.api()
                .body(body("name", "Manual", "rule_type", "ucr_fallback", "claim_match_method", "group_number"))
                .post(path)
                .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "claim_match_method")));
        // An archived book frees its name.
        org.api().post(path + "/" + draft + "/archive").then().statusCode(200);
        org.api()
                .body(Map.of("name", "Blue Book", "rule_type", "ucr_fallback"))
                .post(path)
                .then()
                .statusCode(201);
    }
}
