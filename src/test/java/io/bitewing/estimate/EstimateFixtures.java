package io.bitewing.estimate;

import static io.bitewing.support.CoverageFixtures.body;
import static io.bitewing.support.CoverageFixtures.category;

import io.bitewing.support.ApiTestSupport.Org;
import io.bitewing.support.CoverageFixtures;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation with one location, a UCR and a PPO schedule, and Ana Rivera (born 1985) on a plan paying
 * Diagnostic and Preventive 100 %, Restorative 80 %, Crowns 50 %, with a $50 deductible and a $1,500 annual maximum.
 *
 * <pre>
 *          UCR    PPO
 * D0120     60     40
 * D2391    200    150
 * D2740   1200    950
 * </pre>
 */
record EstimateFixtures(
        Org org,
        String location,
        String patient,
        String plan,
        String subscription,
        String patientPlan,
        Map<String, String> codes,
        String ucr,
        String ppo) {

    static final String AS_OF = "2026-03-01";

    static EstimateFixtures setup(Org org, String planType, Object... planFields) {
        var codes = new HashMap<String, String>();
        for (String code : List.of("D0120", "D1110", "D2391", "D2740")) {
            codes.put(code, code(org, code));
        }
        String location = org.practice()
                .body(Map.of("name", "Main Street"))
                .post("/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String plan = plan(org, "Northwind", planType, "Acme", planFields);
        benefit(
                org,
                plan,
                "benefit_type",
                "coinsurance",
                "coverage_category_uuid",
                category(org, "Diagnostic"),
                "percent",
                100);
        benefit(
                org,
                plan,
                "benefit_type",
                "coinsurance",
                "coverage_category_uuid",
                category(org, "Preventive"),
                "percent",
                100);
        benefit(
                org,
                plan,
                "benefit_type",
                "coinsurance",
                "coverage_category_uuid",
                category(org, "Restorative"),
                "percent",
                80);
        benefit(
                org,
                plan,
                "benefit_type",
                "coinsurance",
                "coverage_category_uuid",
                category(org, "Crowns"),
                "percent",
                50);
        benefit(org, plan, "benefit_type", "deductible", "monetary_amt", 50);
        benefit(org, plan, "benefit_type", "annual_max", "monetary_amt", 1500);

        String ucr = schedule(org, "Office UCR", "normal", "office");
        String ppo = schedule(org, "Acme PPO", "normal", "insurance");
        fee(org, ucr, codes.get("D0120"), 60);
        fee(org, ucr, codes.get("D2391"), 200);
        fee(org, ucr, codes.get("D2740"), 1200);
        fee(org, ppo, codes.get("D0120"), 40);
        fee(org, ppo, codes.get("D2391"), 150);
        fee(org, ppo, codes.get("D2740"), 950);
        assign(
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
        assign(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        ppo,
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "primary",
                        "insurance_plan_uuid",
                        plan,
                        "effective_start",
                        "2024-01-01"));

        String ana = CoverageFixtures.patient(org, "Ana", "Rivera");
        String sub = CoverageFixtures.subscription(org, plan, ana, "A-1");
        return new EstimateFixtures(
                org, location, ana, plan, sub, CoverageFixtures.patientPlan(org, ana, sub, "self"), codes, ucr, ppo);
    }

    static String code(Org org, String code) {
        return org.practice()
                .body(Map.of("code", code, "description", "Code " + code))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String plan(Org org, String carrierName, String planType, String group, Object... fields) {
        String carrier = org.api()
                .body(Map.of("carrier_name", carrierName))
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        var planBody = body("carrier_uuid", carrier, "plan_type", planType, "group_name", group);
        for (int i = 0; i < fields.length; i += 2) {
            planBody.put((String) fields[i], fields[i + 1]);
        }
        return org.api()
                .body(planBody)
                .post("/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static void benefit(Org org, String plan, Object... fields) {
        org.api().body(body(fields)).post("/plans/" + plan + "/benefits").then().statusCode(201);
    }

    static String schedule(Org org, String name, String type, String purpose) {
        return org.api()
                .body(Map.of("fee_sched_type", type, "name", name, "purpose", purpose))
                .post("/fee-schedules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static void fee(Org org, String schedule, String code, Object amount) {
        org.api()
                .body(Map.of("procedure_code_uuid", code, "amount", amount))
                .post("/fee-schedules/" + schedule + "/fees")
                .then()
                .statusCode(201);
    }

    static void assign(Org org, Map<String, Object> fields) {
        org.api().body(fields).post("/fee-schedule-assignments").then().statusCode(201);
    }

    /** Assigns a schedule to one plan in a slot of {@code kind} at the location. */
    void assign(String plan, String schedule, String kind) {
        assign(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        schedule,
                        "location_uuid",
                        location,
                        "assignment_kind",
                        kind,
                        "insurance_plan_uuid",
                        plan,
                        "effective_start",
                        "2024-01-01"));
    }

    void history(String patientPlan, Object... fields) {
        org.api()
                .body(body(fields))
                .post("/patient-plans/" + patientPlan + "/history")
                .then()
                .statusCode(201);
    }

    static Map<String, Object> procedure(String ref, String code, String tooth) {
        return body("ref", ref, "procedure_code", code, "tooth", tooth);
    }

    ValidatableResponse estimate(List<Map<String, Object>> procedures) {
        return estimateFor(patient, procedures);
    }

    ValidatableResponse estimateFor(String patientId, List<Map<String, Object>> procedures, Object... fields) {
        var request = body("patient_uuid", patientId, "as_of_date", AS_OF, "procedures", procedures);
        for (int i = 0; i < fields.length; i += 2) {
            request.put((String) fields[i], fields[i + 1]);
        }
        return org.api().body(request).post("/estimates").then();
    }
}
