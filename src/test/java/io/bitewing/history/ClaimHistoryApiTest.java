package io.bitewing.history;

import static io.bitewing.support.CoverageFixtures.body;
import static io.bitewing.support.CoverageFixtures.patient;
import static io.bitewing.support.CoverageFixtures.patientPlan;
import static io.bitewing.support.CoverageFixtures.plan;
import static io.bitewing.support.CoverageFixtures.subscription;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClaimHistoryApiTest extends ApiTestSupport {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    /** An organisation with a few procedure codes, a patient and her own plan. */
    private record Setup(Org org, String patient, String plan, String subscription, String patientPlan) {
        String path() {
            return "/patient-plans/" + patientPlan + "/history";
        }
    }

    private Setup setup(Object... planFields) {
        var org = newOrg();
        for (String code : List.of("D1110", "D2391", "D2740", "D8080")) {
            org.practice()
                    .body(Map.of("code", code, "description", "Code " + code))
                    .post("/procedure-codes")
                    .then()
                    .statusCode(201);
        }
        String ana = patient(org, "Ana", "Rivera");
        String carrier = org.api()
                .body(Map.of("carrier_name", "Northwind"))
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        var planBody = body("carrier_uuid", carrier, "plan_type", "ppo_percentage", "group_name", "Acme");
        for (int i = 0; i < planFields.length; i += 2) {
            planBody.put((String) planFields[i], planFields[i + 1]);
        }
        String plan = org.api()
                .body(planBody)
                .post("/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String subscription = subscription(org, plan, ana, "A-1");
        return new Setup(org, ana, plan, subscription, patientPlan(org, ana, subscription, "self"));
    }

    private static void benefit(Setup s, Object... fields) {
        s.org()
                .api()
                .body(body(fields))
                .post("/plans/" + s.plan() + "/benefits")
                .then()
                .statusCode(201);
    }

    private static String record(Org org, String patientPlan, Object... fields) {
        return org.api()
                .body(body(fields))
                .post("/patient-plans/" + patientPlan + "/history")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static ValidatableResponse summary(Setup s, String patientPlan) {
        return s.org()
                .api()
                .get("/patients/" + s.patient() + "/insurance/" + patientPlan)
                .then()
                .statusCode(200);
    }

    @Test
    void recordsListsReadsPatchesAndDeletesHistory() {
        var s = setup();
        String id = s.org()
                .api()
                .body(body(
                        "procedure_code",
                        "d2391",
                        "date_of_service",
                        "2026-03-02",
                        "tooth",
                        "30",
                        "surfaces",
                        "MO",
                        "units",
                        1,
                        "fee",
                        180,
                        "insurance_paid",
                        120.5,
                        "deductible_applied",
                        25,
                        "write_off",
                        20,
                        "status",
                        "received",
                        "notes",
                        "EOB 1"))
                .post(s.path())
                .then()
                .statusCode(201)
                .body("procedure_code", equalTo("D2391"))
                .body("patient_plan_uuid", equalTo(s.patientPlan()))
                .body("date_of_service", equalTo("2026-03-02"))
                .body("fee", equalTo("180.00"))
                .body("insurance_paid", equalTo("120.50"))
                .body("deductible_applied", equalTo("25.00"))
                .body("write_off", equalTo("20.00"))
                .body("status", equalTo("received"))
                .body("version", equalTo(1))
                .extract()
                .path("id");
        record(
                s.org(),
                s.patientPlan(),
                "procedure_code",
                "D1110",
                "date_of_service",
                "2025-06-01",
                "status",
                "outside_office");
        record(
                s.org(),
                s.patientPlan(),
                "date_of_service",
                "2026-01-15",
                "insurance_paid",
                300,
                "status",
                "adjustment");

        s.org()
                .api()
                .get(s.path())
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.date_of_service", equalTo(List.of("2026-03-02", "2026-01-15", "2025-06-01")))
                .body("items[2].fee", nullValue())
                .body("items[2].units", equalTo(1));
        s.org()
                .api()
                .get(s.path() + "?date_from=2026-01-01&date_to=2026-02-28")
                .then()
                .body("total", equalTo(1))
                .body("items[0].status", equalTo("adjustment"))
                .body("items[0].procedure_code", nullValue());
        s.org().api().get(s.path() + "?status=outside_office").then().body("total", equalTo(1));
        s.org()
                .api()
                .get(s.path() + "?page=2&page_size=2")
                .then()
                .body("total", equalTo(3))
                .body("items.size()", equalTo(1));
        s.org().api().get(s.path() + "/" + id).then().statusCode(200).body("notes", equalTo("EOB 1"));

        s.org()
                .api()
                .body(body("base_version", 1, "status", "pending", "notes", null, "insurance_paid", 99.999))
                .patch(s.path() + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("pending"))
                .body("notes", nullValue())
                .body("insurance_paid", equalTo("100.00"))
                .body("tooth", equalTo("30"))
                .body("version", equalTo(2));
        s.org()
                .api()
                .body(body("base_version", 1, "tooth", "31"))
                .patch(s.path() + "/" + id)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(2));
        s.org().api().get(s.path() + "/" + id).then().body("tooth", equalTo("30"));

        s.org().api().delete(s.path() + "/" + id).then().statusCode(204);
        s.org().api().get(s.path() + "/" + id).then().statusCode(404);
        s.org().api().delete(s.path() + "/" + id).then().statusCode(404);
        s.org().api().get(s.path()).then().body("total", equalTo(2));
    }

    @Test
    void unknownOrForeignPatientPlansAndRowsAre404() {
        var s = setup();
        var other = setup();
        String row = record(
                s.org(),
                s.patientPlan(),
                "procedure_code",
                "D1110",
                "date_of_service",
                "2026-02-01",
                "status",
                "received");
        String foreignRow = record(
                other.org(),
                other.patientPlan(),
                "procedure_code",
                "D1110",
                "date_of_service",
                "2026-02-01",
                "status",
                "received");
        s.org()
                .api()
                .get("/patient-plans/" + UUID.randomUUID() + "/history")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Patient plan not found"));
        s.org()
                .api()
                .get("/patient-plans/" + other.patientPlan() + "/history")
                .then()
                .statusCode(404);
        s.org()
                .api()
                .body(body("date_of_service", "2026-02-01", "status", "adjustment"))
                .post("/patient-plans/" + other.patientPlan() + "/history")
                .then()
                .statusCode(404);
        s.org().api().get(s.path() + "/" + UUID.randomUUID()).then().statusCode(404);
        s.org().api().get(s.path() + "/" + foreignRow).then().statusCode(404);
        // A row of another patient plan of the same organisation is not this plan's.
        String leo = patient(s.org(), "Leo", "Rivera");
        String leosPlan = patientPlan(s.org(), leo, s.subscription(), "child");
        s.org()
                .api()
                .get("/patient-plans/" + leosPlan + "/history/" + row)
                .then()
                .statusCode(404);
        s.org()
                .api()
                .body(body("base_version", 1, "notes", "x"))
                .patch("/patient-plans/" + leosPlan + "/history/" + row)
                .then()
                .statusCode(404);
        s.org()
                .api()
                .delete("/patient-plans/" + leosPlan + "/history/" + row)
                .then()
                .statusCode(404);
        s.org().api().get(s.path() + "/" + row).then().statusCode(200);
    }

    @Test
    void refusesRowsBreakingTheRulesNamingTheField() {
        var s = setup();
        assertInvalid(
                        s.org()
                                .api()
                                .body(body(
                                        "procedure_code",
                                        "D9998",
                                        "date_of_service",
                                        "2026-02-01",
                                        "status",
                                        "received"))
                                .post(s.path())
                                .then(),
                        "body",
                        "procedure_code")
                .body("detail[0].msg", containsString("D9998"));
        assertInvalid(
                s.org()
                        .api()
                        .body(body("procedure_code", "D1110", "date_of_service", "2026-02-01", "status", "adjustment"))
                        .post(s.path())
                        .then(),
                "body",
                "procedure_code");
        assertInvalid(
                s.org()
                        .api()
                        .body(body("date_of_service", "2026-02-01", "status", "pending", "insurance_paid", 10))
                        .post(s.path())
                        .then(),
                "body",
                "procedure_code");
        assertInvalid(
                s.org()
                        .api()
                        .body(body(
                                "procedure_code",
                                "D1110",
                                "date_of_service",
                                "2026-02-01",
                                "status",
                                "outside_office",
                                "insurance_paid",
                                10))
                        .post(s.path())
                        .then(),
                "body",
                "insurance_paid");
        assertInvalid(
                s.org()
                        .api()
                        .body(body(
                                "procedure_code",
                                "D1110",
                                "date_of_service",
                                "2026-02-01",
                                "status",
                                "received",
                                "fee",
                                -1))
                        .post(s.path())
                        .then(),
                "body",
                "fee");
        assertInvalid(
                s.org()
                        .api()
                        .body(body(
                                "procedure_code",
                                "D1110",
                                "date_of_service",
                                "2026-02-01",
                                "status",
                                "received",
                                "write_off",
                                new java.math.BigDecimal("1e400")))
                        .post(s.path())
                        .then(),
                "body",
                "write_off");
        assertInvalid(
                s.org()
                        .api()
                        .body(body("procedure_code", "D1110", "date_of_service", "2026-02-01", "status", "paid"))
                        .post(s.path())
                        .then(),
                "body",
                "status");
        assertInvalid(
                s.org()
                        .api()
                        .body(body("procedure_code", "D1110", "status", "received"))
                        .post(s.path())
                        .then(),
                "body",
                "date_of_service");
        assertInvalid(
                s.org()
                        .api()
                        .get(s.path() + "?date_from=2026-03-01&date_to=2026-02-01")
                        .then(),
                "query",
                "date_from");

        String id = record(
                s.org(),
                s.patientPlan(),
                "procedure_code",
                "D1110",
                "date_of_service",
                "2026-02-01",
                "status",
                "received",
                "fee",
                80,
                "insurance_paid",
                64);
        assertInvalid(
                s.org()
                        .api()
                        .body(body("base_version", 1, "status", "outside_office"))
                        .patch(s.path() + "/" + id)
                        .then(),
                "body",
                "insurance_paid");
        assertInvalid(
                s.org()
                        .api()
                        .body(body("base_version", 1, "status", "adjustment"))
                        .patch(s.path() + "/" + id)
                        .then(),
                "body",
                "procedure_code");
        assertInvalid(
                s.org()
                        .api()
                        .body(body("base_version", 1, "procedure_code", "D0000"))
                        .patch(s.path() + "/" + id)
                        .then(),
                "body",
                "procedure_code");
        assertInvalid(
                s.org()
                        .api()
                        .body(body("base_version", 1, "status", null))
                        .patch(s.path() + "/" + id)
                        .then(),
                "body",
                "status");
        s.org()
                .api()
                .body(body("base_version", 1, "status", "adjustment", "procedure_code", null))
                .patch(s.path() + "/" + id)
                .then()
                .statusCode(200)
                .body("procedure_code", nullValue())
                .body("version", equalTo(2));
    }

    @Test
    void readOnlyTokensReadButCannotWriteAndCreatesReplay() {
        var s = setup();
        var readOnly = s.org().as(s.org().tokenWithRole("read_only"));
        var create = body("procedure_code", "D1110", "date_of_service", "2026-02-01", "status", "received");
        readOnly.body(create).post(s.path()).then().statusCode(403);
        String id = s.org()
                .api()
                .header("Idempotency-Key", "hist-1")
                .body(create)
                .post(s.path())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        s.org()
                .api()
                .header("Idempotency-Key", "hist-1")
                .body(create)
                .post(s.path())
                .then()
                .statusCode(201)
                .body("id", equalTo(id));
        readOnly.get(s.path()).then().statusCode(200).body("total", equalTo(1));
        readOnly.get(s.path() + "/" + id).then().statusCode(200);
        readOnly.body(body("base_version", 1, "notes", "x"))
                .patch(s.path() + "/" + id)
                .then()
                .statusCode(403);
        readOnly.delete(s.path() + "/" + id).then().statusCode(403);
    }

    @Test
    void usageCountsReceivedAndAdjustmentsAsUsedPendingApartAndOutsideOfficeNotAtAll() {
        var s = setup();
        benefit(s, "benefit_type", "annual_max", "monetary_amt", 1500);
        benefit(s, "benefit_type", "deductible", "monetary_amt", 50);
        String date = TODAY.toString();
        record(
                s.org(),
                s.patientPlan(),
                "procedure_code",
                "D2391",
                "date_of_service",
                date,
                "status",
                "received",
                "fee",
                250,
                "insurance_paid",
                200,
                "deductible_applied",
                40);
        record(
                s.org(),
                s.patientPlan(),
                "procedure_code",
                "D2740",
                "date_of_service",
                date,
                "status",
                "pending",
                "fee",
                1000,
                "insurance_paid",
                300,
                "deductible_applied",
                10);
        record(
                s.org(),
                s.patientPlan(),
                "date_of_service",
                date,
                "status",
                "adjustment",
                "insurance_paid",
                100,
                "deductible_applied",
                5);
        record(
                s.org(),
                s.patientPlan(),
                "procedure_code",
                "D1110",
                "date_of_service",
                date,
                "status",
                "outside_office");
        // The fee of the service done elsewhere is kept, and counts toward nothing.
        record(
                s.org(),
                s.patientPlan(),
                "procedure_code",
                "D1110",
                "date_of_service",
                date,
                "status",
                "outside_office",
                "fee",
                85);
        s.org()
                .api()
                .get(s.path() + "?status=outside_office")
                .then()
                .body("items.fee", org.hamcrest.Matchers.hasItem("85.00"));
        summary(s, s.patientPlan())
                .body("benefits_summary.annual_max_total", equalTo("1500.00"))
                .body("benefits_summary.annual_max_used", equalTo("300.00"))
                .body("benefits_summary.annual_max_pending", equalTo("300.00"))
                .body("benefits_summary.annual_max_remaining", equalTo("900.00"))
                .body("benefits_summary.deductible_met", equalTo("45.00"))
                .body("benefits_summary.deductible_pending", equalTo("10.00"))
                .body("benefits_summary.deductible_remaining", equalTo("0.00"))
                .body("benefits_summary.family_annual_max_total", nullValue())
                .body("benefits_summary.family_annual_max_used", equalTo("300.00"))
                .body("benefits_summary.family_annual_max_remaining", nullValue());
        s.org()
                .api()
                .get("/patients/" + s.patient() + "/insurance")
                .then()
                .body("items[0].benefits_summary.annual_max_remaining", equalTo("900.00"));
    }

    @Test
    void aCalendarBenefitYearCountsFromTheFirstOfJanuary() {
        var s = setup();
        benefit(s, "benefit_type", "annual_max", "monetary_amt", 1000);
        LocalDate start = TODAY.withDayOfYear(1);
        record(
                s.org(),
                s.patientPlan(),
                "procedure_code",
                "D2391",
                "date_of_service",
                start.toString(),
                "status",
                "received",
                "insurance_paid",
                100);
        record(
                s.org(),
                s.patientPlan(),
                "procedure_code",
                "D2391",
                "date_of_service",
                start.minusDays(1).toString(),
                "status",
                "received",
                "insurance_paid",
                400);
        summary(s, s.patientPlan())
                .body("benefits_summary.benefit_year_start", equalTo(start.toString()))
                .body(
                        "benefits_summary.benefit_year_end",
                        equalTo(start.plusYears(1).minusDays(1).toString()))
                .body("benefits_summary.annual_max_used", equalTo("100.00"))
                .body("benefits_summary.annual_max_remaining", equalTo("900.00"));
    }

    @Test
    void aServiceYearStartingInJulyCountsFromTheLatestFirstOfJuly() {
        var s = setup("benefit_year_start_month", 7);
        benefit(s, "benefit_type", "annual_max", "monetary_amt", 1000);
        LocalDate july = LocalDate.of(TODAY.getYear(), 7, 1);
        LocalDate start = TODAY.isBefore(july) ? july.minusYears(1) : july;
        record(
                s.org(),
                s.patientPlan(),
                "procedure_code",
                "D2391",
                "date_of_service",
                start.toString(),
                "status",
                "received",
                "insurance_paid",
                150);
        record(
                s.org(),
                s.patientPlan(),
                "procedure_code",
                "D2391",
                "date_of_service",
                start.minusDays(1).toString(),
                "status",
                "received",
                "insurance_paid",
                400);
        record(
                s.org(),
                s.patientPlan(),
                "procedure_code",
                "D2391",
                "date_of_service",
                start.plusYears(1).toString(),
                "status",
                "pending",
                "insurance_paid",
                70);
        summary(s, s.patientPlan())
                .body("benefits_summary.benefit_year_start", equalTo(start.toString()))
                .body(
                        "benefits_summary.benefit_year_end",
                        equalTo(start.plusYears(1).minusDays(1).toString()))
                .body("benefits_summary.annual_max_used", equalTo("150.00"))
                .body("benefits_summary.annual_max_pending", equalTo("0.00"))
                .body("benefits_summary.annual_max_remaining", equalTo("850.00"));
    }

    @Test
    void orthoCountsAgainstTheLifetimeMaximumNotTheAnnualMaximum() {
        var s = setup();
        benefit(s, "benefit_type", "annual_max", "monetary_amt", 1500);
        benefit(s, "benefit_type", "ortho_lifetime_max", "monetary_amt", 2000);
        record(
                s.org(),
                s.patientPlan(),
                "procedure_code",
                "D8080",
                "date_of_service",
                TODAY.toString(),
                "status",
                "received",
                "insurance_paid",
                500);
        record(
                s.org(),
                s.patientPlan(),
                "procedure_code",
                "D8080",
                "date_of_service",
                TODAY.minusYears(3).toString(),
                "status",
                "received",
                "insurance_paid",
                250);
        record(
                s.org(),
                s.patientPlan(),
                "procedure_code",
                "D8080",
                "date_of_service",
                TODAY.toString(),
                "status",
                "pending",
                "insurance_paid",
                100);
        record(
                s.org(),
                s.patientPlan(),
                "procedure_code",
                "D2391",
                "date_of_service",
                TODAY.toString(),
                "status",
                "received",
                "insurance_paid",
                60);
        summary(s, s.patientPlan())
                .body("benefits_summary.annual_max_used", equalTo("60.00"))
                .body("benefits_summary.annual_max_remaining", equalTo("1440.00"))
                .body("benefits_summary.ortho_max_used", equalTo("750.00"))
                .body("benefits_summary.ortho_max_pending", equalTo("100.00"))
                .body("benefits_summary.ortho_max_remaining", equalTo("1150.00"));
    }

    @Test
    void familyFiguresSumEveryPatientOnTheSubscription() {
        var s = setup();
        benefit(s, "benefit_type", "annual_max", "monetary_amt", 1000);
        benefit(s, "benefit_type", "family_annual_max", "monetary_amt", 3000);
        benefit(s, "benefit_type", "deductible", "monetary_amt", 50);
        benefit(s, "benefit_type", "family_deductible", "monetary_amt", 150);
        String leo = patient(s.org(), "Leo", "Rivera");
        String leosPlan = patientPlan(s.org(), leo, s.subscription(), "child");
        String date = TODAY.toString();
        record(
                s.org(),
                s.patientPlan(),
                "procedure_code",
                "D2391",
                "date_of_service",
                date,
                "status",
                "received",
                "insurance_paid",
                400,
                "deductible_applied",
                50);
        record(
                s.org(),
                leosPlan,
                "procedure_code",
                "D2391",
                "date_of_service",
                date,
                "status",
                "received",
                "insurance_paid",
                200,
                "deductible_applied",
                50);
        record(
                s.org(),
                leosPlan,
                "procedure_code",
                "D2740",
                "date_of_service",
                date,
                "status",
                "pending",
                "insurance_paid",
                100);
        // Another subscription of the same plan is another family.
        String max = patient(s.org(), "Max", "Other");
        String maxPlan = patientPlan(s.org(), max, subscription(s.org(), s.plan(), max, "B-1"), "self");
        record(
                s.org(),
                maxPlan,
                "procedure_code",
                "D2391",
                "date_of_service",
                date,
                "status",
                "received",
                "insurance_paid",
                900,
                "deductible_applied",
                50);
        summary(s, s.patientPlan())
                .body("benefits_summary.annual_max_used", equalTo("400.00"))
                .body("benefits_summary.annual_max_remaining", equalTo("600.00"))
                .body("benefits_summary.family_annual_max_used", equalTo("600.00"))
                .body("benefits_summary.family_annual_max_pending", equalTo("100.00"))
                .body("benefits_summary.family_annual_max_remaining", equalTo("2300.00"))
                .body("benefits_summary.deductible_met", equalTo("50.00"))
                .body("benefits_summary.family_deductible_met", equalTo("100.00"))
                .body("benefits_summary.family_deductible_remaining", equalTo("50.00"));
        s.org()
                .api()
                .get("/patients/" + leo + "/insurance/" + leosPlan)
                .then()
                .body("benefits_summary.annual_max_used", equalTo("200.00"))
                .body("benefits_summary.annual_max_pending", equalTo("100.00"))
                .body("benefits_summary.family_annual_max_used", equalTo("600.00"));
    }
}
