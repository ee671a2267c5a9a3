package io.bitewing.opendental;

import static io.bitewing.opendental.OdForumWorkflowApiTest.categoryNum;
import static io.bitewing.opendental.OdForumWorkflowApiTest.od;
import static io.bitewing.opendental.OdForumWorkflowApiTest.odNum;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import io.bitewing.support.ApiTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every example request of Open Dental's Benefits API document, in its order, against plans and groups of our own,
 * with the answers the document gives: the fields, their order of sentinels (-1, 0, "", "None") and status codes.
 */
class OdBenefitsDocumentApiTest extends ApiTestSupport {

    record Setup(Org org, int planNum, int renewingPlanNum, long groupNum, long otherGroupNum) {}

    Setup setup() {
        var org = newOrg();
        String carrier = org.api()
                .body(Map.of("carrier_name", "Doc Carrier"))
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        long carrierNum = odNum(org, "/insurance/carriers/" + carrier);
        int planNum = od(org).body(Map.of("CarrierNum", carrierNum, "GroupNum", "DOC-1"))
                .post("/insplans")
                .then()
                .statusCode(200)
                .extract()
                .path("PlanNum");
        int renewing = od(org).body(Map.of("CarrierNum", carrierNum, "GroupNum", "DOC-2", "MonthRenew", 7))
                .post("/insplans")
                .then()
                .statusCode(200)
                .extract()
                .path("PlanNum");
        long group = group(org, "Doc BW", "D0274");
        long other = group(org, "Doc Exams", "D0120");
        return new Setup(org, planNum, renewing, group, other);
    }

    private static long group(Org org, String name, String code) {
        org.practice()
                .body(Map.of("code", code, "description", code))
                .post("/procedure-codes")
                .then();
        String id = org.api()
                .body(Map.of("name", name, "codes", List.of(code)))
                .post("/code-groups")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return odNum(org, "/insurance/code-groups/" + id);
    }

    static Map<String, Object> body(Object... pairs) {
        var map = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void theFrequencyAndAgeLimitExamplesCreateWithTheDocumentsAnswers() {
        var s = setup();
        var org = s.org();
        od(org).body(body(
                        "PlanNum",
                        s.planNum(),
                        "CoverageLevel",
                        "None",
                        "BenefitType",
                        "Limitations",
                        "TimePeriod",
                        "None",
                        "QuantityQualifier",
                        "Years",
                        "Quantity",
                        2,
                        "CodeGroupNum",
                        s.groupNum(),
                        "TreatArea",
                        "Quad"))
                .post("/benefits")
                .then()
                .statusCode(201)
                .body("PlanNum", equalTo(s.planNum()))
                .body("PatPlanNum", equalTo(0))
                .body("CovCatNum", equalTo(0))
                .body("BenefitType", equalTo("Limitations"))
                .body("Percent", equalTo(-1))
                .body("MonetaryAmt", equalTo(-1.0f))
                .body("TimePeriod", equalTo("None"))
                .body("QuantityQualifier", equalTo("Years"))
                .body("Quantity", equalTo(2))
                .body("CodeNum", equalTo(0))
                .body("procCode", equalTo(""))
                .body("CoverageLevel", equalTo("None"))
                .body("SecDateTEntry", matchesPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"))
                .body("CodeGroupNum", equalTo((int) s.groupNum()))
                .body("TreatArea", equalTo("Quad"));
        od(org).body(body(
                        "PlanNum",
                        s.planNum(),
                        "CoverageLevel",
                        "None",
                        "BenefitType",
                        "Limitations",
                        "TimePeriod",
                        "None",
                        "QuantityQualifier",
                        "Months",
                        "Quantity",
                        9,
                        "CodeGroupNum",
                        s.otherGroupNum(),
                        "TreatArea",
                        "None"))
                .post("/benefits")
                .then()
                .statusCode(201)
                .body("TreatArea", equalTo("None"));
        // "# per benefit year": CalendarYear when MonthRenew is 0; left out, a renewing plan's is ServiceYear.
        od(org).body(body(
                        "PlanNum",
                        s.renewingPlanNum(),
                        "CoverageLevel",
                        "None",
                        "BenefitType",
                        "Limitations",
                        "QuantityQualifier",
                        "NumberOfServices",
                        "Quantity",
                        4,
                        "CodeGroupNum",
                        s.groupNum(),
                        "TreatArea",
                        "None"))
                .post("/benefits")
                .then()
                .statusCode(201)
                .body("TimePeriod", equalTo("ServiceYear"));
        od(org).body(body(
                        "PlanNum",
                        s.renewingPlanNum(),
                        "CoverageLevel",
                        "None",
                        "BenefitType",
                        "Limitations",
                        "TimePeriod",
                        "NumberInLast12Months",
                        "QuantityQualifier",
                        "NumberOfServices",
                        "Quantity",
                        2,
                        "CodeGroupNum",
                        s.otherGroupNum(),
                        "TreatArea",
                        "None"))
                .post("/benefits")
                .then()
                .statusCode(201)
                .body("TimePeriod", equalTo("NumberInLast12Months"));
        // The age limit on a group that already has a frequency: a different rule, so both stand.
        int ageLimit = od(org).body(body(
                        "PlanNum",
                        s.planNum(),
                        "CoverageLevel",
                        "None",
                        "BenefitType",
                        "Limitations",
                        "TimePeriod",
                        "None",
                        "QuantityQualifier",
                        "AgeLimit",
                        "Quantity",
                        18,
                        "CodeGroupNum",
                        s.groupNum()))
                .post("/benefits")
                .then()
                .statusCode(201)
                .body("QuantityQualifier", equalTo("AgeLimit"))
                .extract()
                .path("BenefitNum");
        // PUT {"Quantity": 18} on it changes only Quantity; the group of an age limit may not move.
        od(org).body(Map.of("Quantity", 19))
                .put("/benefits/" + ageLimit)
                .then()
                .statusCode(200)
                .body("Quantity", equalTo(19))
                .body("CodeGroupNum", equalTo((int) s.groupNum()));
        od(org).body(Map.of("CodeGroupNum", s.otherGroupNum()))
                .put("/benefits/" + ageLimit)
                .then()
                .statusCode(400)
                .body(containsString("CodeGroupNum cannot be changed"));
        od(org).get("/benefits?PlanNum=" + s.planNum()).then().statusCode(200).body("$", hasSize(3));
        od(org).get("/benefits").then().statusCode(200).body("$", hasSize(5));
    }

    @Test
    void theUpdateExamplesChangeOnlyWhatTheyNameAndCodeNumWinsOverProcCode() {
        var s = setup();
        var org = s.org();
        long diagnostic = categoryNum(org, "Diagnostic");
        org.practice()
                .body(Map.of("code", "D1110", "description", "prophy"))
                .post("/procedure-codes")
                .then();
        String d0999 = org.practice()
                .body(Map.of("code", "D0999", "description", "unspecified"))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        long d0999Num = odNum(org, "/procedure-codes/" + d0999);
        int coinsurance = od(org).body(body(
                        "PlanNum",
                        s.planNum(),
                        "CoverageLevel",
                        "None",
                        "BenefitType",
                        "CoInsurance",
                        "CovCatNum",
                        diagnostic,
                        "Percent",
                        30,
                        "QuantityQualifier",
                        "Visits",
                        "Quantity",
                        2))
                .post("/benefits")
                .then()
                .statusCode(201)
                .extract()
                .path("BenefitNum");
        od(org).body(Map.of("Percent", 70, "QuantityQualifier", "Visits", "Quantity", 2))
                .put("/benefits/" + coinsurance)
                .then()
                .statusCode(200)
                .body("Percent", equalTo(70))
                .body("CovCatNum", equalTo((int) diagnostic))
                .body("QuantityQualifier", equalTo("Visits"));

        int other = od(org).body(body(
                        "PlanNum",
                        s.planNum(),
                        "CoverageLevel",
                        "None",
                        "BenefitType",
                        "Exclusions",
                        "CovCatNum",
                        categoryNum(org, "Accident")))
                .post("/benefits")
                .then()
                .statusCode(201)
                .extract()
                .path("BenefitNum");
        var second = new HashMap<String, Object>(body(
                "CovCatNum",
                0,
                "BenefitType",
                "ActiveCoverage",
                "Percent",
                -1,
                "MonetaryAmt",
                499.99,
                "TimePeriod",
                "ServiceYear",
                "QuantityQualifier",
                "AgeLimit",
                "Quantity",
                13,
                "CodeNum",
                d0999Num,
                "procCode",
                "D1110",
                "CoverageLevel",
                "Individual"));
        od(org).body(second)
                .put("/benefits/" + other)
                .then()
                .statusCode(200)
                .body("BenefitType", equalTo("ActiveCoverage"))
                .body("MonetaryAmt", equalTo(499.99f))
                .body("CodeNum", equalTo((int) d0999Num))
                .body("procCode", equalTo("D0999"))
                .body("CoverageLevel", equalTo("Individual"));
        // Natively it is an active coverage benefit, and says the estimator does not use it.
        String plan = org.api().get("/plans?search=DOC-1").then().extract().path("items[0].id");
        org.api()
                .get("/plans/" + plan + "/benefits?benefit_type=active_coverage")
                .then()
                .body("items[0].procedure_code.code", equalTo("D0999"))
                .body("items[0].not_applied", containsString("changes no amount"));
    }

    @Test
    void deleteAnswers200AndTheBenefitIsGone() {
        var s = setup();
        var org = s.org();
        int num = od(org).body(body(
                        "PlanNum",
                        s.planNum(),
                        "BenefitType",
                        "Deductible",
                        "CoverageLevel",
                        "Individual",
                        "MonetaryAmt",
                        50.0))
                .post("/benefits")
                .then()
                .statusCode(201)
                .extract()
                .path("BenefitNum");
        od(org).get("/benefits/" + num).then().statusCode(200).body("BenefitNum", equalTo(num));
        od(org).delete("/benefits/" + num).then().statusCode(200);
        od(org).get("/benefits/" + num).then().statusCode(404).body(equalTo("\"Benefit not found.\""));
        od(org).delete("/benefits/" + num).then().statusCode(404);
        od(org).body(Map.of("Quantity", 1)).put("/benefits/" + num).then().statusCode(404);
    }

    @Test
    void eachRuleOfTheDocumentIsA400NamingTheField() {
        var s = setup();
        var org = s.org();
        long diagnostic = categoryNum(org, "Diagnostic");
        List<Map<String, Object>> broken = List.of(
                body("BenefitType", "Deductible", "CoverageLevel", "Individual"),
                body("PlanNum", s.planNum(), "CoverageLevel", "Individual"),
                body("PlanNum", s.planNum(), "BenefitType", "Deductible"),
                body("PlanNum", s.planNum(), "BenefitType", "Copay", "CoverageLevel", "None"),
                body("PlanNum", s.planNum(), "BenefitType", "Deductible", "CoverageLevel", "Everyone"),
                body("PlanNum", s.planNum(), "BenefitType", "Deductible", "CoverageLevel", "None", "Percent", 50),
                body("PlanNum", s.planNum(), "BenefitType", "CoInsurance", "CoverageLevel", "None", "Percent", 101),
                body(
                        "PlanNum",
                        s.planNum(),
                        "BenefitType",
                        "WaitingPeriod",
                        "CoverageLevel",
                        "None",
                        "CovCatNum",
                        diagnostic,
                        "QuantityQualifier",
                        "Visits",
                        "Quantity",
                        3),
                body(
                        "PlanNum",
                        s.planNum(),
                        "BenefitType",
                        "Limitations",
                        "CoverageLevel",
                        "None",
                        "QuantityQualifier",
                        "AgeLimit",
                        "Quantity",
                        0,
                        "CodeGroupNum",
                        s.groupNum()),
                body(
                        "PlanNum",
                        s.planNum(),
                        "BenefitType",
                        "Limitations",
                        "CoverageLevel",
                        "None",
                        "QuantityQualifier",
                        "NumberOfServices",
                        "Quantity",
                        101,
                        "CodeGroupNum",
                        s.groupNum()),
                body(
                        "PlanNum",
                        s.planNum(),
                        "BenefitType",
                        "CoInsurance",
                        "CoverageLevel",
                        "None",
                        "Percent",
                        50,
                        "CovCatNum",
                        diagnostic,
                        "procCode",
                        "D0120"),
                body(
                        "PlanNum",
                        s.planNum(),
                        "BenefitType",
                        "CoInsurance",
                        "CoverageLevel",
                        "None",
                        "Percent",
                        50,
                        "CovCatNum",
                        999999),
                body(
                        "PlanNum",
                        s.planNum(),
                        "BenefitType",
                        "Deductible",
                        "CoverageLevel",
                        "None",
                        "MonetaryAmt",
                        10,
                        "TreatArea",
                        "Quad"),
                body(
                        "PlanNum",
                        s.planNum(),
                        "BenefitType",
                        "Deductible",
                        "CoverageLevel",
                        "None",
                        "MonetaryAmt",
                        10,
                        "TimePeriod",
                        "Monthly"),
                body(
                        "PlanNum",
                        s.planNum(),
                        "BenefitType",
                        "Deductible",
                        "CoverageLevel",
                        "None",
                        "MonetaryAmt",
                        10,
                        "Colour",
                        "blue"));
        List<String> fields = List.of(
                "PlanNum",
                "BenefitType",
                "CoverageLevel",
                "BenefitType",
                "CoverageLevel",
                "Percent",
                "Percent",
                "QuantityQualifier",
                "Quantity",
                "Quantity",
                "CodeNum",
                "CovCatNum",
                "TreatArea",
                "TimePeriod",
                "Colour");
        for (int i = 0; i < broken.size(); i++) {
            od(org).body(broken.get(i)).post("/benefits").then().statusCode(400).body(containsString(fields.get(i)));
        }
        od(org).body(body(
                        "PlanNum", 987654321, "BenefitType", "Deductible", "CoverageLevel", "None", "MonetaryAmt", 10))
                .post("/benefits")
                .then()
                .statusCode(404)
                .body(equalTo("\"InsPlan not found.\""));
        od(org).body("not json").post("/benefits").then().statusCode(400);
        od(org).body("[1, 2]").post("/benefits").then().statusCode(400);
        // The duplicate the 25.3.7 validation refuses: a second coinsurance for the same category.
        od(org).body(body(
                        "PlanNum",
                        s.planNum(),
                        "BenefitType",
                        "CoInsurance",
                        "CoverageLevel",
                        "None",
                        "Percent",
                        50,
                        "CovCatNum",
                        diagnostic))
                .post("/benefits")
                .then()
                .statusCode(201);
        od(org).body(body(
                        "PlanNum",
                        s.planNum(),
                        "BenefitType",
                        "CoInsurance",
                        "CoverageLevel",
                        "None",
                        "Percent",
                        60,
                        "CovCatNum",
                        diagnostic,
                        "TimePeriod",
                        "Lifetime"))
                .post("/benefits")
                .then()
                .statusCode(400);
    }
}
