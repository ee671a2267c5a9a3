package io.bitewing.payor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayorApiTest extends ApiTestSupport {

    static RequestSpecification payor(Org org) {
        return given().port(org.port()).header("X-API-Key", org.token()).contentType("application/json");
    }

    record Office(Org org, String patient, String carrier) {}

    Office office() {
        var org = newOrg();
        String patient = CoverageFixtures.patient(org, "Lucia", "Vendor");
        String carrier = org.api()
                .body(Map.of("carrier_name", "Delta Vendor", "electronic_id", "DDV01"))
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Office(org, patient, carrier);
    }

    /** A vendor's answer for a spouse covered by her husband's plan, every field of the document set. */
    static Map<String, Object> answer(String patient) {
        var body = new HashMap<String, Object>();
        body.put("patient_id", patient);
        body.put("insurance_id", "DDV01");
        body.put("relationship_to_subscriber", "spouse");
        body.put("insured_member_id", "W900100");
        body.put("group_number", "GRP-77");
        body.put("group_description", "Acme Logistics");
        body.put("payor_responsibility", "primary");
        body.put("coverage_from", "2026-01-01T00:00:00Z");
        body.put("coverage_to", "2026-12-31T00:00:00Z");
        body.put("provider_network_status", "in_network");
        body.put("plan_funding_type", "self_funded");
        body.put("plan_name", "Acme Dental PPO");
        body.put("plan_type", "PR");
        body.put("plan_renewal_date_type", "calendar_year");
        body.put("cob_on_file", "complete");
        body.put("cob_notes", "No other coverage on file");
        body.put("cob_last_verified_at", "2026-10-01T12:00:00Z");
        body.put("has_other_active_coverage", false);
        body.put("out_of_state_benefits", true);
        body.put("out_of_state_benefits_comments", "Nationwide network");
        body.put("in_grace_period", false);
        body.put("last_payment_date", "2026-10-15");
        body.put("is_cobra_coverage", false);
        body.put("deductible_apply_to_oop", true);
        body.put("eligibility_check_status", "active");
        body.put("eligibility_check_comment", "Verified by 270/271");
        body.put("eligibility_check_date", "2026-11-02T15:30:00Z");
        body.put("eligibility_version", 3);
        String[] amounts = {
            "individual_deductible_policy_in_network", "50",
            "individual_deductible_policy_out_network", "100",
            "individual_deductible_remaining_in_network", "20",
            "individual_deductible_remaining_out_network", "100",
            "family_deductible_policy_in_network", "150",
            "family_deductible_policy_out_network", "300",
            "family_deductible_remaining_in_network", "90",
            "family_deductible_remaining_out_network", "300",
            "individual_oop_max_policy_in_network", "400",
            "individual_oop_max_policy_out_network", "800",
            "individual_oop_max_remaining_in_network", "350.50",
            "individual_oop_max_remaining_out_network", "800",
            "family_oop_max_policy_in_network", "800",
            "family_oop_max_policy_out_network", "1600",
            "family_oop_max_remaining_in_network", "700",
            "family_oop_max_remaining_out_network", "1600"
        };
        for (int i = 0; i < amounts.length; i += 2) {
            body.put(amounts[i], new java.math.BigDecimal(amounts[i + 1]));
        }
        body.put(
                "benefits_related_entities",
                List.of(Map.of("entity_identifier", "P3", "name", "Dr. Who", "npi", "1234567890")));
        body.put(
                "services",
                List.of(Map.of("service_type", "35", "copay_in_network", 25, "eligibility_check_status", "ELIGIBLE")));
        body.put(
                "subscriber",
                Map.of(
                        "first_name",
                        "Carlos",
                        "last_name",
                        "Vendor",
                        "dob",
                        "1979-04-12T00:00:00Z",
                        "gender",
                        "male",
                        "address",
                        "1 Main St",
                        "city",
                        "Springfield",
                        "state",
                        "illinois",
                        "zip",
                        "62701"));
        return body;
    }

    @Test
    void oneCallRecordsTheCoverageAndTheAnswerAndEveryFieldReadsBack() {
        var o = office();
        var sent = answer(o.patient());
        String id = payor(o.org())
                .body(sent)
                .post("/v1/payors")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .body("version", equalTo(1))
                .body("insurance.carrier_id", equalTo(o.carrier()))
                .body("insurance.group_number", equalTo("GRP-77"))
                .body("insurance.plan_type", equalTo("ppo_percentage"))
                .body("insurance.ordinal", equalTo(1))
                .body("subscriber.first_name", equalTo("Carlos"))
                .body("subscriber.dob", equalTo("1979-04-12"))
                .extract()
                .path("id");
        var read = payor(o.org())
                .get("/v1/payors/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        for (var field : sent.entrySet()) {
            if (field.getKey().equals("subscriber")
                    || field.getKey().startsWith("coverage_")
                    || field.getKey().endsWith("_at")
                    || field.getKey().endsWith("_date")) {
                continue;
            }
            Object value = field.getValue() instanceof java.math.BigDecimal amount
                    ? amount.setScale(2).toPlainString()
                    : field.getValue();
            org.assertj.core.api.Assertions.assertThat(read.<Object>get(field.getKey()))
                    .as(field.getKey())
                    .isEqualTo(value);
        }
        org.assertj.core.api.Assertions.assertThat(read.getString("eligibility_check_date"))
                .isEqualTo("2026-11-02T15:30:00Z");
        org.assertj.core.api.Assertions.assertThat(read.getString("last_payment_date"))
                .isEqualTo("2026-10-15");
        // Natively: the spouse's patient plan on her husband's subscription, and the eligibility record.
        o.org()
                .api()
                .get("/patients/" + o.patient() + "/insurance")
                .then()
                .body("items", hasSize(1))
                .body("items[0].relationship_to_subscriber", equalTo("spouse"))
                .body("items[0].subscription.subscriber_id_number", equalTo("W900100"));
        String patientPlan = read.getString("insurance.patient_plan_id");
        o.org()
                .api()
                .get("/patient-plans/" + patientPlan + "/eligibility")
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("family_deductible_remaining_in_network", equalTo("90.00"));
        // The same answer again refreshes the record; nothing is created twice.
        payor(o.org())
                .body(sent)
                .post("/v1/payors")
                .then()
                .statusCode(201)
                .body("id", equalTo(id))
                .body("version", equalTo(2));
        o.org().api().get("/plans?search=GRP-77").then().body("total", equalTo(1));
        o.org().practice().get("/patients?search=Carlos").then().body("total", equalTo(1));
        payor(o.org())
                .get("/v1/payors?patient_id=" + o.patient())
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void whatCannotBeHeldIsA422AndLeavesNothing() {
        var o = office();
        for (var broken : List.<Map.Entry<String, Object>>of(
                Map.entry("payor_responsibility", "quaternary"),
                Map.entry("insurance_id", "NO-SUCH-PAYER"),
                Map.entry("plan_type", "ZZ"),
                Map.entry("provider_network_status", "sideways"),
                Map.entry("individual_deductible_remaining_in_network", -5))) {
            var body = answer(o.patient());
            body.put(broken.getKey(), broken.getValue());
            payor(o.org())
                    .body(body)
                    .post("/v1/payors")
                    .then()
                    .statusCode(422)
                    .body("detail[0].loc[1]", equalTo(broken.getKey()));
        }
        var noGroup = answer(o.patient());
        noGroup.remove("group_number");
        payor(o.org())
                .body(noGroup)
                .post("/v1/payors")
                .then()
                .statusCode(422)
                .body("detail[0].loc[1]", equalTo("group_number"));
        var noMember = answer(o.patient());
        noMember.remove("insured_member_id");
        payor(o.org())
                .body(noMember)
                .post("/v1/payors")
                .then()
                .statusCode(422)
                .body("detail[0].loc[1]", equalTo("insured_member_id"));
        // The plan and the subscriber the failed calls would have created are not there.
        o.org().api().get("/plans?search=GRP-77").then().body("total", equalTo(0));
        o.org().practice().get("/patients?search=Carlos").then().body("total", equalTo(0));
        o.org().api().get("/patients/" + o.patient() + "/insurance").then().body("items", hasSize(0));
    }

    @Test
    void aFreshAnswerPatchesTheRecordAtItsVersion() {
        var o = office();
        String id = payor(o.org())
                .body(answer(o.patient()))
                .post("/v1/payors")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        payor(o.org())
                .body(Map.of("individual_deductible_remaining_in_network", 0))
                .patch("/v1/payors/" + id)
                .then()
                .statusCode(422);
        payor(o.org())
                .body(Map.of("version", 5, "individual_deductible_remaining_in_network", 0))
                .patch("/v1/payors/" + id)
                .then()
                .statusCode(409);
        payor(o.org())
                .body(Map.of("version", 1, "group_number", "OTHER"))
                .patch("/v1/payors/" + id)
                .then()
                .statusCode(422);
        payor(o.org())
                .body(Map.of(
                        "version",
                        1,
                        "individual_deductible_remaining_in_network",
                        0,
                        "eligibility_check_date",
                        "2026-11-20T09:00:00Z"))
                .patch("/v1/payors/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("individual_deductible_remaining_in_network", equalTo("0.00"))
                .body("family_deductible_remaining_in_network", equalTo("90.00"))
                .body("plan_name", equalTo("Acme Dental PPO"));
        payor(o.org()).get("/v1/payors/" + java.util.UUID.randomUUID()).then().statusCode(404);
        payor(newOrg()).get("/v1/payors/" + id).then().statusCode(404);
    }

    @Test
    void theKeyIsAnOrganisationsTokenAndItsRoleApplies() {
        var o = office();
        given().port(o.org().port())
                .get("/v1/payors?patient_id=" + o.patient())
                .then()
                .statusCode(401);
        String readOnly = o.org().tokenWithRole("read_only");
        given().port(o.org().port())
                .header("X-API-Key", readOnly)
                .contentType("application/json")
                .body(answer(o.patient()))
                .post("/v1/payors")
                .then()
                .statusCode(403);
        given().port(o.org().port())
                .header("X-API-Key", readOnly)
                .get("/v1/payors?patient_id=" + o.patient())
                .then()
                .statusCode(200);
        var replay = answer(o.patient());
        String first = payor(o.org())
                .header("Idempotency-Key", "vendor-1")
                .body(replay)
                .post("/v1/payors")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        payor(o.org())
                .header("Idempotency-Key", "vendor-1")
                .body(replay)
                .post("/v1/payors")
                .then()
                .statusCode(201)
                .body("id", equalTo(first))
                .body("version", equalTo(1));
    }
}
