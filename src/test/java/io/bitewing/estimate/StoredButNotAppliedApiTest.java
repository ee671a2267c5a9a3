package io.bitewing.estimate;

import static io.bitewing.estimate.EstimateFixtures.procedure;
import static io.bitewing.estimate.EstimateFixtures.setup;
import static io.bitewing.support.CoverageFixtures.body;
import static io.bitewing.support.CoverageFixtures.category;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * estimation-rules.md §3 "Stored but not applied" through the API: such a benefit is kept, its representation says
 * what the estimator leaves out, and every estimate line its target covers says so. The fixture's filling D2391
 * pays (150 - 50) x 80 % = 80 and its exam D0120 pays 100 % of 40 less what is left of the deductible.
 */
class StoredButNotAppliedApiTest extends ApiTestSupport {

    private static ValidatableResponse create(EstimateFixtures s, Object... fields) {
        return s.org()
                .api()
                .body(body(fields))
                .post("/plans/" + s.plan() + "/benefits")
                .then()
                .statusCode(201);
    }

    @Test
    void eachShapeTheEstimatorPassesOverSaysWhyAndTheShapesItAppliesSayNothing() {
        var s = setup(newOrg(), "ppo_percentage");
        create(s, "benefit_type", "waiting_period", "waiting_period_months", 12)
                .body("not_applied", containsString("waiting period with no category"));
        create(
                        s,
                        "benefit_type",
                        "waiting_period",
                        "waiting_period_months",
                        12,
                        "coverage_category_uuid",
                        category(s.org(), "Crowns"))
                .body("not_applied", nullValue());
        create(s, "benefit_type", "exclusion").body("not_applied", containsString("excludes nothing"));
        create(
                        s,
                        "benefit_type",
                        "copayment",
                        "monetary_amt",
                        15,
                        "procedure_code_uuid",
                        s.codes().get("D0120"))
                .body("not_applied", containsString("copay fee schedule"));
        create(s, "benefit_type", "limitation", "quantity_qualifier", "number_of_services", "quantity", 2)
                .body("not_applied", containsString("frequency limitation with no category"));
        create(
                        s,
                        "benefit_type",
                        "limitation",
                        "quantity_qualifier",
                        "number_of_services",
                        "quantity",
                        2,
                        "time_period",
                        "lifetime",
                        "procedure_code_uuid",
                        s.codes().get("D0120"))
                .body("not_applied", containsString("over time_period lifetime"));
        create(
                        s,
                        "benefit_type",
                        "limitation",
                        "quantity_qualifier",
                        "number_of_services",
                        "quantity",
                        2,
                        "procedure_code_uuid",
                        s.codes().get("D2740"))
                .body("not_applied", nullValue());
        create(s, "benefit_type", "limitation", "monetary_amt", 900).body("not_applied", nullValue());
        create(s, "benefit_type", "deductible", "monetary_amt", 10, "time_period", "years")
                .body("not_applied", containsString("time_period years"));

        // The plan's list carries the same verdicts.
        List<Object> verdicts = s.org()
                .api()
                .get("/plans/" + s.plan() + "/benefits?page_size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.findAll { it.not_applied != null }.benefit_type");
        assertThat(verdicts)
                .containsExactlyInAnyOrder(
                        "waiting_period", "exclusion", "copayment", "limitation", "limitation", "deductible");
    }

    @Test
    void everyLineAStoredButUnappliedBenefitCoversSaysSoAndItsAmountsDoNotMove() {
        var s = setup(newOrg(), "ppo_percentage");
        create(s, "benefit_type", "waiting_period", "waiting_period_months", 120);
        create(
                s,
                "benefit_type",
                "limitation",
                "quantity_qualifier",
                "visits",
                "quantity",
                1,
                "procedure_code_uuid",
                s.codes().get("D2391"));
        s.history(
                s.patientPlan(),
                "procedure_code",
                "D2391",
                "tooth",
                "30",
                "date_of_service",
                "2026-02-01",
                "status",
                "received",
                "insurance_paid",
                0);
        s.estimate(List.of(procedure("filling", "D2391", "3"), procedure("exam", "D0120", null)))
                .statusCode(200)
                // Inside a ten-year waiting period and past a one-visit limit, the filling still pays 80.
                .body("procedures[0].lines[0].insurance_estimate", equalTo("80.00"))
                .body(
                        "procedures[0].lines[0].notes",
                        hasItem(containsString("Benefit not applied: A waiting period with no category")))
                .body("procedures[0].lines[0].notes", hasItem(containsString("Benefit not applied: The visits")))
                .body(
                        "procedures[1].lines[0].notes",
                        hasItem(containsString("Benefit not applied: A waiting period with no category")))
                .body("procedures[1].lines[0].notes", not(hasItem(containsString("The visits"))));
    }

    @Test
    void aPatientOverrideOfAShapeTheEstimatorPassesOverSaysSoToo() {
        var s = setup(newOrg(), "ppo_percentage");
        s.org()
                .api()
                .body(Map.of("benefit_type", "exclusion"))
                .post("/patient-plans/" + s.patientPlan() + "/benefits")
                .then()
                .statusCode(201)
                .body("not_applied", containsString("excludes nothing"));
    }
}
