package io.bitewing.opendental;

import static io.bitewing.opendental.OdForumWorkflowApiTest.categoryNum;
import static io.bitewing.opendental.OdForumWorkflowApiTest.od;
import static io.bitewing.opendental.OdForumWorkflowApiTest.odNum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One model, two dialects: the same rows under both names, the same estimate whichever dialect wrote them. */
class OdOneModelApiTest extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    /** A patient covered by a category-percentage plan of its own, with a location so estimates can run. */
    record Covered(Org org, String patient, String plan, long planNum, long patPlanNum) {}

    Covered covered() {
        var org = newOrg();
        org.practice()
                .body(Map.of("name", "Main Street"))
                .post("/locations")
                .then()
                .statusCode(201);
        for (String code : List.of("D1110", "D2391")) {
            org.practice().body(Map.of("code", code, "description", code)).post("/procedure-codes");
        }
        String patient = CoverageFixtures.patient(org, "Ana", "Model");
        String carrier = CoverageFixtures.carrier(org, "Model Mutual");
        String plan = org.api()
                .body(Map.of("carrier_uuid", carrier, "plan_type", "category_percentage", "group_number", "M-1"))
                .post("/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String subscription = CoverageFixtures.subscription(org, plan, patient, "M-100");
        String patientPlan = CoverageFixtures.patientPlan(org, patient, subscription, "self");
        return new Covered(
                org,
                patient,
                plan,
                odNum(org, "/insurance/plans/" + plan),
                odNum(org, "/insurance/patients/" + patient + "/insurance/" + patientPlan));
    }

    private static String estimate(Covered c) {
        return c.org()
                .api()
                .body(Map.of(
                        "patient_uuid",
                        c.patient(),
                        "procedures",
                        List.of(
                                Map.of("ref", "a", "procedure_code", "D1110", "fee", 120),
                                Map.of("ref", "b", "procedure_code", "D2391", "fee", 300))))
                .post("/estimates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("procedures.collect { it.lines[0].insurance_estimate + '/' + it.patient_portion }")
                .toString();
    }

    @Test
    void benefitsWrittenThroughEitherDialectEstimateAlike() {
        var natively = covered();
        for (Map<String, Object> benefit : List.of(
                Map.<String, Object>of("benefit_type", "deductible", "monetary_amt", 50),
                Map.<String, Object>of("benefit_type", "annual_max", "monetary_amt", 200),
                Map.<String, Object>of(
                        "benefit_type",
                        "coinsurance",
                        "coverage_category_uuid",
                        CoverageFixtures.category(natively.org(), "Restorative"),
                        "percent",
                        80),
                Map.<String, Object>of(
                        "benefit_type",
                        "coinsurance",
                        "coverage_category_uuid",
                        CoverageFixtures.category(natively.org(), "Preventive"),
                        "percent",
                        100))) {
            natively.org()
                    .api()
                    .body(benefit)
                    .post("/plans/" + natively.plan() + "/benefits")
                    .then()
                    .statusCode(201);
        }
        var dialect = covered();
        var org = dialect.org();
        for (Map<String, Object> benefit : List.of(
                Map.<String, Object>of("BenefitType", "Deductible", "CoverageLevel", "Individual", "MonetaryAmt", 50.0),
                Map.<String, Object>of("BenefitType", "Limitations", "CoverageLevel", "Individual", "MonetaryAmt", 200),
                Map.<String, Object>of(
                        "BenefitType",
                        "CoInsurance",
                        "CoverageLevel",
                        "None",
                        "CovCatNum",
                        categoryNum(org, "Restorative"),
                        "Percent",
                        80),
                Map.<String, Object>of(
                        "BenefitType",
                        "CoInsurance",
                        "CoverageLevel",
                        "None",
                        "CovCatNum",
                        categoryNum(org, "Preventive"),
                        "Percent",
                        100))) {
            var body = new java.util.HashMap<>(benefit);
            body.put("PlanNum", dialect.planNum());
            od(org).body(body).post("/benefits").then().statusCode(201);
        }
        // Preventive pays 100 of 120 less the $50 deductible; restorative 80% of 300, capped by what is left of 200.
        assertThat(estimate(dialect)).isEqualTo(estimate(natively)).isEqualTo("[70.00/50.00, 130.00/170.00]");
        // And each reads as its natural type through the other dialect.
        od(natively.org())
                .get("/benefits?PlanNum=" + natively.planNum())
                .then()
                .body("BenefitType", equalTo(List.of("Deductible", "Limitations", "CoInsurance", "CoInsurance")))
                .body("MonetaryAmt[1]", equalTo(200.0f));
    }

    @Test
    void patientOverridesShareTheNumberSpaceAndListWithThePlansBenefits() {
        var c = covered();
        int planBenefit = od(c.org())
                .body(Map.of(
                        "PlanNum",
                        c.planNum(),
                        "BenefitType",
                        "Limitations",
                        "CoverageLevel",
                        "Individual",
                        "MonetaryAmt",
                        1500))
                .post("/benefits")
                .then()
                .statusCode(201)
                .extract()
                .path("BenefitNum");
        int override = od(c.org())
                .body(Map.of(
                        "PatPlanNum",
                        c.patPlanNum(),
                        "BenefitType",
                        "Limitations",
                        "CoverageLevel",
                        "Individual",
                        "MonetaryAmt",
                        1000))
                .post("/benefits")
                .then()
                .statusCode(201)
                .body("PlanNum", equalTo(0))
                .body("PatPlanNum", equalTo((int) c.patPlanNum()))
                .extract()
                .path("BenefitNum");
        assertThat(override).isNotEqualTo(planBenefit);
        od(c.org()).get("/benefits?PatPlanNum=" + c.patPlanNum()).then().body("BenefitNum", equalTo(List.of(override)));
        od(c.org())
                .get("/benefits?PlanNum=" + c.planNum() + "&PatPlanNum=" + c.patPlanNum())
                .then()
                .body("BenefitNum", equalTo(List.of(planBenefit, override)));
        od(c.org()).get("/benefits/" + override).then().body("MonetaryAmt", equalTo(1000.0f));
        od(c.org())
                .get("/benefits?Limit=1&Offset=1")
                .then()
                .body("$", hasSize(1))
                .body("[0].BenefitNum", equalTo(override));
        // The native override reads the same row.
        c.org()
                .api()
                .get("/patient-plans/"
                        + c.org()
                                .api()
                                .get("/patients/" + c.patient() + "/insurance")
                                .then()
                                .extract()
                                .path("items[0].id")
                        + "/benefits")
                .then()
                .body("items[0].od_num", equalTo(override))
                .body("items[0].benefit_type", equalTo("annual_max"));
    }

    @Test
    void theDeveloperKeyIsKeptWithEachChangeItMade() {
        var c = covered();
        int num = od(c.org())
                .body(Map.of(
                        "PlanNum",
                        c.planNum(),
                        "BenefitType",
                        "Deductible",
                        "CoverageLevel",
                        "Individual",
                        "MonetaryAmt",
                        25))
                .post("/benefits")
                .then()
                .statusCode(201)
                .extract()
                .path("BenefitNum");
        List<String> keys = jdbc.sql("""
                        select a.developer_key from audit_log a join benefit b
                          on b.org_id = a.org_id and b.id = a.entity_id
                         where a.org_id = :org and b.od_num = :num
                        """)
                .param("org", c.org().id())
                .param("num", (long) num)
                .query(String.class)
                .list();
        assertThat(keys).containsExactly("forum-developer");
        // A bearer token works too, and records no developer key.
        io.restassured.RestAssured.given()
                .port(c.org().port())
                .auth()
                .oauth2(c.org().token())
                .get("/opendental/api/v1/benefits/" + num)
                .then()
                .statusCode(200);
        io.restassured.RestAssured.given()
                .port(c.org().port())
                .header("Authorization", "ODFHIR only-a-developer-key")
                .get("/opendental/api/v1/benefits/" + num)
                .then()
                .statusCode(401);
    }
}
