package io.bitewing.x12;

import static io.bitewing.x12.X12ReadingGoldenTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.bitewing.support.ApiTest;
import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@ApiTest
class X12BenefitFormsApiTest extends ApiTestSupport {

    static final String FORMS = new String(resource("eligibility-forms.271"), StandardCharsets.UTF_8);

    /** Tobias Marlowe under member id NWD300777, on a plan of a carrier whose 271s send the insurer's share. */
    private String covered(Org org, boolean inverted) {
        String carrier = org.api()
                .body(Map.of("carrier_name", "Northwind Dental", "coinsurance_inverted", inverted))
                .post("/carriers")
                .then()
                .statusCode(201)
                .body("coinsurance_inverted", equalTo(inverted))
                .extract()
                .path("id");
        String plan = CoverageFixtures.plan(org, carrier, "Northwind PPO");
        String patient = CoverageFixtures.patient(org, "Tobias", "Marlowe");
        String subscription = CoverageFixtures.subscription(org, plan, patient, "NWD300777");
        return CoverageFixtures.patientPlan(org, patient, subscription, "self");
    }

    @Test
    void aCarrierMarkedCoinsuranceInvertedHasEb08ReadAsTheInsurersShare() {
        var org = newOrg();
        String patientPlan = covered(org, true);
        var answer = X12EligibilityApiTest.import271(org, FORMS, "?patient_plan_uuid=" + patientPlan, 201);
        assertThat(answer.getInt(
                        "change_set.items.find { it.kind == 'add' && it.proposed.benefit_type == 'coinsurance' "
                                + "&& it.segment_position == 20 }.proposed.percent"))
                .isEqualTo(20);
        assertThat(answer.getList("change_set.items.find { it.segment_position == 20 }.notes", String.class))
                .anyMatch(n -> n.contains("coinsurance_inverted"));
    }

    @Test
    void theCarrierSettingDefaultsToThePatientsShareAndChangesByPatch() {
        var org = newOrg();
        String carrier = CoverageFixtures.carrier(org, "Plain Dental");
        org.api().get("/carriers/" + carrier).then().statusCode(200).body("coinsurance_inverted", equalTo(false));
        org.api()
                .body(Map.of("base_version", 1, "coinsurance_inverted", true))
                .patch("/carriers/" + carrier)
                .then()
                .statusCode(200)
                .body("coinsurance_inverted", equalTo(true))
                .body("version", equalTo(2));
        org.api()
                .body(Map.of("base_version", 2, "coinsurance_inverted", "yes"))
                .patch("/carriers/" + carrier)
                .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "coinsurance_inverted")));
    }

    @Test
    void waitingPeriodsAndAnotherPayerBecomeDerivedRulesAndACoordinationOfBenefitsHint() {
        var org = newOrg();
        String patientPlan = covered(org, false);
        var answer = X12EligibilityApiTest.import271(org, FORMS, "?patient_plan_uuid=" + patientPlan, 201);

        assertThat(answer.getInt(
                        "change_set.items.find { it.segment_position == 20 && it.proposed.benefit_type == 'coinsurance' }"
                                + ".proposed.percent"))
                .isEqualTo(80);
        List<Map<String, Object>> waits = answer.getList(
                "change_set.items.findAll { it.proposed != null && it.proposed.benefit_type == 'waiting_period' }");
        assertThat(waits)
                .extracting(w -> (Object) ((Map<?, ?>) w.get("proposed")).get("waiting_period_months"))
                .containsExactly(6, 12, 12, 12, 12);
        assertThat(waits).extracting(w -> (Object) w.get("kind")).containsOnly("add");
        // The MSG-derived wait on restorative repeats the EB03 32 one: kept, with the reason, not applied twice.
        assertThat(answer.getString("change_set.items.find { it.segment_position == 20 && it.kind == 'not_understood' }"
                        + ".reason"))
                .contains("repeats the rule of item");
        assertThat(answer.getList(
                        "change_set.items.find { it.segment_position == 22 && it.kind == 'add' "
                                + "&& it.proposed.benefit_type == 'waiting_period' }.notes",
                        String.class))
                .contains(
                        "ORTHODONTIC WAITING PERIOD OF 1 YEAR",
                        "derived from MSG: ORTHODONTIC WAITING PERIOD OF 1 YEAR");
        assertThat(answer.getMap("change_set.other_payers[0]"))
                .containsEntry("segment_position", 26)
                .containsEntry("entity_code", "PR")
                .containsEntry("name", "HARBOR MUTUAL DENTAL")
                .containsEntry("id_qualifier", "PI")
                .containsEntry("id", "77001")
                .containsEntry("coverage_from", "2026-01-01")
                .containsEntry("coverage_to", "2026-12-31")
                .containsEntry("insurance_type", "GP");
        org.api()
                .get("/patient-plans/" + patientPlan + "/eligibility")
                .then()
                .statusCode(200)
                .body("has_other_active_coverage", equalTo(true))
                .body("cob_notes", containsString("HARBOR MUTUAL DENTAL (PI 77001)"))
                .body("benefits_related_entities[0].id", equalTo("77001"));
        org.api()
                .get("/x12/change-sets/" + answer.getString("change_set.id"))
                .then()
                .statusCode(200)
                .body("other_payers[0].name", equalTo("HARBOR MUTUAL DENTAL"));
    }
}
