package io.bitewing.estimate;

import static io.bitewing.estimate.EstimateFixtures.benefit;
import static io.bitewing.estimate.EstimateFixtures.procedure;
import static io.bitewing.estimate.EstimateFixtures.setup;
import static io.bitewing.support.CoverageFixtures.body;
import static io.bitewing.support.CoverageFixtures.category;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The deductible and maximum rules of estimation-rules.md §8.3, §8.4 and §13 E35 through the API, on the fixture of
 * {@link EstimateFixtures} (PPO fees: D0120 40, D2391 150, D2740 950; Restorative 80 %, Crowns 50 %, general deductible
 * 50, annual maximum 1,500). Amounts worked by hand in the comments.
 */
class EstimateFidelityApiTest extends ApiTestSupport {

    @Test
    void equalDiagnosticAndPreventiveDeductiblesAreOneBucket() {
        var s = setup(newOrg(), "ppo_percentage");
        benefit(
                s.org(),
                s.plan(),
                "benefit_type",
                "deductible",
                "coverage_category_uuid",
                category(s.org(), "Diagnostic"),
                "monetary_amt",
                25);
        benefit(
                s.org(),
                s.plan(),
                "benefit_type",
                "deductible",
                "coverage_category_uuid",
                category(s.org(), "Preventive"),
                "monetary_amt",
                25);
        // Exam: allowed 40, takes the Diagnostic 25, pays 15. Prophy (fee 100, no PPO fee): the shared bucket is
        // spent, so it takes nothing and pays 100.
        s.estimate(List.of(
                        procedure("exam", "D0120", null), body("ref", "prophy", "procedure_code", "D1110", "fee", 100)))
                .statusCode(200)
                .body("procedures[0].lines[0].deductible_applied", equalTo("25.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("15.00"))
                .body("procedures[1].lines[0].deductible_applied", equalTo("0.00"))
                .body("procedures[1].lines[0].insurance_estimate", equalTo("100.00"));
    }

    @Test
    void aDeductibleAimedAtTheGeneralCategoryCountsDeductibleUsedElsewhere() {
        var s = setup(newOrg(), "ppo_percentage");
        String plan = EstimateFixtures.plan(s.org(), "Southwind", "ppo_percentage", "General only");
        benefit(
                s.org(),
                plan,
                "benefit_type",
                "coinsurance",
                "coverage_category_uuid",
                category(s.org(), "Crowns"),
                "percent",
                50);
        benefit(
                s.org(),
                plan,
                "benefit_type",
                "deductible",
                "coverage_category_uuid",
                category(s.org(), "General"),
                "monetary_amt",
                50);
        s.assign(plan, s.ppo(), "primary");
        String patient = CoverageFixtures.patient(s.org(), "Gene", "Rall");
        String subscription = CoverageFixtures.subscription(s.org(), plan, patient, "G-1");
        String patientPlan = CoverageFixtures.patientPlan(s.org(), patient, subscription, "self");
        s.history(patientPlan, "status", "adjustment", "date_of_service", "2026-01-15", "deductible_applied", 30);
        // 30 of the 50 was used elsewhere: the crown (PPO 950) takes 20 and pays (950 − 20) × 50 % = 465.
        s.estimateFor(patient, List.of(procedure("crown", "D2740", "3")))
                .statusCode(200)
                .body("procedures[0].lines[0].deductible_applied", equalTo("20.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("465.00"));
    }

    @Test
    void aCategoryDeductibleAboveTheGeneralOneIsLimitedByItAndTheNoteSaysSo() {
        var s = setup(newOrg(), "ppo_percentage");
        benefit(
                s.org(),
                s.plan(),
                "benefit_type",
                "deductible",
                "coverage_category_uuid",
                category(s.org(), "Restorative"),
                "monetary_amt",
                100);
        // Filling: allowed 150, deductible min(50 general, 100 Restorative) = 50, pays (150 − 50) × 80 % = 80.
        s.estimate(List.of(procedure("filling", "D2391", "30")))
                .statusCode(200)
                .body("procedures[0].lines[0].deductible_applied", equalTo("50.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("80.00"))
                .body("procedures[0].lines[0].notes", hasItem(containsString("general deductible of $50.00")));
    }

    @Test
    void overlappingCodeGroupsAreAcceptedAndTheLowerMaximumCapsAndIsNamed() {
        var s = setup(newOrg(), "ppo_percentage");
        String small = group(s, "Composites", "D2391");
        String large = group(s, "Restorations", "D2391", "D2740");
        benefit(s.org(), s.plan(), "benefit_type", "annual_max", "code_group_uuid", small, "monetary_amt", 60);
        benefit(s.org(), s.plan(), "benefit_type", "annual_max", "code_group_uuid", large, "monetary_amt", 500);
        // Filling: (150 − 50) × 80 % = 80, capped at the lower group maximum, 60.
        s.estimate(List.of(procedure("filling", "D2391", "30")))
                .statusCode(200)
                .body("procedures[0].lines[0].insurance_estimate", equalTo("60.00"))
                .body("procedures[0].lines[0].notes", hasItem(containsString("Code group maximum (Composites)")));
    }

    @Test
    void aFamilyOrthoLifetimeMaximumStandsBesideTheIndividualOne() {
        var s = setup(newOrg(), "ppo_percentage");
        benefit(s.org(), s.plan(), "benefit_type", "ortho_lifetime_max", "monetary_amt", 1500);
        benefit(
                s.org(),
                s.plan(),
                "benefit_type",
                "ortho_lifetime_max",
                "coverage_level",
                "family",
                "monetary_amt",
                3000);
        s.org()
                .api()
                .get("/plans/" + s.plan() + "/benefits?benefit_type=ortho_lifetime_max")
                .then()
                .body("items.coverage_level", org.hamcrest.Matchers.containsInAnyOrder("individual", "family"));
    }

    private static String group(EstimateFixtures s, String name, String... codes) {
        return s.org()
                .api()
                .body(Map.of("name", name, "codes", List.of(codes)))
                .post("/code-groups")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
