package io.bitewing.estimate;

import static io.bitewing.estimate.EstimateFixtures.benefit;
import static io.bitewing.estimate.EstimateFixtures.code;
import static io.bitewing.estimate.EstimateFixtures.fee;
import static io.bitewing.estimate.EstimateFixtures.plan;
import static io.bitewing.estimate.EstimateFixtures.procedure;
import static io.bitewing.estimate.EstimateFixtures.schedule;
import static io.bitewing.estimate.EstimateFixtures.setup;
import static io.bitewing.support.CoverageFixtures.body;
import static io.bitewing.support.CoverageFixtures.category;
import static io.bitewing.support.CoverageFixtures.codeGroup;
import static io.bitewing.support.CoverageFixtures.patient;
import static io.bitewing.support.CoverageFixtures.patientPlan;
import static io.bitewing.support.CoverageFixtures.subscription;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scenarios through {@code POST /estimates}, each with figures worked by hand from estimation-rules.md. The fixture plan
 * and fees are described on {@link EstimateFixtures}; every test runs as of 2026-03-01.
 */
class EstimateScenarioApiTest extends ApiTestSupport {

    private static String child(EstimateFixtures s, String first, String birthdate) {
        return s.org()
                .practice()
                .body(Map.of("first_name", first, "last_name", "Rivera", "birthdate", birthdate))
                .post("/patients")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aFixedBenefitPlanPaysTheScheduledBenefitLessTheDeductible() {
        var s = setup(newOrg(), "ppo_fixed_benefit");
        String fixed = schedule(s.org(), "Acme fixed benefits", "fixed_benefit", "insurance");
        fee(s.org(), fixed, s.codes().get("D2740"), 400);
        s.assign(s.plan(), fixed, "copay");
        // D2740: copay = PPO 950 - benefit 400 = 550; insurance (400 - 50 deductible) = 350; write-off 1200 - 950.
        // D2391 has no fixed benefit: blank entries are not zero by default, so insurance pays the PPO fee of 150.
        s.estimate(List.of(procedure("crown", "D2740", "3"), procedure("filling", "D2391", "30")))
                .statusCode(200)
                .body("plans[0].plan_type", equalTo("ppo_fixed_benefit"))
                .body("procedures[0].lines[0].allowed_fee", equalTo("950.00"))
                .body("procedures[0].lines[0].copay", equalTo("550.00"))
                .body("procedures[0].lines[0].coverage_percent", equalTo(100))
                .body("procedures[0].lines[0].deductible_applied", equalTo("50.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("350.00"))
                .body("procedures[0].lines[0].write_off", equalTo("250.00"))
                .body("procedures[0].patient_portion", equalTo("600.00"))
                .body("procedures[1].lines[0].copay", equalTo("0.00"))
                .body("procedures[1].lines[0].deductible_applied", equalTo("0.00"))
                .body("procedures[1].lines[0].insurance_estimate", equalTo("150.00"))
                .body("procedures[1].lines[0].write_off", equalTo("50.00"))
                .body("procedures[1].patient_portion", equalTo("0.00"))
                .body("totals.fee", equalTo("1400.00"))
                .body("totals.insurance", equalTo("500.00"))
                .body("totals.write_off", equalTo("300.00"))
                .body("totals.patient_portion", equalTo("600.00"));
    }

    @Test
    void aFlatCopayPlanBillsItsOwnScheduleAndPaysAllButTheCopay() {
        var s = setup(newOrg(), "medicaid_flat_copay");
        String copays = schedule(s.org(), "Medicaid copays", "copay", "insurance");
        fee(s.org(), copays, s.codes().get("D2391"), 20);
        s.assign(s.plan(), copays, "copay");
        // The plan's schedule is the billed fee (150, not the office's 200); no deductible, no write-off.
        s.estimate(List.of(procedure("filling", "D2391", "30"), procedure("exam", "D0120", null)))
                .statusCode(200)
                .body("plans[0].plan_type", equalTo("medicaid_flat_copay"))
                .body("procedures[0].fee", equalTo("150.00"))
                .body("procedures[0].lines[0].allowed_fee", equalTo("150.00"))
                .body("procedures[0].lines[0].copay", equalTo("20.00"))
                .body("procedures[0].lines[0].coverage_percent", equalTo(100))
                .body("procedures[0].lines[0].deductible_applied", equalTo("0.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("130.00"))
                .body("procedures[0].lines[0].write_off", nullValue())
                .body("procedures[0].patient_portion", equalTo("20.00"))
                // No copay entry: blank copays count as none.
                .body("procedures[1].fee", equalTo("40.00"))
                .body("procedures[1].lines[0].insurance_estimate", equalTo("40.00"))
                .body("procedures[1].patient_portion", equalTo("0.00"))
                .body("totals.insurance", equalTo("170.00"))
                .body("totals.patient_portion", equalTo("20.00"));
    }

    @Test
    void aCapitationPlanWritesOffAllButTheCopay() {
        var s = setup(newOrg(), "capitation");
        String copays = schedule(s.org(), "HMO copays", "copay", "insurance");
        fee(s.org(), copays, s.codes().get("D2391"), 25);
        s.assign(s.plan(), copays, "copay");
        s.estimate(List.of(procedure("filling", "D2391", "30"), procedure("exam", "D0120", null)))
                .statusCode(200)
                .body("plans[0].plan_type", equalTo("capitation"))
                .body("procedures[0].fee", equalTo("150.00"))
                .body("procedures[0].lines[0].copay", equalTo("25.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("0.00"))
                .body("procedures[0].lines[0].write_off", equalTo("125.00"))
                .body("procedures[0].lines[0].notes", hasItem(containsString("Capitation")))
                .body("procedures[0].patient_portion", equalTo("25.00"))
                .body("procedures[1].lines[0].write_off", equalTo("40.00"))
                .body("procedures[1].patient_portion", equalTo("0.00"))
                .body("totals.insurance", equalTo("0.00"))
                .body("totals.write_off", equalTo("165.00"))
                .body("totals.patient_portion", equalTo("25.00"));
    }

    @Test
    void aCategoryPlanPaysOnItsOutOfNetworkAllowedAndBillsTheOfficeFee() {
        var s = setup(newOrg(), "ppo_percentage");
        String globex = plan(s.org(), "Globex", "category_percentage", "Globex");
        benefit(
                s.org(),
                globex,
                "benefit_type",
                "coinsurance",
                "coverage_category_uuid",
                category(s.org(), "Restorative"),
                "percent",
                80);
        benefit(
                s.org(),
                globex,
                "benefit_type",
                "coinsurance",
                "coverage_category_uuid",
                category(s.org(), "Diagnostic"),
                "percent",
                100);
        benefit(s.org(), globex, "benefit_type", "deductible", "monetary_amt", 50);
        String oon = schedule(s.org(), "Globex allowances", "out_of_network", "insurance");
        fee(s.org(), oon, s.codes().get("D2391"), 120);
        s.assign(globex, oon, "out_of_network");
        String cy = patient(s.org(), "Cy", "Lopez");
        patientPlan(s.org(), cy, subscription(s.org(), globex, cy, "G-1"), "self");
        var procedures = List.of(procedure("filling", "D2391", "30"), procedure("exam", "D0120", null));
        // D2391: office fee 200, allowed 120, (120 - 50) x 80 % = 56. D0120: no allowance, so allowed = fee 60.
        s.estimateFor(cy, procedures)
                .statusCode(200)
                .body("procedures[0].fee", equalTo("200.00"))
                .body("procedures[0].lines[0].allowed_fee", equalTo("120.00"))
                .body("procedures[0].lines[0].deductible_applied", equalTo("50.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("56.00"))
                .body("procedures[0].lines[0].write_off", nullValue())
                .body("procedures[0].patient_portion", equalTo("144.00"))
                .body("procedures[1].lines[0].allowed_fee", equalTo("60.00"))
                .body("procedures[1].lines[0].insurance_estimate", equalTo("60.00"));
        s.org()
                .api()
                .body(Map.of("base_version", 1, "out_of_network_blank_like_zero", true))
                .patch("/settings")
                .then()
                .statusCode(200);
        s.estimateFor(cy, procedures)
                .statusCode(200)
                .body("procedures[1].lines[0].allowed_fee", equalTo("0.00"))
                .body("procedures[1].lines[0].insurance_estimate", equalTo("0.00"))
                .body("procedures[1].patient_portion", equalTo("60.00"));
    }

    /** Ana's PPO primary pays D2391 (fee 200, PPO 150) 80 after the $50 deductible and writes off 50. */
    private EstimateFixtures withCategorySecondary(String cobRule, int restorativePercent) {
        var s = setup(newOrg(), "ppo_percentage");
        String globex = plan(s.org(), "Globex", "category_percentage", "Globex", "cob_rule", cobRule);
        benefit(
                s.org(),
                globex,
                "benefit_type",
                "coinsurance",
                "coverage_category_uuid",
                category(s.org(), "Restorative"),
                "percent",
                restorativePercent);
        patientPlan(s.org(), s.patient(), subscription(s.org(), globex, s.patient(), "G-2"), "self");
        return s;
    }

    @Test
    void basicCobPaysTheSecondarysOwnBenefitUpToItsAllowedLessThePrimaryPayment() {
        var s = withCategorySecondary("basic", 50);
        // Own 200 x 50 % = 100 <= 200 - 80; the primary write-off is trimmed to 200 - 80 - 100 = 20.
        s.estimate(List.of(procedure("filling", "D2391", "30")))
                .statusCode(200)
                .body("procedures[0].lines[0].insurance_estimate", equalTo("80.00"))
                .body("procedures[0].lines[0].write_off", equalTo("20.00"))
                .body("procedures[0].lines[0].notes", hasItem(containsString("trimmed to $20.00")))
                .body("procedures[0].lines[1].paid_by_other_plans", equalTo("80.00"))
                .body("procedures[0].lines[1].insurance_estimate", equalTo("100.00"))
                .body("procedures[0].lines[1].write_off", nullValue())
                .body("procedures[0].insurance_total", equalTo("180.00"))
                .body("procedures[0].write_off_total", equalTo("20.00"))
                .body("procedures[0].patient_portion", equalTo("0.00"));
    }

    @Test
    void standardCobPaysAtMostTheBalanceAfterThePrimaryPaymentAndWriteOff() {
        var s = withCategorySecondary("standard", 50);
        // min(own 100, 200 - 80 - 50 = 70).
        s.estimate(List.of(procedure("filling", "D2391", "30")))
                .statusCode(200)
                .body("procedures[0].lines[0].write_off", equalTo("50.00"))
                .body("procedures[0].lines[1].insurance_estimate", equalTo("70.00"))
                .body(
                        "procedures[0].lines[1].notes",
                        hasItem(allOf(
                                containsString("standard"),
                                containsString("$100.00"),
                                containsString("$80.00"),
                                containsString("$50.00"))))
                .body("procedures[0].patient_portion", equalTo("0.00"));
    }

    @Test
    void carveOutCobPaysTheSecondarysOwnBenefitLessThePrimaryPayment() {
        var s = withCategorySecondary("carve_out", 50);
        // 100 - 80 = 20; the patient owes 200 - 80 - 20 - 50.
        s.estimate(List.of(procedure("filling", "D2391", "30")))
                .statusCode(200)
                .body("procedures[0].lines[0].write_off", equalTo("50.00"))
                .body("procedures[0].lines[1].insurance_estimate", equalTo("20.00"))
                .body(
                        "procedures[0].lines[1].notes",
                        hasItem(allOf(
                                containsString("carve-out"), containsString("$100.00"), containsString("$80.00"))))
                .body("procedures[0].patient_portion", equalTo("50.00"));
    }

    @Test
    void secondaryMedicaidWritesOffWhatThePatientWouldOwe() {
        var s = withCategorySecondary("secondary_medicaid", 20);
        // As basic: min(200 x 20 % = 40, 200 - 80); then 200 - 80 - 50 - 40 = 30 is written off.
        s.estimate(List.of(procedure("filling", "D2391", "30")))
                .statusCode(200)
                .body("procedures[0].lines[0].write_off", equalTo("50.00"))
                .body("procedures[0].lines[1].insurance_estimate", equalTo("40.00"))
                .body("procedures[0].lines[1].write_off", equalTo("30.00"))
                .body("procedures[0].write_off_total", equalTo("80.00"))
                .body("procedures[0].patient_portion", equalTo("0.00"));
    }

    @Test
    void frequencyLimitsOfEachKindCountHistoryAndEarlierLines() {
        var s = setup(newOrg(), "ppo_percentage");
        String bitewings = code(s.org(), "D0274");
        fee(s.org(), s.ucr(), bitewings, 80);
        fee(s.org(), s.ppo(), bitewings, 60);
        // Diagnostic work does not take the deductible on this plan.
        benefit(
                s.org(),
                s.plan(),
                "benefit_type",
                "deductible",
                "coverage_category_uuid",
                category(s.org(), "Diagnostic"),
                "monetary_amt",
                0);
        benefit(
                s.org(),
                s.plan(),
                "benefit_type",
                "limitation",
                "procedure_code_uuid",
                s.codes().get("D2740"),
                "quantity_qualifier",
                "years",
                "quantity",
                5,
                "treat_area",
                "tooth");
        benefit(
                s.org(),
                s.plan(),
                "benefit_type",
                "limitation",
                "procedure_code_uuid",
                s.codes().get("D0120"),
                "quantity_qualifier",
                "months",
                "quantity",
                6);
        benefit(
                s.org(),
                s.plan(),
                "benefit_type",
                "limitation",
                "code_group_uuid",
                codeGroup(s.org(), "BW"),
                "quantity_qualifier",
                "number_of_services",
                "quantity",
                2,
                "time_period",
                "number_in_last_12_months");
        s.history(
                s.patientPlan(),
                "procedure_code",
                "D2740",
                "tooth",
                "3",
                "date_of_service",
                "2023-05-01",
                "insurance_paid",
                450,
                "status",
                "received");
        s.history(
                s.patientPlan(),
                "procedure_code",
                "D0120",
                "date_of_service",
                "2025-10-15",
                "status",
                "outside_office");
        // Exactly a year before the as-of date: outside the last 12 months, whose lower bound is exclusive.
        s.history(
                s.patientPlan(),
                "procedure_code",
                "D0274",
                "date_of_service",
                "2025-03-01",
                "insurance_paid",
                60,
                "status",
                "received");
        s.history(
                s.patientPlan(),
                "procedure_code",
                "D0274",
                "date_of_service",
                "2025-09-01",
                "insurance_paid",
                60,
                "status",
                "received");

        s.estimate(List.of(
                        procedure("crown-3", "D2740", "3"),
                        procedure("crown-14", "D2740", "14"),
                        procedure("exam", "D0120", null),
                        procedure("bw-1", "D0274", null),
                        procedure("bw-2", "D0274", null)))
                .statusCode(200)
                // Every 5 years per tooth: #3 was crowned in 2023; the frequency zeroes the deductible too, so #14
                // takes it.
                .body("procedures[0].lines[0].insurance_estimate", equalTo("0.00"))
                .body("procedures[0].lines[0].deductible_applied", equalTo("0.00"))
                .body("procedures[0].lines[0].limited_by", equalTo(List.of("frequency")))
                .body(
                        "procedures[0].lines[0].notes",
                        hasItem(allOf(containsString("every 5 years"), containsString("2023-05-01"))))
                .body("procedures[0].lines[0].write_off", equalTo("250.00"))
                .body("procedures[0].patient_portion", equalTo("950.00"))
                .body("procedures[1].lines[0].deductible_applied", equalTo("50.00"))
                .body("procedures[1].lines[0].insurance_estimate", equalTo("450.00"))
                .body("procedures[1].lines[0].limited_by", empty())
                // Every 6 months: an exam done elsewhere on 2025-10-15 counts.
                .body("procedures[2].lines[0].insurance_estimate", equalTo("0.00"))
                .body("procedures[2].lines[0].limited_by", equalTo(List.of("frequency")))
                .body("procedures[2].lines[0].notes", hasItem(containsString("2025-10-15")))
                .body("procedures[2].patient_portion", equalTo("40.00"))
                // Two in the last 12 months: only 2025-09-01 is inside, so the first is paid and the second is the
                // third.
                .body("procedures[3].lines[0].insurance_estimate", equalTo("60.00"))
                .body("procedures[3].lines[0].limited_by", empty())
                .body("procedures[4].lines[0].insurance_estimate", equalTo("0.00"))
                .body("procedures[4].lines[0].limited_by", equalTo(List.of("frequency")))
                .body("procedures[4].lines[0].write_off", equalTo("20.00"))
                .body("procedures[4].patient_portion", equalTo("60.00"));
        // writeoff_on_frequency_limit off: the patient owes the office fee on a line the frequency limit zeroed.
        s.org()
                .api()
                .body(Map.of("base_version", 1, "writeoff_on_frequency_limit", false))
                .patch("/settings")
                .then()
                .statusCode(200);
        s.estimate(List.of(procedure("crown-3", "D2740", "3")))
                .statusCode(200)
                .body("procedures[0].lines[0].write_off", equalTo("0.00"))
                .body("procedures[0].patient_portion", equalTo("1200.00"));
    }

    @Test
    void anAgeLimitStopsCoverageAfterTheThroughAgeAtTheDateOfService() {
        var s = setup(newOrg(), "ppo_percentage");
        String sealant = code(s.org(), "D1351");
        fee(s.org(), s.ucr(), sealant, 50);
        fee(s.org(), s.ppo(), sealant, 40);
        benefit(
                s.org(),
                s.plan(),
                "benefit_type",
                "deductible",
                "coverage_category_uuid",
                category(s.org(), "Preventive"),
                "monetary_amt",
                0);
        benefit(
                s.org(),
                s.plan(),
                "benefit_type",
                "limitation",
                "code_group_uuid",
                codeGroup(s.org(), "Sealant"),
                "quantity_qualifier",
                "age_limit",
                "quantity",
                13);
        String ben = child(s, "Ben", "2012-06-10");
        patientPlan(s.org(), ben, s.subscription(), "child");
        var later = procedure("after-birthday", "D1351", "14");
        later.put("date_of_service", "2026-06-15");
        s.estimateFor(ben, List.of(procedure("now", "D1351", "3"), later))
                .statusCode(200)
                // 13 on 2026-03-01: covered through 13.
                .body("procedures[0].lines[0].insurance_estimate", equalTo("40.00"))
                .body("procedures[0].lines[0].write_off", equalTo("10.00"))
                .body("procedures[0].patient_portion", equalTo("0.00"))
                // 14 on the date of service.
                .body("procedures[1].lines[0].insurance_estimate", equalTo("0.00"))
                .body("procedures[1].lines[0].deductible_applied", equalTo("0.00"))
                .body("procedures[1].lines[0].limited_by", equalTo(List.of("age_limit")))
                .body("procedures[1].lines[0].notes", hasItem("Age limitation: covered through age 13, patient is 14"))
                .body("procedures[1].lines[0].write_off", equalTo("10.00"))
                .body("procedures[1].patient_portion", equalTo("40.00"));
    }

    @Test
    void terminatedCoveragePaysNothingAfterItsEndDate() {
        var s = setup(newOrg(), "ppo_percentage");
        String dee = patient(s.org(), "Dee", "Park");
        String sub = s.org()
                .api()
                .body(Map.of(
                        "insurance_plan_uuid",
                        s.plan(),
                        "subscriber_uuid",
                        dee,
                        "subscriber_id_number",
                        "D-1",
                        "date_effective",
                        "2025-01-01",
                        "date_term",
                        "2026-02-01"))
                .post("/subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("subscription.id");
        patientPlan(s.org(), dee, sub, "self");
        s.estimateFor(dee, List.of(procedure("filling", "D2391", "30")))
                .statusCode(200)
                .body("procedures[0].lines[0].insurance_estimate", equalTo("0.00"))
                .body("procedures[0].lines[0].deductible_applied", equalTo("0.00"))
                .body("procedures[0].lines[0].write_off", equalTo("0.00"))
                .body("procedures[0].lines[0].limited_by", equalTo(List.of("coverage_terminated")))
                .body("procedures[0].lines[0].notes", hasItem(containsString("2026-02-01")))
                .body("procedures[0].patient_portion", equalTo("200.00"));
        var before = procedure("filling", "D2391", "30");
        before.put("date_of_service", "2026-01-15");
        s.estimateFor(dee, List.of(before))
                .statusCode(200)
                .body("procedures[0].lines[0].insurance_estimate", equalTo("80.00"))
                .body("procedures[0].lines[0].write_off", equalTo("50.00"))
                .body("procedures[0].lines[0].limited_by", empty());
    }

    @Test
    void theFamilyMaximumAndDeductibleAreSharedByEveryoneOnTheSubscription() {
        var s = setup(newOrg(), "ppo_percentage");
        benefit(s.org(), s.plan(), "benefit_type", "family_annual_max", "monetary_amt", 2000);
        benefit(s.org(), s.plan(), "benefit_type", "family_deductible", "monetary_amt", 75);
        String ben = child(s, "Ben", "2012-06-10");
        String bensPlan = patientPlan(s.org(), ben, s.subscription(), "child");
        s.history(
                bensPlan,
                "procedure_code",
                "D2740",
                "tooth",
                "19",
                "date_of_service",
                "2026-01-20",
                "insurance_paid",
                1300,
                "deductible_applied",
                50,
                "status",
                "received");
        s.history(bensPlan, "date_of_service", "2026-02-01", "insurance_paid", 400, "status", "adjustment");
        // Deductible: Ana's own 50 is untouched but the family's 75 has 25 left. Own (950 - 25) x 50 % = 462.50,
        // capped by the family maximum's 2000 - 1700 = 300.
        s.estimate(List.of(procedure("crown", "D2740", "3")))
                .statusCode(200)
                .body("procedures[0].lines[0].deductible_applied", equalTo("25.00"))
                .body("procedures[0].lines[0].base_estimate", equalTo("475.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("300.00"))
                .body("procedures[0].lines[0].limited_by", equalTo(List.of("family_annual_max")))
                .body("procedures[0].lines[0].notes", hasItem(containsString("Family annual maximum leaves $300.00")))
                .body("procedures[0].lines[0].write_off", equalTo("250.00"))
                .body("procedures[0].patient_portion", equalTo("650.00"))
                .body("plans[0].annual_max.used", equalTo("0.00"))
                .body("plans[0].annual_max.this_estimate", equalTo("300.00"))
                .body("plans[0].annual_max.remaining", equalTo("1200.00"))
                .body("plans[0].family_annual_max.total", equalTo("2000.00"))
                .body("plans[0].family_annual_max.used", equalTo("1700.00"))
                .body("plans[0].family_annual_max.this_estimate", equalTo("300.00"))
                .body("plans[0].family_annual_max.remaining", equalTo("0.00"))
                .body("plans[0].deductible.this_estimate", equalTo("25.00"))
                .body("plans[0].deductible.remaining", equalTo("25.00"))
                .body("plans[0].family_deductible.used", equalTo("50.00"))
                .body("plans[0].family_deductible.remaining", equalTo("0.00"));
        s.org()
                .api()
                .get("/patients/" + ben + "/remaining-benefits?as_of_date=2026-03-01")
                .then()
                .statusCode(200)
                .body("plans[0].annual_max.used", equalTo("1700.00"))
                .body("plans[0].annual_max.remaining", equalTo("0.00"))
                .body("plans[0].family_annual_max.remaining", equalTo("300.00"));
    }

    @Test
    void thePatientPlansOwnFeeScheduleReplacesTheSlotItsKindFills() {
        var s = setup(newOrg(), "ppo_percentage");
        String contracted = schedule(s.org(), "Ana's contracted fees", "normal", "insurance");
        fee(s.org(), contracted, s.codes().get("D2740"), 800);
        var path = "/patients/" + s.patient() + "/insurance/" + s.patientPlan();
        s.org()
                .api()
                .body(Map.of("base_version", 1, "fee_schedule_uuid", contracted))
                .patch(path)
                .then()
                .statusCode(200);
        // An insurance schedule is the plan's fee schedule for Ana: allowed 800, (800 - 50) x 50 %, write-off 400.
        s.estimate(List.of(procedure("crown", "D2740", "3")))
                .statusCode(200)
                .body("procedures[0].fee", equalTo("1200.00"))
                .body("procedures[0].lines[0].allowed_fee", equalTo("800.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("375.00"))
                .body("procedures[0].lines[0].write_off", equalTo("400.00"));
        String courtesy = schedule(s.org(), "Courtesy fees", "normal", "office");
        fee(s.org(), courtesy, s.codes().get("D2740"), 1000);
        s.org()
                .api()
                .body(Map.of("base_version", 2, "fee_schedule_uuid", courtesy))
                .patch(path)
                .then()
                .statusCode(200);
        // An office schedule is Ana's billed fee (Open Dental's patient fee schedule); the PPO fee stays the plan's.
        s.estimate(List.of(procedure("crown", "D2740", "3")))
                .statusCode(200)
                .body("procedures[0].fee", equalTo("1000.00"))
                .body("procedures[0].lines[0].allowed_fee", equalTo("950.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("450.00"))
                .body("procedures[0].lines[0].write_off", equalTo("50.00"))
                .body("procedures[0].patient_portion", equalTo("500.00"));
    }

    @Test
    void aCoinsuranceMarkedDeductibleExemptTakesNoDeductible() {
        var s = setup(newOrg(), "ppo_percentage");
        fee(s.org(), s.ucr(), s.codes().get("D1110"), 100);
        String globex = plan(s.org(), "Globex", "category_percentage", "Globex");
        benefit(
                s.org(),
                globex,
                "benefit_type",
                "coinsurance",
                "coverage_category_uuid",
                category(s.org(), "Preventive"),
                "percent",
                100,
                "is_deductible_exempt",
                true);
        benefit(
                s.org(),
                globex,
                "benefit_type",
                "coinsurance",
                "coverage_category_uuid",
                category(s.org(), "Restorative"),
                "percent",
                80);
        benefit(s.org(), globex, "benefit_type", "deductible", "monetary_amt", 50);
        String cy = patient(s.org(), "Cy", "Lopez");
        patientPlan(s.org(), cy, subscription(s.org(), globex, cy, "G-1"), "self");
        s.estimateFor(cy, List.of(procedure("prophy", "D1110", null), procedure("filling", "D2391", "30")))
                .statusCode(200)
                .body("procedures[0].lines[0].deductible_applied", equalTo("0.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("100.00"))
                .body("procedures[1].lines[0].deductible_applied", equalTo("50.00"))
                .body("procedures[1].lines[0].insurance_estimate", equalTo("120.00"));
    }

    @Test
    void orthoHasItsOwnLifetimeMaximumAndLeavesTheDeductibleAndAnnualMaximumAlone() {
        var s = setup(newOrg(), "ppo_percentage");
        fee(s.org(), s.ucr(), code(s.org(), "D8080"), 3000);
        benefit(
                s.org(),
                s.plan(),
                "benefit_type",
                "coinsurance",
                "coverage_category_uuid",
                category(s.org(), "Ortho"),
                "percent",
                50);
        benefit(s.org(), s.plan(), "benefit_type", "ortho_lifetime_max", "monetary_amt", 1000);
        // No PPO fee for ortho: allowed = fee, no write-off. 3000 x 50 % = 1500, capped at the $1,000 lifetime maximum;
        // the general deductible waits for the filling (estimation-rules.md §13 E10, Our rule).
        s.estimate(List.of(procedure("ortho", "D8080", null), procedure("filling", "D2391", "30")))
                .statusCode(200)
                .body("procedures[0].coverage_category.name", equalTo("Ortho"))
                .body("procedures[0].lines[0].deductible_applied", equalTo("0.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("1000.00"))
                .body("procedures[0].lines[0].limited_by", equalTo(List.of("ortho_lifetime_max")))
                .body("procedures[0].lines[0].notes", hasItem("Ortho lifetime maximum leaves $1000.00"))
                .body("procedures[0].lines[0].write_off", equalTo("0.00"))
                .body("procedures[1].lines[0].deductible_applied", equalTo("50.00"))
                .body("procedures[1].lines[0].insurance_estimate", equalTo("80.00"))
                .body("plans[0].ortho_lifetime_max.total", equalTo("1000.00"))
                .body("plans[0].ortho_lifetime_max.this_estimate", equalTo("1000.00"))
                .body("plans[0].ortho_lifetime_max.remaining", equalTo("0.00"))
                .body("plans[0].annual_max.this_estimate", equalTo("80.00"));
    }

    @Test
    void anOfficeCanOverrideALinesAmounts() {
        var s = setup(newOrg(), "ppo_percentage");
        var crown = procedure("crown", "D2740", "3");
        crown.put("overrides", List.of(Map.of("ordinal", 1, "allowed_fee", 900, "coverage_percent", 60)));
        var filling = procedure("filling", "D2391", "30");
        filling.put("overrides", List.of(Map.of("ordinal", 1, "insurance_estimate", 100, "write_off", 0)));
        // Crown: (900 - 50) x 60 % = 510; the write-off still uses the PPO fee: 1200 - 950. Filling: calculated
        // 150 x 80 % = 120, entered 100, no write-off.
        s.estimate(List.of(crown, filling))
                .statusCode(200)
                .body("procedures[0].lines[0].allowed_fee", equalTo("900.00"))
                .body("procedures[0].lines[0].coverage_percent", equalTo(60))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("510.00"))
                .body("procedures[0].lines[0].write_off", equalTo("250.00"))
                .body("procedures[0].lines[0].notes", hasItem("Allowed fee entered by the office: $900.00"))
                .body("procedures[0].patient_portion", equalTo("440.00"))
                .body("procedures[1].lines[0].insurance_estimate", equalTo("100.00"))
                .body("procedures[1].lines[0].write_off", equalTo("0.00"))
                .body(
                        "procedures[1].lines[0].notes",
                        hasItem("Insurance estimate entered by the office: $100.00 (calculated $120.00)"))
                .body("procedures[1].patient_portion", equalTo("100.00"))
                .body("plans[0].annual_max.this_estimate", equalTo("610.00"));
        var secondLine = procedure("crown", "D2740", "3");
        secondLine.put("overrides", List.of(Map.of("ordinal", 2, "insurance_estimate", 10)));
        assertInvalid(s.estimate(List.of(secondLine)), "body", "procedures", 0, "overrides", 0, "ordinal");
        var percent = procedure("crown", "D2740", "3");
        percent.put("overrides", List.of(Map.of("ordinal", 1, "coverage_percent", 101)));
        assertInvalid(s.estimate(List.of(percent)), "body", "procedures", 0, "overrides", 0, "coverage_percent");
    }

    @Test
    void moreBadRequestsAre422NamingTheField() {
        var s = setup(newOrg(), "ppo_percentage");
        var noUnits = procedure("p", "D2740", "3");
        noUnits.put("units", 0);
        assertInvalid(s.estimate(List.of(noUnits)), "body", "procedures", 0, "units");
        var negative = procedure("p", "D2740", "3");
        negative.put("fee", -1);
        assertInvalid(s.estimate(List.of(negative)), "body", "procedures", 0, "fee");
        assertInvalid(s.estimate(List.of(procedure("p", " ", null))), "body", "procedures", 0, "procedure_code");
        String other = patient(s.org(), "Eve", "Stone");
        String othersPlan = patientPlan(s.org(), other, subscription(s.org(), s.plan(), other, "E-1"), "self");
        var one = List.of(procedure("p", "D2740", "3"));
        assertInvalid(
                s.estimateFor(s.patient(), one, "patient_plan_uuids", List.of(othersPlan)),
                "body",
                "patient_plan_uuids",
                0);
        assertInvalid(
                s.estimateFor(s.patient(), one, "patient_plan_uuids", List.of(s.patientPlan(), s.patientPlan())),
                "body",
                "patient_plan_uuids",
                1);
        assertInvalid(s.estimateFor(s.patient(), one, "location_uuid", other), "body", "location_uuid");
        assertInvalid(s.estimateFor(s.patient(), one, "as_of_date", "03/01/2026"), "body", "as_of_date");
        assertInvalid(s.estimateFor(s.patient(), one, "apply_limits", "sometimes"), "body", "apply_limits");
        s.org()
                .api()
                .body(body(
                        "patient_uuid",
                        s.patient(),
                        "procedures",
                        List.of(Map.of("procedure_code", "D2740", "surprise", 1))))
                .post("/estimates")
                .then()
                .statusCode(422);
    }
}
