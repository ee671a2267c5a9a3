package io.bitewing.estimate;

import static io.bitewing.estimate.EstimateFixtures.procedure;
import static io.bitewing.estimate.EstimateFixtures.setup;
import static io.bitewing.support.CoverageFixtures.body;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.bitewing.support.ApiTestSupport;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rule E20 through the API: coverage ends on its termination date (the last day covered) and with the plan's archive.
 * The fixture's Restorative filling D2391 has a PPO fee of 150 at 80 % after the 50 deductible: (150 - 50) x 80 % = 80.
 */
class CoverageLifecycleApiTest extends ApiTestSupport {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static List<Map<String, Object>> fillingOn(LocalDate dateOfService) {
        var filling = procedure("filling", "D2391", "3");
        filling.put("date_of_service", dateOfService.toString());
        return List.of(filling);
    }

    @Test
    void aTerminationDatedInTheFutureKeepsCoverageInForceUntilThatDay() {
        var s = setup(newOrg(), "ppo_percentage");
        LocalDate term = TODAY.plusDays(30);
        s.org()
                .api()
                .body(Map.of("base_version", 1, "termination_date", term.toString()))
                .post("/subscriptions/" + s.subscription() + "/terminate")
                .then()
                .statusCode(200)
                .body("subscription.status", equalTo("active"))
                .body("subscription.date_term", equalTo(term.toString()));
        s.org()
                .api()
                .get("/patients/" + s.patient() + "/insurance/" + s.patientPlan())
                .then()
                .body("status", equalTo("active"));
        s.org()
                .api()
                .get("/subscriptions?status=active&page_size=100")
                .then()
                .body("items.id", hasItem(s.subscription()));

        String asOf = TODAY.toString();
        // The termination date is the last day covered.
        s.estimateFor(s.patient(), fillingOn(term), "as_of_date", asOf)
                .statusCode(200)
                .body("procedures[0].lines[0].insurance_estimate", equalTo("80.00"));
        s.estimateFor(s.patient(), fillingOn(term.plusDays(1)), "as_of_date", asOf)
                .statusCode(200)
                .body("procedures[0].lines[0].insurance_estimate", equalTo("0.00"))
                .body("procedures[0].lines[0].write_off", equalTo("0.00"))
                .body("procedures[0].lines[0].limited_by", hasItem("coverage_terminated"))
                .body("procedures[0].lines[0].notes", hasItem("Coverage terminated on " + term));
    }

    @Test
    void anArchivedPlanStillHeldPaysNothingAndSaysSo() {
        var s = setup(newOrg(), "ppo_percentage");
        s.org()
                .api()
                .post("/plans/" + s.plan() + "/archive")
                .then()
                .statusCode(200)
                .body("id", equalTo(s.plan()))
                .body("patient_plans_holding", equalTo(1))
                .body("patient_plans_ended", equalTo(0));
        s.org()
                .api()
                .get("/patients/" + s.patient() + "/insurance/" + s.patientPlan())
                .then()
                .body("status", equalTo("active"));
        s.estimateFor(s.patient(), fillingOn(TODAY), "as_of_date", TODAY.toString())
                .statusCode(200)
                .body("procedures[0].lines[0].insurance_estimate", equalTo("0.00"))
                .body("procedures[0].lines[0].limited_by", hasItem("coverage_terminated"))
                .body("procedures[0].lines[0].notes", hasItem("Plan archived on " + TODAY + ": it pays nothing"));
    }

    @Test
    void archivingWithEndCoverageTerminatesTheSubscriptionsAndEndsThePatientPlansInOneCall() {
        var s = setup(newOrg(), "ppo_percentage");
        s.org()
                .api()
                .post("/plans/" + s.plan() + "/archive?end_coverage=true")
                .then()
                .statusCode(200)
                .body("patient_plans_holding", equalTo(0))
                .body("patient_plans_ended", equalTo(1));
        s.org()
                .api()
                .get("/subscriptions/" + s.subscription())
                .then()
                .body("status", equalTo("terminated"))
                .body("date_term", equalTo(TODAY.toString()));
        s.org()
                .api()
                .get("/patients/" + s.patient() + "/insurance/" + s.patientPlan())
                .then()
                .body("status", equalTo("inactive"));
        // With no plan in force the estimate has no insurance line at all.
        s.estimateFor(s.patient(), fillingOn(TODAY), "as_of_date", TODAY.toString())
                .statusCode(200)
                .body("procedures[0].lines.size()", equalTo(0));
    }

    @Test
    void archivingAnUnknownPlanOrAnotherOrganisationsPlanIsNotFound() {
        var s = setup(newOrg(), "ppo_percentage");
        var other = newOrg();
        other.api()
                .post("/plans/" + s.plan() + "/archive?end_coverage=true")
                .then()
                .statusCode(404);
        other.api()
                .post("/plans/00000000-0000-0000-0000-000000000000/archive")
                .then()
                .statusCode(404);
        s.org()
                .api()
                .get("/patients/" + s.patient() + "/insurance/" + s.patientPlan())
                .then()
                .body("status", equalTo("active"));
        s.org()
                .api()
                .body(body())
                .post("/plans/" + s.plan() + "/archive?end_coverage=maybe")
                .then()
                .statusCode(422);
    }
}
