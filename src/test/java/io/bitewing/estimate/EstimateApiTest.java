package io.bitewing.estimate;

import static io.bitewing.estimate.EstimateFixtures.benefit;
import static io.bitewing.estimate.EstimateFixtures.fee;
import static io.bitewing.estimate.EstimateFixtures.procedure;
import static io.bitewing.estimate.EstimateFixtures.setup;
import static io.bitewing.support.CoverageFixtures.body;
import static io.bitewing.support.CoverageFixtures.category;
import static io.bitewing.support.CoverageFixtures.patient;
import static io.bitewing.support.CoverageFixtures.patientPlan;
import static io.bitewing.support.CoverageFixtures.subscription;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EstimateApiTest extends ApiTestSupport {

    @Test
    void eachEstimateIsTimedInTheEngineTimerOnThePrometheusPage() {
        var s = setup(newOrg(), "ppo_percentage");
        String count = "bitewing_estimate_engine_seconds_count";
        double before = Metrics.value(port, count);

        s.estimate(List.of(procedure("p1", "d2740", "3"))).statusCode(200);
        s.org()
                .api()
                .get("/patients/" + s.patient() + "/remaining-benefits")
                .then()
                .statusCode(200);

        assertThat(Metrics.value(port, count)).isEqualTo(before + 2);
    }

    @Test
    void estimatesACrownOnAPpoPlanFromTheFeeSchedules() {
        var s = setup(newOrg(), "ppo_percentage");
        s.estimate(List.of(procedure("p1", "d2740", "3")))
                .statusCode(200)
                .body("patient.id", equalTo(s.patient()))
                .body("patient.name", equalTo("Rivera, Ana"))
                .body("as_of_date", equalTo("2026-03-01"))
                .body("mode", equalTo("treatment_plan"))
                .body("plans[0].patient_plan.id", equalTo(s.patientPlan()))
                .body("plans[0].plan.id", equalTo(s.plan()))
                .body("plans[0].ordinal", equalTo(1))
                .body("plans[0].plan_type", equalTo("ppo_percentage"))
                .body("plans[0].network", equalTo("in_network"))
                .body("plans[0].benefit_year.start", equalTo("2026-01-01"))
                .body("plans[0].benefit_year.end", equalTo("2026-12-31"))
                .body("plans[0].annual_max.total", equalTo("1500.00"))
                .body("plans[0].annual_max.this_estimate", equalTo("450.00"))
                .body("plans[0].annual_max.remaining", equalTo("1050.00"))
                .body("plans[0].deductible.total", equalTo("50.00"))
                .body("plans[0].deductible.remaining", equalTo("0.00"))
                .body("plans[0].family_annual_max", nullValue())
                .body("procedures[0].ref", equalTo("p1"))
                .body("procedures[0].procedure_code", equalTo("D2740"))
                .body("procedures[0].coverage_category.name", equalTo("Crowns"))
                .body("procedures[0].fee", equalTo("1200.00"))
                .body("procedures[0].units", equalTo(1))
                .body("procedures[0].lines[0].ordinal", equalTo(1))
                .body("procedures[0].lines[0].patient_plan.id", equalTo(s.patientPlan()))
                .body("procedures[0].lines[0].allowed_fee", equalTo("950.00"))
                .body("procedures[0].lines[0].coverage_percent", equalTo(50))
                .body("procedures[0].lines[0].deductible_applied", equalTo("50.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("450.00"))
                .body("procedures[0].lines[0].write_off", equalTo("250.00"))
                .body("procedures[0].insurance_total", equalTo("450.00"))
                .body("procedures[0].write_off_total", equalTo("250.00"))
                .body("procedures[0].patient_portion", equalTo("500.00"))
                .body("totals.fee", equalTo("1200.00"))
                .body("totals.insurance", equalTo("450.00"))
                .body("totals.write_off", equalTo("250.00"))
                .body("totals.patient_portion", equalTo("500.00"));
    }

    @Test
    void aTreatmentPlanConsumesTheDeductibleAndTheMaximum() {
        var s = setup(newOrg(), "ppo_percentage");
        var procedures = List.of(
                procedure("a", "D2391", "30"),
                procedure("b", "D2740", "3"),
                procedure("c", "D2740", "14"),
                procedure("d", "D2740", "19"),
                procedure("e", "D2740", "30"));
        s.estimate(procedures)
                .statusCode(200)
                .body("procedures.ref", equalTo(List.of("a", "b", "c", "d", "e")))
                .body("procedures[0].lines[0].deductible_applied", equalTo("50.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("80.00"))
                .body("procedures[1].lines[0].deductible_applied", equalTo("0.00"))
                .body("procedures[1].lines[0].insurance_estimate", equalTo("475.00"))
                .body("procedures[2].lines[0].insurance_estimate", equalTo("475.00"))
                .body("procedures[3].lines[0].insurance_estimate", equalTo("470.00"))
                .body("procedures[3].lines[0].limited_by", hasItem("annual_max"))
                .body("procedures[4].lines[0].insurance_estimate", equalTo("0.00"))
                .body("procedures[4].lines[0].limited_by", hasItem("annual_max"))
                .body("procedures[4].lines[0].write_off", equalTo("250.00"))
                .body("plans[0].annual_max.this_estimate", equalTo("1500.00"))
                .body("plans[0].annual_max.remaining", equalTo("0.00"))
                .body("totals.insurance", equalTo("1500.00"));
        // writeoff_on_max_reached off: no write-off on a line the maximum drove to zero.
        s.org()
                .api()
                .body(Map.of("base_version", 1, "writeoff_on_max_reached", false))
                .patch("/settings")
                .then()
                .statusCode(200);
        s.estimate(procedures)
                .statusCode(200)
                .body("procedures[3].lines[0].write_off", equalTo("250.00"))
                .body("procedures[4].lines[0].write_off", equalTo("0.00"))
                .body(
                        "procedures[4].lines[0].notes",
                        hasItem("No write-off: the maximum leaves the patient the full fee"))
                .body("procedures[4].patient_portion", equalTo("1200.00"));
        // Independent mode: each procedure alone against history.
        s.org()
                .api()
                .body(body(
                        "patient_uuid",
                        s.patient(),
                        "as_of_date",
                        "2026-03-01",
                        "mode",
                        "independent",
                        "procedures",
                        procedures))
                .post("/estimates")
                .then()
                .statusCode(200)
                .body("mode", equalTo("independent"))
                .body("procedures[4].lines[0].deductible_applied", equalTo("50.00"))
                .body("procedures[4].lines[0].insurance_estimate", equalTo("450.00"));
    }

    @Test
    void historyReducesTheRemainingBenefits() {
        var s = setup(newOrg(), "ppo_percentage");
        s.org()
                .api()
                .body(body(
                        "procedure_code",
                        "D2740",
                        "date_of_service",
                        "2026-01-10",
                        "fee",
                        1200,
                        "insurance_paid",
                        1000,
                        "deductible_applied",
                        50,
                        "status",
                        "received"))
                .post("/patient-plans/" + s.patientPlan() + "/history")
                .then()
                .statusCode(201);
        s.org()
                .api()
                .body(body(
                        "procedure_code",
                        "D0120",
                        "date_of_service",
                        "2026-02-10",
                        "fee",
                        60,
                        "insurance_paid",
                        40,
                        "status",
                        "pending"))
                .post("/patient-plans/" + s.patientPlan() + "/history")
                .then()
                .statusCode(201);
        // Last year's claims do not count.
        s.org()
                .api()
                .body(body(
                        "procedure_code",
                        "D2740",
                        "date_of_service",
                        "2025-06-10",
                        "insurance_paid",
                        900,
                        "status",
                        "received"))
                .post("/patient-plans/" + s.patientPlan() + "/history")
                .then()
                .statusCode(201);

        s.org()
                .api()
                .get("/patients/" + s.patient() + "/remaining-benefits?as_of_date=2026-03-01")
                .then()
                .statusCode(200)
                .body("patient.id", equalTo(s.patient()))
                .body("as_of_date", equalTo("2026-03-01"))
                .body("plans[0].patient_plan.id", equalTo(s.patientPlan()))
                .body("plans[0].annual_max.used", equalTo("1000.00"))
                .body("plans[0].annual_max.pending", equalTo("40.00"))
                .body("plans[0].annual_max.this_estimate", equalTo("0.00"))
                .body("plans[0].annual_max.remaining", equalTo("460.00"))
                .body("plans[0].deductible.used", equalTo("50.00"))
                .body("plans[0].deductible.remaining", equalTo("0.00"));

        s.estimate(List.of(procedure("p1", "D2391", "30"), procedure("p2", "D2740", "3")))
                .statusCode(200)
                .body("procedures[0].lines[0].deductible_applied", equalTo("0.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("120.00"))
                .body("procedures[1].lines[0].insurance_estimate", equalTo("340.00"))
                .body("procedures[1].lines[0].limited_by", hasItem("annual_max"))
                .body("procedures[1].lines[0].notes[0]", containsString("340.00"))
                .body("plans[0].annual_max.remaining", equalTo("0.00"));
    }

    @Test
    void aCategoryPercentagePlanBillsItsOwnFeeScheduleAndPaysItsPercent() {
        var s = setup(newOrg(), "category_percentage");
        // The plan's own schedule (150, not the office's 200) is the billed fee of a category primary
        // (estimation-rules.md
        // §1); without an out-of-network allowance the allowed fee is that fee: (150 - 50) x 80 % = 80.
        s.estimate(List.of(procedure("p1", "D2391", "30"), procedure("p2", "D0120", null)))
                .statusCode(200)
                .body("plans[0].plan_type", equalTo("category_percentage"))
                .body("plans[0].network", equalTo("out_of_network"))
                .body("procedures[0].fee", equalTo("150.00"))
                .body("procedures[0].lines[0].allowed_fee", equalTo("150.00"))
                .body("procedures[0].lines[0].coverage_percent", equalTo(80))
                .body("procedures[0].lines[0].deductible_applied", equalTo("50.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("80.00"))
                .body("procedures[0].lines[0].write_off", nullValue())
                .body("procedures[0].patient_portion", equalTo("70.00"))
                .body("procedures[1].coverage_category.name", equalTo("Diagnostic"))
                .body("procedures[1].lines[0].insurance_estimate", equalTo("40.00"));
    }

    @Test
    void aGivenFeeReplacesTheUcrFee() {
        var s = setup(newOrg(), "ppo_percentage");
        var p = procedure("p1", "D2740", "3");
        p.put("fee", 1000);
        s.estimate(List.of(p))
                .statusCode(200)
                .body("procedures[0].fee", equalTo("1000.00"))
                .body("procedures[0].lines[0].write_off", equalTo("50.00"));
    }

    @Test
    void unknownOrForeignPatientsAre404() {
        var s = setup(newOrg(), "ppo_percentage");
        var other = newOrg();
        String stranger = patient(other, "Leo", "Stone");
        s.org()
                .api()
                .body(body(
                        "patient_uuid",
                        UUID.randomUUID().toString(),
                        "procedures",
                        List.of(procedure("p", "D2740", null))))
                .post("/estimates")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Patient not found"));
        s.org()
                .api()
                .body(body("patient_uuid", stranger, "procedures", List.of(procedure("p", "D2740", null))))
                .post("/estimates")
                .then()
                .statusCode(404);
        s.org()
                .api()
                .get("/patients/" + stranger + "/remaining-benefits")
                .then()
                .statusCode(404);
        s.org()
                .api()
                .get("/patients/" + UUID.randomUUID() + "/remaining-benefits")
                .then()
                .statusCode(404);
    }

    @Test
    void badRequestsAre422NamingTheField() {
        var s = setup(newOrg(), "ppo_percentage");
        assertInvalid(
                s.org()
                        .api()
                        .body(body("patient_uuid", s.patient(), "procedures", List.of()))
                        .post("/estimates")
                        .then(),
                "body",
                "procedures");
        assertInvalid(
                s.org()
                        .api()
                        .body(body("patient_uuid", s.patient()))
                        .post("/estimates")
                        .then(),
                "body",
                "procedures");
        assertInvalid(
                s.org()
                        .api()
                        .body(body("procedures", List.of(procedure("p", "D2740", null))))
                        .post("/estimates")
                        .then(),
                "body",
                "patient_uuid");
        assertInvalid(
                        s.estimate(List.of(procedure("p1", "D2740", "3"), procedure("p2", "D9999", null))),
                        "body",
                        "procedures",
                        1,
                        "procedure_code")
                .body("detail[0].msg", containsString("D9999"));
        var many = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 501; i++) {
            many.add(procedure("p" + i, "D0120", null));
        }
        assertInvalid(s.estimate(many), "body", "procedures");
        assertInvalid(
                s.org()
                        .api()
                        .body(body(
                                "patient_uuid",
                                s.patient(),
                                "patient_plan_uuids",
                                List.of(UUID.randomUUID().toString()),
                                "procedures",
                                List.of(procedure("p", "D2740", null))))
                        .post("/estimates")
                        .then(),
                "body",
                "patient_plan_uuids",
                0);
        assertInvalid(
                s.org()
                        .api()
                        .body(body(
                                "patient_uuid",
                                s.patient(),
                                "mode",
                                "sometimes",
                                "procedures",
                                List.of(procedure("p", "D2740", null))))
                        .post("/estimates")
                        .then(),
                "body",
                "mode");
        // A second location makes the location required.
        s.org()
                .practice()
                .body(Map.of("name", "Uptown"))
                .post("/locations")
                .then()
                .statusCode(201);
        assertInvalid(s.estimate(List.of(procedure("p", "D2740", null))), "body", "location_uuid");
        s.org()
                .api()
                .body(body(
                        "patient_uuid",
                        s.patient(),
                        "location_uuid",
                        s.location(),
                        "as_of_date",
                        "2026-03-01",
                        "procedures",
                        List.of(procedure("p", "D2740", null))))
                .post("/estimates")
                .then()
                .statusCode(200)
                .body("totals.insurance", equalTo("450.00"));
    }

    @Test
    void theFeeTraceOfACategoryPlanShowsTheFeesItsEstimateUses() {
        var org = newOrg();
        String code = EstimateFixtures.code(org, "D2391");
        String location = org.practice()
                .body(Map.of("name", "Main Street"))
                .post("/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String plan = EstimateFixtures.plan(org, "Northwind", "category_percentage", "Out of network");
        benefit(
                org,
                plan,
                "benefit_type",
                "coinsurance",
                "coverage_category_uuid",
                category(org, "Restorative"),
                "percent",
                80);
        String ucr = EstimateFixtures.schedule(org, "Office UCR", "normal", "office");
        String ppo = EstimateFixtures.schedule(org, "House PPO", "normal", "insurance");
        fee(org, ucr, code, 200);
        fee(org, ppo, code, 150);
        EstimateFixtures.assign(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        ucr,
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "ucr",
                        "effective_start",
                        "2024-01-01"));
        // The location's default PPO schedule: in-network fees a category plan does not use.
        EstimateFixtures.assign(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        ppo,
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "primary",
                        "effective_start",
                        "2024-01-01"));
        String patient = patient(org, "Cat", "Egory");
        String sub = subscription(org, plan, patient, "C-1");
        patientPlan(org, patient, sub, "self");

        org.api()
                .body(body(
                        "patient_uuid",
                        patient,
                        "as_of_date",
                        EstimateFixtures.AS_OF,
                        "procedures",
                        List.of(procedure("p", "D2391", "3"))))
                .post("/estimates")
                .then()
                .statusCode(200)
                .body("procedures[0].fee", equalTo("200.00"))
                .body("procedures[0].lines[0].allowed_fee", equalTo("200.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("160.00"));
        org.api()
                .body(Map.of(
                        "date_of_service",
                        EstimateFixtures.AS_OF,
                        "insurance_plan_uuid",
                        plan,
                        "location_uuid",
                        location,
                        "procedure_code",
                        "D2391"))
                .post("/fee-resolution/debug")
                .then()
                .statusCode(200)
                .body("summary", not(hasKey("primary")))
                .body("traces.find { it.kind == 'primary' }.status", equalTo("no_match"))
                .body("traces.find { it.kind == 'primary' }.levels[2].outcome", equalTo("skip"))
                .body("traces.find { it.kind == 'ucr' }.fee.amount", equalTo("200.00"));
    }

    @Test
    void anUnknownProviderIsRefusedRatherThanPricedAtAnotherFee() {
        var s = setup(newOrg(), "ppo_percentage");
        String foreign = newOrg().practice()
                .body(Map.of("first_name", "Bo", "last_name", "Kim"))
                .post("/providers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String provider : List.of(UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000", foreign)) {
            var planned = body("ref", "p2", "procedure_code", "D2391", "provider_uuid", provider);
            assertInvalid(
                    s.estimate(List.of(procedure("p1", "D0120", null), planned)),
                    "body",
                    "procedures",
                    1,
                    "provider_uuid");
        }
        String own = s.org()
                .practice()
                .body(Map.of("first_name", "Ann", "last_name", "Lee"))
                .post("/providers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        s.estimate(List.of(body("ref", "p1", "procedure_code", "D2391", "provider_uuid", own)))
                .statusCode(200);
    }

    @Test
    void nulCharactersInAProceduresTextFieldsAre422() {
        var s = setup(newOrg(), "ppo_percentage");
        for (String field : List.of("tooth", "surfaces", "ref")) {
            var planned = body("ref", "p1", "procedure_code", "D2391");
            planned.put(field, "1\u00004");
            assertInvalid(s.estimate(List.of(planned)), "body", "procedures", 0, field);
        }
    }

    @Test
    void readOnlyTokensMayReadRemainingBenefitsButNotPostEstimates() {
        var s = setup(newOrg(), "ppo_percentage");
        String readOnly = s.org().tokenWithRole("read_only");
        s.org()
                .as(readOnly)
                .body(body("patient_uuid", s.patient(), "procedures", List.of(procedure("p", "D2740", null))))
                .post("/estimates")
                .then()
                .statusCode(403);
        s.org()
                .as(readOnly)
                .get("/patients/" + s.patient() + "/remaining-benefits")
                .then()
                .statusCode(200);
    }

    @Test
    void theEstimateSettingsHaveTheirDefaultsAndCanBeChanged() {
        var s = setup(newOrg(), "ppo_percentage");
        s.org()
                .api()
                .get("/settings")
                .then()
                .statusCode(200)
                .body("ppo_secondary_writeoffs", equalTo(false))
                .body("fixed_benefit_blank_like_zero", equalTo(false))
                .body("exclusion_uses_ucr_fee", equalTo(false))
                .body("out_of_network_blank_like_zero", equalTo(false))
                .body("check_frequency", equalTo(true))
                .body("writeoff_on_max_reached", equalTo(true))
                .body("writeoff_on_frequency_limit", equalTo(true));
        s.org()
                .api()
                .body(Map.of("base_version", 1, "check_frequency", false, "ppo_secondary_writeoffs", true))
                .patch("/settings")
                .then()
                .statusCode(200)
                .body("check_frequency", equalTo(false))
                .body("ppo_secondary_writeoffs", equalTo(true))
                .body("exclusion_uses_ucr_fee", equalTo(false));
    }

    @Test
    void aCategorySecondaryPaysTowardWhatThePpoPrimaryLeaves() {
        var s = setup(newOrg(), "ppo_percentage");
        String carrier = s.org()
                .api()
                .body(Map.of("carrier_name", "Globex"))
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String secondary = s.org()
                .api()
                .body(body(
                        "carrier_uuid",
                        carrier,
                        "plan_type",
                        "category_percentage",
                        "group_name",
                        "Globex",
                        "cob_rule",
                        "basic"))
                .post("/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        benefit(
                s.org(),
                secondary,
                "benefit_type",
                "coinsurance",
                "coverage_category_uuid",
                category(s.org(), "Restorative"),
                "percent",
                80);
        benefit(s.org(), secondary, "benefit_type", "annual_max", "monetary_amt", 1000);
        String second = patientPlan(s.org(), s.patient(), subscription(s.org(), secondary, s.patient(), "B-2"), "self");
        s.estimate(List.of(procedure("p1", "D2391", "30")))
                .statusCode(200)
                .body("plans.ordinal", equalTo(List.of(1, 2)))
                .body("plans[1].patient_plan.id", equalTo(second))
                .body("plans[1].plan_type", equalTo("category_percentage"))
                .body("plans[1].annual_max.this_estimate", equalTo("120.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("80.00"))
                .body("procedures[0].lines[1].ordinal", equalTo(2))
                .body("procedures[0].lines[1].allowed_fee", equalTo("200.00"))
                .body("procedures[0].lines[1].paid_by_other_plans", equalTo("80.00"))
                // Basic COB: the lesser of its own $160.00 and the $120.00 the primary leaves of the fee.
                .body("procedures[0].lines[1].insurance_estimate", equalTo("120.00"))
                .body("procedures[0].lines[1].write_off", nullValue())
                .body("procedures[0].insurance_total", equalTo("200.00"))
                .body("procedures[0].patient_portion", equalTo("0.00"));
        // Only the primary when the caller names it.
        s.org()
                .api()
                .body(body(
                        "patient_uuid",
                        s.patient(),
                        "as_of_date",
                        "2026-03-01",
                        "patient_plan_uuids",
                        List.of(s.patientPlan()),
                        "procedures",
                        List.of(procedure("p1", "D2391", "30"))))
                .post("/estimates")
                .then()
                .statusCode(200)
                .body("plans.size()", equalTo(1))
                .body("procedures[0].lines[0].write_off", equalTo("50.00"))
                .body("procedures[0].patient_portion", equalTo("70.00"));
    }

    @Test
    void aPlanThatDowngradesPaysAPosteriorCompositeAsAnAmalgam() {
        var s = setup(newOrg(), "ppo_percentage", "substitution_code_behavior", "downgrade_to_amalgam");
        String amalgam = s.org()
                .practice()
                .body(Map.of("code", "D2140", "description", "Amalgam"))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String composite = s.org()
                .practice()
                .body(Map.of(
                        "code",
                        "D2392",
                        "description",
                        "Composite",
                        "substitution_code",
                        "D2140",
                        "substitution_condition",
                        "posterior"))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        fee(s.org(), s.ucr(), composite, 200);
        fee(s.org(), s.ppo(), composite, 150);
        fee(s.org(), s.ppo(), amalgam, 100);
        // Molar 30: paid as the amalgam's $100 allowed; no write-off on a downgraded PPO line (estimation-rules.md
        // §12).
        s.estimate(List.of(procedure("p1", "D2392", "30")))
                .statusCode(200)
                .body("procedures[0].lines[0].allowed_fee", equalTo("100.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("40.00"))
                .body("procedures[0].patient_portion", equalTo("160.00"));
        // Front tooth 8: no downgrade.
        s.estimate(List.of(procedure("p1", "D2392", "8")))
                .statusCode(200)
                .body("procedures[0].lines[0].allowed_fee", equalTo("150.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("80.00"))
                .body("procedures[0].lines[0].write_off", equalTo("50.00"));
    }

    @Test
    void aBenefitNamingASubstitutionCodePaysTheProcedureAsThatCode() {
        var s = setup(newOrg(), "ppo_percentage");
        String amalgam = s.org()
                .practice()
                .body(Map.of("code", "D2150", "description", "Amalgam"))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String composite = s.org()
                .practice()
                .body(Map.of("code", "D2392", "description", "Composite"))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        fee(s.org(), s.ucr(), composite, 200);
        fee(s.org(), s.ppo(), composite, 150);
        fee(s.org(), s.ppo(), amalgam, 100);
        benefit(
                s.org(),
                s.plan(),
                "benefit_type",
                "coinsurance",
                "procedure_code_uuid",
                composite,
                "percent",
                80,
                "substitution_code_uuid",
                amalgam);
        // The plan substitutes nothing by itself, but this benefit pays D2392 as D2150: (100 - 50) x 80 %, and a
        // downgraded PPO line estimates no write-off.
        s.estimate(List.of(procedure("p1", "D2392", "8")))
                .statusCode(200)
                .body("procedures[0].lines[0].allowed_fee", equalTo("100.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("40.00"))
                .body("procedures[0].lines[0].write_off", equalTo("0.00"))
                .body("procedures[0].patient_portion", equalTo("160.00"));
    }

    @Test
    void aCodeGroupFrequencyLimitCountsTheHistory() {
        var s = setup(newOrg(), "ppo_percentage");
        String prophy = s.org()
                .api()
                .get("/code-groups?page_size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.name == 'Prophy' }.id");
        benefit(
                s.org(),
                s.plan(),
                "benefit_type",
                "limitation",
                "code_group_uuid",
                prophy,
                "quantity_qualifier",
                "number_of_services",
                "quantity",
                2,
                "time_period",
                "calendar_year");
        fee(s.org(), s.ucr(), s.codes().get("D1110"), 100);
        fee(s.org(), s.ppo(), s.codes().get("D1110"), 80);
        for (String date : List.of("2026-01-05", "2026-02-05")) {
            s.org()
                    .api()
                    .body(body(
                            "procedure_code",
                            "D1110",
                            "date_of_service",
                            date,
                            "insurance_paid",
                            80,
                            "status",
                            "received"))
                    .post("/patient-plans/" + s.patientPlan() + "/history")
                    .then()
                    .statusCode(201);
        }
        s.estimate(List.of(procedure("p1", "D1110", null)))
                .statusCode(200)
                .body("procedures[0].coverage_category.name", equalTo("Preventive"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("0.00"))
                .body("procedures[0].lines[0].limited_by", hasItem("frequency"));
        s.org()
                .api()
                .body(Map.of("base_version", 1, "check_frequency", false))
                .patch("/settings")
                .then()
                .statusCode(200);
        s.estimate(List.of(procedure("p1", "D1110", null)))
                .statusCode(200)
                .body("procedures[0].lines[0].insurance_estimate", equalTo("30.00"))
                .body("procedures[0].lines[0].limited_by.size()", equalTo(0));
    }

    @Test
    void aWaitingPeriodRunsFromTheSubscriptionsEffectiveDate() {
        var s = setup(newOrg(), "ppo_percentage");
        benefit(
                s.org(),
                s.plan(),
                "benefit_type",
                "waiting_period",
                "coverage_category_uuid",
                category(s.org(), "Crowns"),
                "waiting_period_months",
                12);
        String leo = patient(s.org(), "Leo", "Marsh");
        String sub = s.org()
                .api()
                .body(Map.of(
                        "insurance_plan_uuid",
                        s.plan(),
                        "subscriber_uuid",
                        leo,
                        "subscriber_id_number",
                        "L-1",
                        "date_effective",
                        "2025-09-01"))
                .post("/subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("subscription.id");
        patientPlan(s.org(), leo, sub, "self");
        s.org()
                .api()
                .body(body(
                        "patient_uuid",
                        leo,
                        "as_of_date",
                        "2026-03-01",
                        "procedures",
                        List.of(procedure("p1", "D2740", "3"), procedure("p2", "D2391", "30"))))
                .post("/estimates")
                .then()
                .statusCode(200)
                .body("procedures[0].lines[0].insurance_estimate", equalTo("0.00"))
                .body("procedures[0].lines[0].limited_by", hasItem("waiting_period"))
                .body(
                        "procedures[0].lines[0].notes",
                        hasItem("Waiting period: coverage started 2025-09-01, D2740 is covered from 2026-09-01"))
                .body("procedures[1].lines[0].insurance_estimate", equalTo("80.00"));
        var later = procedure("p1", "D2740", "3");
        later.put("date_of_service", "2026-09-15");
        s.org()
                .api()
                .body(body("patient_uuid", leo, "as_of_date", "2026-03-01", "procedures", List.of(later)))
                .post("/estimates")
                .then()
                .statusCode(200)
                .body("procedures[0].lines[0].insurance_estimate", equalTo("450.00"));
    }
}
