package io.bitewing.imports;

import static io.bitewing.imports.CarrierImportApiTest.CSV;
import static io.bitewing.imports.CarrierImportApiTest.carrier;
import static io.bitewing.support.CoverageFixtures.category;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.bitewing.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Plans with their benefits imported by carrier and group number, idempotent, all or nothing. */
class PlanImportApiTest extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aJsonImportCreatesPlansWithBenefitsAndTheSameBodyAgainChangesNothing() {
        var org = newOrg();
        String carrierId = carrier(org, Map.of("carrier_name", "Delta Dental", "electronic_id", "CDOR1"));
        String preventive = category(org, "Preventive");
        var body = Map.of(
                "plans",
                List.of(
                        Map.of(
                                "carrier_name",
                                "delta dental",
                                "group_number",
                                "G-100",
                                "group_name",
                                "Acme Corp",
                                "plan_type",
                                "ppo_percentage",
                                "benefits",
                                List.of(
                                        Map.of("benefit_type", "annual_max", "monetary_amt", 1500),
                                        Map.of("benefit_type", "deductible", "monetary_amt", 50),
                                        Map.of(
                                                "benefit_type",
                                                "coinsurance",
                                                "coverage_category_uuid",
                                                preventive,
                                                "percent",
                                                100))),
                        Map.of(
                                "carrier_electronic_id",
                                "CDOR1",
                                "group_number",
                                "G-200",
                                "plan_type",
                                "category_percentage")));
        String plan = org.api()
                .body(body)
                .post("/plans/import")
                .then()
                .statusCode(200)
                .body("totals.created", equalTo(2))
                .body("rows.benefits", equalTo(List.of("replaced", "not_given")))
                .body("rows[0].carrier_uuid", equalTo(carrierId))
                .extract()
                .path("rows[0].plan_uuid");
        org.api()
                .get("/plans/" + plan + "/benefits")
                .then()
                .body("total", equalTo(3))
                .body("benefit_set_version", equalTo(2));
        long audits = audits(org.id());

        org.api()
                .body(body)
                .post("/plans/import")
                .then()
                .statusCode(200)
                .body("totals.unchanged", equalTo(2))
                .body("rows.benefits", equalTo(List.of("unchanged", "not_given")));
        assertThat(audits(org.id())).as("audit rows after the second import").isEqualTo(audits);
        org.api().get("/plans/" + plan).then().body("version", equalTo(1));
        org.api().get("/plans/" + plan + "/benefits").then().body("benefit_set_version", equalTo(2));
    }

    @Test
    void changedFieldsPatchThePlanAndChangedBenefitsReplaceItsSet() {
        var org = newOrg();
        carrier(org, Map.of("carrier_name", "Delta Dental"));
        String plan = importOne(org, "Acme", List.of(Map.of("benefit_type", "annual_max", "monetary_amt", 1500)))
                .path("rows[0].plan_uuid");
        var again = importOne(org, "Acme Corp", List.of(Map.of("benefit_type", "annual_max", "monetary_amt", 2000)));
        assertThat((String) again.path("rows[0].status")).isEqualTo("updated");
        assertThat((String) again.path("rows[0].benefits")).isEqualTo("replaced");
        assertThat((String) again.path("rows[0].plan_uuid")).isEqualTo(plan);
        org.api()
                .get("/plans/" + plan + "?include_benefits=true")
                .then()
                .body("group_name", equalTo("Acme Corp"))
                .body("version", equalTo(2))
                .body("benefits.monetary_amt", equalTo(List.of("2000.00")));
        // A row without benefits keeps the plan's.
        org.api()
                .body(plans(ppo("Delta Dental", "g-100")))
                .post("/plans/import")
                .then()
                .statusCode(200)
                .body("rows[0].benefits", equalTo("not_given"))
                .body("rows[0].status", equalTo("updated"));
        org.api().get("/plans/" + plan + "/benefits").then().body("total", equalTo(1));
    }

    @Test
    void aCsvImportReadsOneRecordPerBenefitWithThePlanColumnsRepeated() {
        var org = newOrg();
        carrier(org, Map.of("carrier_name", "Cigna, Dental", "electronic_id", "62308"));
        org.practice()
                .body(Map.of("code", "D2740", "description", "Crown - porcelain/ceramic", "category", "Restorative"))
                .post("/procedure-codes")
                .then()
                .statusCode(201);
        String csv = "carrier_electronic_id,group_number,group_name,plan_type,benefit_type,procedure_code,percent,"
                + "monetary_amt,quantity,quantity_qualifier,time_period\n"
                + "62308,G1,\"Smith, Jones & Co\",ppo_percentage,annual_max,,,1000,,,\n"
                + "62308,G1,,ppo_percentage,coinsurance,d2740,50,,,,\n"
                + "62308,G1,\"Smith, Jones & Co\",ppo_percentage,limitation,D2740,,,1,years,none\n"
                + "62308,G2,Solo,capitation,,,,,,,\n";
        String plan = org.api()
                .contentType(CSV)
                .body(csv)
                .post("/plans/import")
                .then()
                .statusCode(200)
                .body("rows.row", equalTo(List.of(1, 4)))
                .body("rows.status", equalTo(List.of("created", "created")))
                .body("rows.benefits", equalTo(List.of("replaced", "not_given")))
                .extract()
                .path("rows[0].plan_uuid");
        org.api()
                .get("/plans/" + plan + "?include_benefits=true")
                .then()
                .body("group_name", equalTo("Smith, Jones & Co"))
                .body("benefits.benefit_type", equalTo(List.of("annual_max", "coinsurance", "limitation")));
        org.api()
                .contentType(CSV)
                .body(csv)
                .post("/plans/import")
                .then()
                .statusCode(200)
                .body("totals.unchanged", equalTo(2));
    }

    @Test
    void problemsNameTheRowAndFieldTheyBelongTo() {
        var org = newOrg();
        carrier(org, Map.of("carrier_name", "Delta Dental"));
        String csv = "carrier_name,group_number,plan_type,benefit_type,percent\n"
                + "Nobody Dental,G1,ppo_percentage,,\n"
                + "Delta Dental,G2,ppo_percentage,coinsurance,80\n"
                + "Delta Dental,G2,ppo_percentage,coinsurance,140\n"
                + "Delta Dental,G3,ppo_percentage,annual_max,\n";
        org.api()
                .contentType(CSV)
                .body(csv)
                .post("/plans/import")
                .then()
                .statusCode(422)
                .body("detail.find { it.loc == ['body', 1, 'carrier_name'] }.msg", startsWith("no live carrier"))
                .body(
                        "detail.loc.collect { it.take(2) }.unique()",
                        equalTo(List.of(List.of("body", 1), List.of("body", 3), List.of("body", 4))));
        org.api().get("/plans").then().body("total", equalTo(0));
        org.api()
                .contentType(CSV)
                .body("carrier_name,group_number,plan_type,benefit_type,pecrent\nDelta Dental,G1,ppo_percentage,,\n")
                .post("/plans/import")
                .then()
                .statusCode(422)
                .body("detail[0].msg", startsWith("names an unknown column 'pecrent'"));
        org.api()
                .body(Map.of("plans", List.of(Map.of("carrier_name", "Delta Dental", "plan_type", "ppo_percentage"))))
                .post("/plans/import")
                .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "plans", 0, "group_number")));
    }

    @Test
    void repeatedGroupNumbersAreToldApartByPlanType() {
        var org = newOrg();
        String carrierId = carrier(org, Map.of("carrier_name", "Delta Dental"));
        String ppo = plan(org, carrierId, "ppo_percentage", "G1");
        plan(org, carrierId, "capitation", "G1");
        org.api()
                .body(Map.of(
                        "plans",
                        List.of(Map.of(
                                "carrier_uuid",
                                carrierId,
                                "group_number",
                                "G1",
                                "plan_type",
                                "ppo_percentage",
                                "plan_note",
                                "from the import"))))
                .post("/plans/import")
                .then()
                .statusCode(200)
                .body("rows[0].plan_uuid", equalTo(ppo))
                .body("rows[0].status", equalTo("updated"));
    }

    @Test
    void anotherOrganisationsCarrierCannotBeNamed() {
        var other = newOrg();
        String theirs = carrier(other, Map.of("carrier_name", "Theirs"));
        var org = newOrg();
        org.api()
                .body(Map.of(
                        "plans",
                        List.of(Map.of("carrier_uuid", theirs, "group_number", "G1", "plan_type", "ppo_percentage"))))
                .post("/plans/import")
                .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "plans", 0, "carrier_uuid")));
        other.api().get("/plans").then().body("total", equalTo(0));
    }

    /** A plans import body of these rows. */
    static Map<String, Object> plans(Map<?, ?>... rows) {
        return Map.of("plans", List.of(rows));
    }

    /** A ppo_percentage plan row of the carrier named, with more fields as name, value pairs. */
    static Map<String, Object> ppo(String carrierName, String groupNumber, Object... more) {
        var row = new java.util.LinkedHashMap<String, Object>(
                Map.of("carrier_name", carrierName, "group_number", groupNumber, "plan_type", "ppo_percentage"));
        for (int i = 0; i < more.length; i += 2) {
            row.put((String) more[i], more[i + 1]);
        }
        return row;
    }

    private static io.restassured.response.ExtractableResponse<?> importOne(
            ApiTestSupport.Org org, String groupName, List<Map<String, Object>> benefits) {
        return org.api()
                .body(plans(ppo("Delta Dental", "G-100", "group_name", groupName, "benefits", benefits)))
                .post("/plans/import")
                .then()
                .statusCode(200)
                .extract();
    }

    private static String plan(ApiTestSupport.Org org, String carrier, String type, String groupNumber) {
        return org.api()
                .body(Map.of("carrier_uuid", carrier, "plan_type", type, "group_number", groupNumber))
                .post("/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private long audits(UUID org) {
        return jdbc.sql("select count(*) from audit_log where org_id = :org")
                .param("org", org)
                .query(Long.class)
                .single();
    }
}
