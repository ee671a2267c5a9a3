package io.bitewing.opendental;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.bitewing.support.ApiTestSupport;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The integrator's thread ("Creating New InsPlan"), replayed in its order with its payloads: the subscriber's plan,
 * the InsSub, the PatPlan, then the benefits one per request, the deductible at both levels, the annual maximum and
 * "deductible does not apply" with MonetaryAmt 0; then an estimate through the native API for that patient.
 */
class OdForumWorkflowApiTest extends ApiTestSupport {

    static RequestSpecification od(Org org) {
        return given().port(org.port())
                .header("Authorization", "ODFHIR forum-developer/" + org.token())
                .contentType("application/json")
                .basePath("/opendental/api/v1");
    }

    static long odNum(Org org, String nativePath) {
        return ((Number) org.practice()
                        .get(nativePath)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("od_num"))
                .longValue();
    }

    static long categoryNum(Org org, String name) {
        List<Map<String, Object>> items = org.api()
                .get("/coverage-categories?page_size=50")
                .then()
                .extract()
                .path("items");
        return items.stream()
                .filter(c -> name.equals(c.get("category_name")))
                .map(c -> ((Number) c.get("od_num")).longValue())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theThreadsRequestsSetUpAPatientWhoseEstimateFollowsTheBenefitsSent() {
        var org = newOrg();
        for (String code : List.of("D0120", "D1110", "D2391")) {
            org.practice()
                    .body(Map.of("code", code, "description", code))
                    .post("/procedure-codes")
                    .then()
                    .statusCode(201);
        }
        org.practice()
                .body(Map.of("name", "Main Street"))
                .post("/locations")
                .then()
                .statusCode(201);
        String patient = org.practice()
                .body(Map.of("first_name", "Will", "last_name", "Hink", "birthdate", "1985-02-01"))
                .post("/patients")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        long patNum = odNum(org, "/patients/" + patient);
        String carrier = org.api()
                .body(Map.of("carrier_name", "Forum Mutual"))
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        long carrierNum = odNum(org, "/insurance/carriers/" + carrier);

        int planNum = od(org).body(Map.of(
                        "CarrierNum",
                        carrierNum,
                        "GroupName",
                        "Forum Group",
                        "GroupNum",
                        "FG-1",
                        "PlanType",
                        "",
                        "MonthRenew",
                        0))
                .post("/insplans")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("CarrierNum", equalTo((int) carrierNum))
                .body("PlanType", equalTo(""))
                .body("MonthRenew", equalTo(0))
                .extract()
                .path("PlanNum");
        int insSubNum = od(org).body(Map.of("PlanNum", planNum, "Subscriber", patNum, "SubscriberID", "W-100"))
                .post("/inssubs")
                .then()
                .statusCode(201)
                .body("Subscriber", equalTo((int) patNum))
                .body("DateTerm", equalTo("0001-01-01"))
                .extract()
                .path("InsSubNum");
        int patPlanNum = od(org).body(
                        Map.of("PatNum", patNum, "Ordinal", 1, "Relationship", "Self", "InsSubNum", insSubNum))
                .post("/patplans")
                .then()
                .statusCode(201)
                .body("Ordinal", equalTo(1))
                .body("Relationship", equalTo("Self"))
                .extract()
                .path("PatPlanNum");

        long preventive = categoryNum(org, "Preventive");
        long restorative = categoryNum(org, "Restorative");
        for (Map<String, Object> benefit : List.of(
                Map.<String, Object>of(
                        "PlanNum",
                        planNum,
                        "BenefitType",
                        "Deductible",
                        "CoverageLevel",
                        "Individual",
                        "TimePeriod",
                        "CalendarYear",
                        "MonetaryAmt",
                        50.0),
                Map.<String, Object>of(
                        "PlanNum",
                        planNum,
                        "BenefitType",
                        "Deductible",
                        "CoverageLevel",
                        "Family",
                        "TimePeriod",
                        "CalendarYear",
                        "MonetaryAmt",
                        150.0),
                Map.<String, Object>of(
                        "PlanNum",
                        planNum,
                        "BenefitType",
                        "Limitations",
                        "CoverageLevel",
                        "Individual",
                        "TimePeriod",
                        "CalendarYear",
                        "MonetaryAmt",
                        1500.0),
                Map.<String, Object>of(
                        "PlanNum",
                        planNum,
                        "BenefitType",
                        "Deductible",
                        "CoverageLevel",
                        "Individual",
                        "CovCatNum",
                        preventive,
                        "MonetaryAmt",
                        0),
                Map.<String, Object>of(
                        "PlanNum",
                        planNum,
                        "BenefitType",
                        "CoInsurance",
                        "CoverageLevel",
                        "None",
                        "CovCatNum",
                        preventive,
                        "Percent",
                        100),
                Map.<String, Object>of(
                        "PlanNum",
                        planNum,
                        "BenefitType",
                        "CoInsurance",
                        "CoverageLevel",
                        "None",
                        "CovCatNum",
                        restorative,
                        "Percent",
                        80),
                Map.<String, Object>of(
                        "PlanNum",
                        planNum,
                        "BenefitType",
                        "Limitations",
                        "CoverageLevel",
                        "None",
                        "TimePeriod",
                        "CalendarYear",
                        "QuantityQualifier",
                        "NumberOfServices",
                        "Quantity",
                        1,
                        "procCode",
                        "D0120",
                        "CovCatNum",
                        0))) {
            od(org).body(benefit).post("/benefits").then().statusCode(201);
        }
        od(org).body(Map.of(
                        "PlanNum",
                        planNum,
                        "BenefitType",
                        "Limitations",
                        "CoverageLevel",
                        "None",
                        "TimePeriod",
                        "CalendarYear",
                        "QuantityQualifier",
                        "NumberOfServices",
                        "Quantity",
                        1,
                        "procCode",
                        "T0120",
                        "CovCatNum",
                        0))
                .post("/benefits")
                .then()
                .statusCode(400)
                .body(equalTo("\"procCode is invalid.\""));

        // The same rows read back as they were written, and as their natural types through the native API.
        od(org).get("/benefits?PlanNum=" + planNum)
                .then()
                .statusCode(200)
                .body(
                        "BenefitType",
                        equalTo(List.of(
                                "Deductible",
                                "Deductible",
                                "Limitations",
                                "Deductible",
                                "CoInsurance",
                                "CoInsurance",
                                "Limitations")))
                .body(
                        "CoverageLevel",
                        equalTo(List.of("Individual", "Family", "Individual", "Individual", "None", "None", "None")))
                .body("MonetaryAmt[2]", equalTo(1500.0f))
                .body("procCode[6]", equalTo("D0120"));
        String plan = org.api().get("/plans?search=FG-1").then().extract().path("items[0].id");
        org.api()
                .get("/plans/" + plan + "/benefits?page_size=50")
                .then()
                .body("items.benefit_type", hasItems("deductible", "family_deductible", "annual_max", "limitation"));

        // D1110 is preventive (100%, no deductible); D2391 restorative: (200 - 50 deductible) x 80% = 120.
        org.api()
                .body(Map.of(
                        "patient_uuid",
                        patient,
                        "procedures",
                        List.of(
                                Map.of("ref", "a", "procedure_code", "D1110", "fee", 100),
                                Map.of("ref", "b", "procedure_code", "D2391", "fee", 200))))
                .post("/estimates")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("procedures[0].lines[0].insurance_estimate", equalTo("100.00"))
                .body("procedures[1].lines[0].insurance_estimate", equalTo("120.00"))
                .body("procedures[1].lines[0].deductible_applied", equalTo("50.00"));

        // The developer key is kept with the changes it made.
        assertThat(patPlanNum).isPositive();
    }
}
