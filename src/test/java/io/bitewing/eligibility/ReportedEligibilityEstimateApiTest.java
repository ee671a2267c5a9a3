package io.bitewing.eligibility;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A remaining deductible an eligibility vendor reported is where the benefit year stands on its check date: history
 * before it is inside the vendor's number, history after it adds to it (estimation-rules.md §8.3).
 */
class ReportedEligibilityEstimateApiTest extends ApiTestSupport {

    record Covered(Org org, String patient, String patientPlan) {}

    /** $50 deductible, restorative at 80%; $30 of deductible met in January by the office's own history. */
    Covered covered() {
        var org = newOrg();
        org.practice()
                .body(Map.of("name", "Main Street"))
                .post("/locations")
                .then()
                .statusCode(201);
        org.practice().body(Map.of("code", "D2391", "description", "resin")).post("/procedure-codes");
        String patient = CoverageFixtures.patient(org, "Rita", "Reported");
        String plan = org.api()
                .body(Map.of(
                        "carrier_uuid",
                        CoverageFixtures.carrier(org, "Reported Mutual"),
                        "plan_type",
                        "category_percentage",
                        "group_number",
                        "R-1"))
                .post("/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.api()
                .body(Map.of("benefit_type", "deductible", "monetary_amt", 50))
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(201);
        org.api()
                .body(Map.of(
                        "benefit_type",
                        "coinsurance",
                        "coverage_category_uuid",
                        CoverageFixtures.category(org, "Restorative"),
                        "percent",
                        80))
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(201);
        String subscription = CoverageFixtures.subscription(org, plan, patient, "R-100");
        String patientPlan = CoverageFixtures.patientPlan(org, patient, subscription, "self");
        history(org, patientPlan, "2026-01-15", 30);
        return new Covered(org, patient, patientPlan);
    }

    private static void history(Org org, String patientPlan, String date, int deductible) {
        org.api()
                .body(Map.of(
                        "procedure_code",
                        "D2391",
                        "date_of_service",
                        date,
                        "fee",
                        100,
                        "insurance_paid",
                        0,
                        "deductible_applied",
                        deductible,
                        "status",
                        "received"))
                .post("/patient-plans/" + patientPlan + "/history")
                .then()
                .statusCode(201);
    }

    private static ValidatableResponse estimate(Covered c) {
        return c.org()
                .api()
                .body(Map.of(
                        "patient_uuid",
                        c.patient(),
                        "as_of_date",
                        "2026-06-01",
                        "procedures",
                        List.of(Map.of(
                                "ref", "a", "procedure_code", "D2391", "fee", 200, "date_of_service", "2026-06-01"))))
                .post("/estimates")
                .then()
                .statusCode(200);
    }

    @Test
    void theReportedRemainingDeductibleIsTheStartingPointOnItsCheckDate() {
        var c = covered();
        // Without an answer: $20 of the deductible left, (200 - 20) x 80% = 144.
        estimate(c)
                .body("procedures[0].lines[0].deductible_applied", equalTo("20.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("144.00"));
        // The vendor says $40 is left as of March 1 (the office's January row is inside that number).
        c.org()
                .api()
                .body(Map.of(
                        "eligibility_check_status",
                        "active",
                        "eligibility_check_date",
                        "2026-03-01T10:00:00Z",
                        "individual_deductible_remaining_out_network",
                        40,
                        "individual_deductible_remaining_in_network",
                        5))
                .put("/patient-plans/" + c.patientPlan() + "/eligibility")
                .then()
                .statusCode(200);
        // A category percentage plan is out of network: $40 left, (200 - 40) x 80% = 128.
        estimate(c)
                .body("procedures[0].lines[0].deductible_applied", equalTo("40.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("128.00"))
                .body("procedures[0].lines[0].notes", hasItem("Deductible remaining $40.00 as reported on 2026-03-01"))
                .body("plans[0].network", equalTo("out_of_network"))
                .body("plans[0].reported.individual_deductible_remaining", equalTo("40.00"))
                .body("plans[0].reported.eligibility_check_date", equalTo("2026-03-01T10:00:00Z"));
        c.org()
                .api()
                .get("/patients/" + c.patient() + "/remaining-benefits?as_of_date=2026-06-01")
                .then()
                .statusCode(200)
                .body("plans[0].reported.individual_deductible_remaining", equalTo("40.00"));
        // History after the check date adds to it: $15 more met in April leaves $25: (200 - 25) x 80% = 140.
        history(c.org(), c.patientPlan(), "2026-04-10", 15);
        estimate(c)
                .body("procedures[0].lines[0].deductible_applied", equalTo("25.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("140.00"));
        // The vendor says the office is in network: its in-network figure ($5 left) applies, and the line says so.
        c.org()
                .api()
                .body(Map.of(
                        "base_version",
                        1,
                        "eligibility_check_status",
                        "active",
                        "eligibility_check_date",
                        "2026-03-01T10:00:00Z",
                        "provider_network_status",
                        "in_network",
                        "individual_deductible_remaining_out_network",
                        40,
                        "individual_deductible_remaining_in_network",
                        5))
                .put("/patient-plans/" + c.patientPlan() + "/eligibility")
                .then()
                .statusCode(200);
        // $5 left at the check date, the April $15 meets it: no deductible, 200 x 80% = 160.
        estimate(c)
                .body("procedures[0].lines[0].deductible_applied", equalTo("0.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("160.00"))
                .body("procedures[0].lines[0].notes", hasItem("Network: in network as reported on 2026-03-01"))
                .body("plans[0].network", equalTo("in_network"))
                .body("plans[0].reported.individual_deductible_remaining", equalTo("5.00"));
    }

    @Test
    void anOutOfPocketMaximumOnFileStopsThePatientsShare() {
        var c = covered();
        c.org()
                .api()
                .body(Map.of(
                        "eligibility_check_date",
                        "2026-03-01T10:00:00Z",
                        "individual_oop_max_policy_out_network",
                        400,
                        "individual_oop_max_remaining_out_network",
                        50))
                .put("/patient-plans/" + c.patientPlan() + "/eligibility")
                .then()
                .statusCode(200);
        // (200 - 20) x 80% = 144 leaves the patient 56; only 50 is left of the maximum, so insurance pays 150.
        estimate(c)
                .body("procedures[0].lines[0].insurance_estimate", equalTo("150.00"))
                .body("procedures[0].patient_portion", equalTo("50.00"))
                .body(
                        "procedures[0].lines[0].notes",
                        hasItem("Out-of-pocket maximum reached: insurance pays the "
                                + "patient's share beyond it ($6.00)"))
                .body("plans[0].reported.individual_oop_max_remaining", equalTo("50.00"));
    }

    @Test
    void anAnswerFromAnEarlierBenefitYearIsNotUsedAndSaysSo() {
        var c = covered();
        c.org()
                .api()
                .body(Map.of(
                        "eligibility_check_date",
                        "2025-11-01T10:00:00Z",
                        "individual_deductible_remaining_out_network",
                        0))
                .put("/patient-plans/" + c.patientPlan() + "/eligibility")
                .then()
                .statusCode(200);
        estimate(c)
                .body("procedures[0].lines[0].deductible_applied", equalTo("20.00"))
                .body(
                        "procedures[0].lines[0].notes",
                        not(hasItem("Deductible remaining $0.00 as reported on " + "2025-11-01")))
                .body(
                        "procedures[0].lines[0].notes",
                        hasItem("Reported deductible remaining not used: the answer of "
                                + "2025-11-01 is not from this benefit year"));
    }
}
