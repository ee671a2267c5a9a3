package io.bitewing.eligibility;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EligibilityApiTest extends ApiTestSupport {

    record Covered(Org org, String patient, String patientPlan) {}

    Covered covered() {
        var org = newOrg();
        String patient = CoverageFixtures.patient(org, "Eli", "Gible");
        String plan = CoverageFixtures.plan(org, CoverageFixtures.carrier(org, "Elig Mutual"), "Elig Group");
        String subscription = CoverageFixtures.subscription(org, plan, patient, "E-1");
        return new Covered(org, patient, CoverageFixtures.patientPlan(org, patient, subscription, "self"));
    }

    @Test
    void theFirstAnswerCreatesTheRecordAndLaterOnesNameTheVersionTheyReplace() {
        var c = covered();
        String path = "/patient-plans/" + c.patientPlan() + "/eligibility";
        c.org().api().get(path).then().statusCode(404);
        c.org()
                .api()
                .body(Map.of(
                        "eligibility_check_status", "active",
                        "eligibility_check_date", "2026-11-02T15:00:00Z",
                        "provider_network_status", "in_network",
                        "individual_deductible_remaining_in_network", 25,
                        "plan_type", "PR",
                        "services", List.of(Map.of("service_type", "35", "copay_in_network", 25)),
                        "benefits_related_entities", List.of(Map.of("entity", "payer", "x", List.of(1, 2)))))
                .put(path)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("eligibility_check_status", equalTo("active"))
                .body("individual_deductible_remaining_in_network", equalTo("25.00"))
                .body("services[0].service_type", equalTo("35"))
                .body("benefits_related_entities[0].x", equalTo(List.of(1, 2)))
                .body("id", notNullValue());
        // The patient plan's benefits summary shows the reported figures beside the computed ones.
        c.org()
                .api()
                .get("/patients/" + c.patient() + "/insurance")
                .then()
                .body("items[0].benefits_summary.reported.individual_deductible_remaining_in_network", equalTo("25.00"))
                .body("items[0].benefits_summary.reported.provider_network_status", equalTo("in_network"));
        c.org()
                .api()
                .body(Map.of("eligibility_check_status", "inactive"))
                .put(path)
                .then()
                .statusCode(422);
        c.org()
                .api()
                .body(Map.of("base_version", 7, "eligibility_check_status", "inactive"))
                .put(path)
                .then()
                .statusCode(409);
        c.org()
                .api()
                .body(Map.of("base_version", 1, "eligibility_check_status", "inactive"))
                .put(path)
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("individual_deductible_remaining_in_network", equalTo(null));
        c.org()
                .api()
                .get(path + "/history")
                .then()
                .statusCode(200)
                .body("items.version", equalTo(List.of(2, 1)))
                .body("items[1].answer.individual_deductible_remaining_in_network", equalTo(25));
        c.org()
                .api()
                .body(Map.of("base_version", 2, "plan_type", "XYZ"))
                .put(path)
                .then()
                .statusCode(422);
        c.org()
                .api()
                .body(Map.of("base_version", 2, "eligibility_check_status", "maybe"))
                .put(path)
                .then()
                .statusCode(422);
        newOrg().api().get(path).then().statusCode(404);
    }
}
