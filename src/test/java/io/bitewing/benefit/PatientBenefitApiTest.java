package io.bitewing.benefit;

import static io.bitewing.benefit.BenefitApiTest.plan;
import static io.bitewing.support.CoverageFixtures.category;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PatientBenefitApiTest extends ApiTestSupport {

    /** A patient covered by the plan through their own subscription. */
    private static String patientPlan(Org org, String plan) {
        String patient = CoverageFixtures.patient(org, "Pat", "Override");
        String subscription = CoverageFixtures.subscription(org, plan, patient, "PB-1");
        return CoverageFixtures.patientPlan(org, patient, subscription, "self");
    }

    @Test
    void anOverrideReplacesThePlansRowOfTheSameTypeAndTargetInTheEffectiveView() {
        var org = newOrg();
        String plan = plan(org, "Override Plan", null);
        String restorative = category(org, "Restorative");
        org.api()
                .body(Map.of("benefit_type", "coinsurance", "coverage_category_uuid", restorative, "percent", 80))
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(201);
        org.api()
                .body(Map.of("benefit_type", "annual_max", "monetary_amt", 1500))
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(201);
        String patientPlan = patientPlan(org, plan);

        org.api()
                .body(Map.of("benefit_type", "annual_max", "monetary_amt", 1000))
                .post("/patient-plans/" + patientPlan + "/benefits")
                .then()
                .statusCode(201)
                .body("patient_plan.id", equalTo(patientPlan))
                .body("monetary_amt", equalTo("1000.00"));

        org.api()
                .get("/patient-plans/" + patientPlan + "/benefits")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].benefit_type", equalTo("annual_max"));
        org.api()
                .get("/patient-plans/" + patientPlan + "/effective-benefits")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.monetary_amt", containsInAnyOrder("1000.00", null))
                .body("items.find { it.benefit_type == 'coinsurance' }.percent", equalTo(80));
        org.api().get("/plans/" + plan + "/benefits").then().body("total", equalTo(2));
    }

    @Test
    void overridesCanBeCorrectedAndWithdrawn() {
        var org = newOrg();
        String plan = plan(org, "Withdraw Plan", null);
        String patientPlan = patientPlan(org, plan);
        String id = org.api()
                .body(Map.of("benefit_type", "deductible", "monetary_amt", 25))
                .post("/patient-plans/" + patientPlan + "/benefits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.api()
                .body(Map.of("base_version", 1, "monetary_amt", 30))
                .patch("/patient-plans/" + patientPlan + "/benefits/" + id)
                .then()
                .statusCode(200)
                .body("monetary_amt", equalTo("30.00"))
                .body("version", equalTo(2));
        org.api()
                .body(Map.of("base_version", 1, "monetary_amt", 35))
                .patch("/patient-plans/" + patientPlan + "/benefits/" + id)
                .then()
                .statusCode(409);
        org.api()
                .delete("/patient-plans/" + patientPlan + "/benefits/" + id)
                .then()
                .statusCode(204);
        org.api().get("/patient-plans/" + patientPlan + "/benefits").then().body("total", equalTo(0));
    }

    @Test
    void overridesFollowTheBenefitRulesAndRefuseDuplicates() {
        var org = newOrg();
        String plan = plan(org, "Rules Plan", null);
        String patientPlan = patientPlan(org, plan);
        assertInvalid(
                org.api()
                        .body(Map.of("benefit_type", "coinsurance", "percent", 140))
                        .post("/patient-plans/" + patientPlan + "/benefits")
                        .then(),
                "body",
                "percent");
        assertInvalid(
                org.api()
                        .body(Map.of("benefit_type", "sometimes"))
                        .post("/patient-plans/" + patientPlan + "/benefits")
                        .then(),
                "body",
                "benefit_type");
        org.api()
                .body(Map.of("benefit_type", "annual_max", "monetary_amt", 500))
                .post("/patient-plans/" + patientPlan + "/benefits")
                .then()
                .statusCode(201);
        org.api()
                .body(Map.of("benefit_type", "annual_max", "monetary_amt", 600))
                .post("/patient-plans/" + patientPlan + "/benefits")
                .then()
                .statusCode(409);
        assertInvalid(
                org.api()
                        .get("/patient-plans/" + patientPlan + "/benefits?benefit_type=bogus")
                        .then(),
                "query",
                "benefit_type");
    }

    @Test
    void unknownAndForeignPatientPlansAreNotFound() {
        var org = newOrg();
        var other = newOrg();
        String theirs = patientPlan(other, plan(other, "Theirs", null));
        for (String id : List.of(theirs, UUID.randomUUID().toString())) {
            org.api().get("/patient-plans/" + id + "/benefits").then().statusCode(404);
            org.api().get("/patient-plans/" + id + "/effective-benefits").then().statusCode(404);
            org.api()
                    .body(Map.of("benefit_type", "annual_max", "monetary_amt", 1))
                    .post("/patient-plans/" + id + "/benefits")
                    .then()
                    .statusCode(404);
        }
        other.api().get("/patient-plans/" + theirs + "/benefits").then().body("total", equalTo(0));
    }

    @Test
    void aPlanIsReadWithItsBenefitsOnlyWhenAskedFor() {
        var org = newOrg();
        String plan = plan(org, "With Benefits", null);
        org.api()
                .body(Map.of("benefit_type", "annual_max", "monetary_amt", 1500))
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(201);
        org.api()
                .get("/plans/" + plan + "?include_benefits=true")
                .then()
                .statusCode(200)
                .body("group_name", equalTo("With Benefits"))
                .body("benefits", hasSize(1))
                .body("benefits[0].monetary_amt", equalTo("1500.00"));
        org.api()
                .get("/plans/" + plan)
                .then()
                .statusCode(200)
                .body("group_name", equalTo("With Benefits"))
                .body("containsKey('benefits')", equalTo(false));
    }
}
