package io.bitewing.benefit;

import static io.bitewing.support.CoverageFixtures.category;
import static io.bitewing.support.CoverageFixtures.codeGroup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BenefitApiTest extends ApiTestSupport {

    static String plan(Org org, String groupName, Integer benefitYearStartMonth) {
        String carrier = org.api()
                .body(Map.of("carrier_name", "Carrier " + UUID.randomUUID()))
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        var body = new HashMap<String, Object>(Map.of(
                "carrier_uuid",
                carrier,
                "plan_type",
                "ppo_percentage",
                "group_name",
                groupName,
                "group_number",
                "G-" + groupName));
        if (benefitYearStartMonth != null) {
            body.put("benefit_year_start_month", benefitYearStartMonth);
        }
        return org.api()
                .body(body)
                .post("/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String procedureCode(Org org, String code, String description) {
        return org.practice()
                .body(Map.of("code", code, "description", description))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A JSON object in the order given, nulls kept. */
    static Map<String, Object> body(Object... pairs) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static String create(Org org, String plan, Map<String, Object> benefit) {
        return org.api()
                .body(benefit)
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> coinsurance(String category, int percent) {
        return body("benefit_type", "coinsurance", "coverage_category_uuid", category, "percent", percent);
    }

    @Test
    void createsAndReadsACoinsuranceBenefitOnACategoryWithItsDefaults() {
        var org = newOrg();
        String plan = plan(org, "Acme Corp", null);
        String preventive = category(org, "Preventive");
        String id = org.api()
                .body(coinsurance(preventive, 100))
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(201)
                .body("benefit_type", equalTo("coinsurance"))
                .body("percent", equalTo(100))
                .body("coverage_category.id", equalTo(preventive))
                .body("coverage_category.name", equalTo("Preventive"))
                .body("insurance_plan.id", equalTo(plan))
                .body("insurance_plan.name", equalTo("Acme Corp"))
                .body("patient_plan", nullValue())
                .body("code_group", nullValue())
                .body("procedure_code", nullValue())
                .body("substitution_code", nullValue())
                .body("coverage_level", equalTo("none"))
                .body("time_period", equalTo("calendar_year"))
                .body("quantity_qualifier", equalTo("none"))
                .body("quantity", nullValue())
                .body("monetary_amt", nullValue())
                .body("treat_area", nullValue())
                .body("is_deductible_exempt", equalTo(false))
                .body("version", equalTo(1))
                .body("created_at", notNullValue())
                .body("updated_at", notNullValue())
                .body("deleted_at", nullValue())
                .extract()
                .path("id");
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        org.api()
                .get("/plans/" + plan + "/benefits/" + id)
                .then()
                .statusCode(200)
                .body("percent", equalTo(100))
                .body("coverage_category.name", equalTo("Preventive"));
    }

    @Test
    void amountsAreTwoDecimalStringsAndTheTimePeriodFollowsThePlansBenefitYear() {
        var org = newOrg();
        String serviceYearPlan = plan(org, "July Plan", 7);
        org.api()
                .body(body("benefit_type", "deductible", "monetary_amt", 50))
                .post("/plans/" + serviceYearPlan + "/benefits")
                .then()
                .statusCode(201)
                .body("monetary_amt", equalTo("50.00"))
                .body("coverage_level", equalTo("individual"))
                .body("time_period", equalTo("service_year"));
        org.api()
                .body(body("benefit_type", "family_annual_max", "monetary_amt", 3000.5))
                .post("/plans/" + serviceYearPlan + "/benefits")
                .then()
                .statusCode(201)
                .body("monetary_amt", equalTo("3000.50"))
                .body("coverage_level", equalTo("family"));
        org.api()
                .body(body(
                        "benefit_type",
                        "ortho_lifetime_max",
                        "monetary_amt",
                        2000,
                        "coverage_category_uuid",
                        category(org, "Ortho")))
                .post("/plans/" + serviceYearPlan + "/benefits")
                .then()
                .statusCode(201)
                .body("time_period", equalTo("lifetime"));
        String januaryPlan = plan(org, "January Plan", 1);
        org.api()
                .body(body("benefit_type", "annual_max", "monetary_amt", 1500))
                .post("/plans/" + januaryPlan + "/benefits")
                .then()
                .statusCode(201)
                .body("time_period", equalTo("calendar_year"));
    }

    @Test
    void targetsProcedureCodesAndCodeGroupsWithTheirNames() {
        var org = newOrg();
        String plan = plan(org, "Targets", null);
        String crown = procedureCode(org, "D2740", "Porcelain crown");
        String filling = procedureCode(org, "D2140", "Silver filling");
        procedureCode(org, "D0274", "Four bitewings");
        String bw = codeGroup(org, "BW");
        org.api()
                .body(body(
                        "benefit_type",
                        "coinsurance",
                        "procedure_code_uuid",
                        crown,
                        "percent",
                        50,
                        "substitution_code_uuid",
                        filling,
                        "is_deductible_exempt",
                        true))
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(201)
                .body("procedure_code.id", equalTo(crown))
                .body("procedure_code.code", equalTo("D2740"))
                .body("procedure_code.description", equalTo("Porcelain crown"))
                .body("substitution_code.code", equalTo("D2140"))
                .body("is_deductible_exempt", equalTo(true));
        org.api()
                .body(body(
                        "benefit_type",
                        "limitation",
                        "code_group_uuid",
                        bw,
                        "quantity_qualifier",
                        "years",
                        "quantity",
                        3,
                        "treat_area",
                        "mouth"))
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(201)
                .body("code_group.id", equalTo(bw))
                .body("code_group.name", equalTo("BW"))
                .body("treat_area", equalTo("mouth"))
                .body("time_period", equalTo("none"))
                .body("monetary_amt", nullValue());
        org.api()
                .body(body(
                        "benefit_type",
                        "limitation",
                        "code_group_uuid",
                        bw,
                        "quantity_qualifier",
                        "age_limit",
                        "quantity",
                        18))
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(201)
                .body("time_period", equalTo("none"));
    }

    @Test
    void aCategoryDeductibleOfZeroRecordsThatTheDeductibleDoesNotApply() {
        var org = newOrg();
        String plan = plan(org, "Zero Deductible", null);
        org.api()
                .body(body(
                        "benefit_type",
                        "deductible",
                        "coverage_category_uuid",
                        category(org, "Preventive"),
                        "monetary_amt",
                        0))
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(201)
                .body("monetary_amt", equalTo("0.00"))
                .body("coverage_category.name", equalTo("Preventive"));
    }

    @Test
    void listsWithABenefitTypeFilterAndPagingInCreationOrder() {
        var org = newOrg();
        String plan = plan(org, "Listed", null);
        String a = create(org, plan, coinsurance(category(org, "Preventive"), 100));
        String b = create(org, plan, coinsurance(category(org, "Restorative"), 80));
        String c = create(org, plan, body("benefit_type", "annual_max", "monetary_amt", 1500));
        org.api()
                .get("/plans/" + plan + "/benefits")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(a, b, c)))
                .body("total", equalTo(3))
                .body("page", equalTo(1))
                .body("page_size", equalTo(50));
        org.api()
                .get("/plans/" + plan + "/benefits?benefit_type=coinsurance")
                .then()
                .body("items.id", equalTo(List.of(a, b)))
                .body("total", equalTo(2));
        org.api()
                .get("/plans/" + plan + "/benefits?page=2&page_size=2")
                .then()
                .body("items.id", equalTo(List.of(c)))
                .body("total", equalTo(3));
        assertInvalid(
                org.api().get("/plans/" + plan + "/benefits?benefit_type=bogus").then(), "query", "benefit_type");
        assertInvalid(org.api().get("/plans/" + plan + "/benefits?page_size=0").then(), "query", "page_size");
        String other = plan(org, "Other", null);
        org.api().get("/plans/" + other + "/benefits").then().body("total", equalTo(0));
    }

    @Test
    void rejectsEachBrokenBenefitRuleNamingTheField() {
        var org = newOrg();
        String plan = plan(org, "Rules", null);
        String preventive = category(org, "Preventive");
        String code = procedureCode(org, "D1110", "Adult cleaning");
        String path = "/plans/" + plan + "/benefits";
        assertInvalid(org.api().body(body("percent", 80)).post(path).then(), "body", "benefit_type");
        assertInvalid(org.api().body(body("benefit_type", "coins")).post(path).then(), "body", "benefit_type")
                .body("detail[0].type", equalTo("enum"));
        assertInvalid(
                org.api().body(body("benefit_type", "coinsurance")).post(path).then(), "body", "percent");
        assertInvalid(org.api().body(coinsurance(preventive, 101)).post(path).then(), "body", "percent");
        assertInvalid(
                org.api()
                        .body(body("benefit_type", "deductible", "monetary_amt", 50, "percent", 10))
                        .post(path)
                        .then(),
                "body",
                "percent");
        assertInvalid(
                org.api().body(body("benefit_type", "deductible")).post(path).then(), "body", "monetary_amt");
        assertInvalid(
                org.api()
                        .body(body("benefit_type", "deductible", "monetary_amt", -5))
                        .post(path)
                        .then(),
                "body",
                "monetary_amt");
        assertInvalid(
                org.api()
                        .body(body("benefit_type", "exclusion", "procedure_code_uuid", code, "monetary_amt", 5))
                        .post(path)
                        .then(),
                "body",
                "monetary_amt");
        assertInvalid(
                org.api()
                        .body(body("benefit_type", "deductible", "monetary_amt", "fifty"))
                        .post(path)
                        .then(),
                "body",
                "monetary_amt");
        assertInvalid(
                org.api()
                        .body(body("benefit_type", "limitation", "quantity_qualifier", "visits", "quantity", 101))
                        .post(path)
                        .then(),
                "body",
                "quantity");
        assertInvalid(
                org.api()
                        .body(body("benefit_type", "limitation", "quantity_qualifier", "age_limit", "quantity", 0))
                        .post(path)
                        .then(),
                "body",
                "quantity");
        assertInvalid(
                org.api()
                        .body(body("benefit_type", "limitation", "quantity_qualifier", "weeks", "quantity", 1))
                        .post(path)
                        .then(),
                "body",
                "quantity_qualifier");
        assertInvalid(
                org.api()
                        .body(body("benefit_type", "waiting_period", "coverage_category_uuid", preventive))
                        .post(path)
                        .then(),
                "body",
                "waiting_period_months");
        assertInvalid(
                org.api()
                        .body(body("benefit_type", "coinsurance", "percent", 80, "age_min", 19, "age_max", 18))
                        .post(path)
                        .then(),
                "body",
                "age_max");
        assertInvalid(
                org.api()
                        .body(body(
                                "benefit_type",
                                "coinsurance",
                                "percent",
                                80,
                                "coverage_category_uuid",
                                preventive,
                                "procedure_code_uuid",
                                code))
                        .post(path)
                        .then(),
                "body",
                "procedure_code_uuid");
        assertInvalid(
                org.api()
                        .body(body("benefit_type", "annual_max", "monetary_amt", 1500, "treat_area", "tooth"))
                        .post(path)
                        .then(),
                "body",
                "treat_area");
        assertInvalid(
                org.api()
                        .body(body(
                                "benefit_type",
                                "family_deductible",
                                "monetary_amt",
                                150,
                                "coverage_level",
                                "individual"))
                        .post(path)
                        .then(),
                "body",
                "coverage_level");
        assertInvalid(
                org.api()
                        .body(body("benefit_type", "deductible", "monetary_amt", 150, "time_period", "monthly"))
                        .post(path)
                        .then(),
                "body",
                "time_period");
        assertInvalid(
                        org.api()
                                .body(body("benefit_type", "deductible", "monetary_amt", 150, "procCode", "D1110"))
                                .post(path)
                                .then(),
                        "body",
                        "procCode")
                .body("detail[0].type", equalTo("extra_forbidden"));
        org.api().get(path).then().body("total", equalTo(0));
    }

    @Test
    void answers404NamingTheFieldAndTheValueForUnknownArchivedAndForeignReferences() {
        var org = newOrg();
        var other = newOrg();
        String plan = plan(org, "References", null);
        String path = "/plans/" + plan + "/benefits";
        String unknown = UUID.randomUUID().toString();
        unknownReference(org.api().body(coinsurance(unknown, 80)).post(path).then(), "coverage_category_uuid", unknown);
        String theirs = category(other, "Preventive");
        unknownReference(org.api().body(coinsurance(theirs, 80)).post(path).then(), "coverage_category_uuid", theirs);
        String sealant = codeGroup(org, "Sealant");
        org.api().post("/code-groups/" + sealant + "/archive").then().statusCode(200);
        unknownReference(
                org.api()
                        .body(body("benefit_type", "exclusion", "code_group_uuid", sealant))
                        .post(path)
                        .then(),
                "code_group_uuid",
                sealant);
        String code = procedureCode(org, "D9999", "Retired");
        org.practice().post("/procedure-codes/" + code + "/archive").then().statusCode(200);
        unknownReference(
                org.api()
                        .body(body("benefit_type", "exclusion", "procedure_code_uuid", code))
                        .post(path)
                        .then(),
                "procedure_code_uuid",
                code);
        unknownReference(
                org.api()
                        .body(body("benefit_type", "coinsurance", "percent", 50, "substitution_code_uuid", unknown))
                        .post(path)
                        .then(),
                "substitution_code_uuid",
                unknown);
        org.api().get(path).then().body("total", equalTo(0));
    }

    private static void unknownReference(
            io.restassured.response.ValidatableResponse response, String field, String id) {
        response.statusCode(404).body("detail", containsString(field)).body("detail", containsString(id));
    }

    @Test
    void rejectsADuplicateLiveBenefitWith409ButAllowsItAfterDeleteAndForOtherQualifiers() {
        var org = newOrg();
        String plan = plan(org, "Duplicates", null);
        String path = "/plans/" + plan + "/benefits";
        String preventive = category(org, "Preventive");
        String first = create(org, plan, coinsurance(preventive, 100));
        org.api()
                .body(coinsurance(preventive, 90))
                .post(path)
                .then()
                .statusCode(409)
                .body("detail", containsString(first));
        String bw = codeGroup(org, "BW");
        create(
                org,
                plan,
                body(
                        "benefit_type",
                        "limitation",
                        "code_group_uuid",
                        bw,
                        "quantity_qualifier",
                        "number_of_services",
                        "quantity",
                        2));
        create(
                org,
                plan,
                body(
                        "benefit_type",
                        "limitation",
                        "code_group_uuid",
                        bw,
                        "quantity_qualifier",
                        "age_limit",
                        "quantity",
                        18,
                        "time_period",
                        "calendar_year"));
        org.api()
                .body(body(
                        "benefit_type",
                        "limitation",
                        "code_group_uuid",
                        bw,
                        "quantity_qualifier",
                        "number_of_services",
                        "quantity",
                        1))
                .post(path)
                .then()
                .statusCode(409);
        org.api().delete(path + "/" + first).then().statusCode(204);
        create(org, plan, coinsurance(preventive, 90));
    }

    @Test
    void aPercentageDifferingOnlyInTimePeriodOrCoverageLevelIsTheSameRuleAndA409() {
        var org = newOrg();
        String plan = plan(org, "Meaning", null);
        String path = "/plans/" + plan + "/benefits";
        String preventive = category(org, "Preventive");
        String first = create(org, plan, coinsurance(preventive, 100));
        for (var differing : List.of(List.of("time_period", "lifetime"), List.of("coverage_level", "family"))) {
            var twin = coinsurance(preventive, 80);
            twin.put(differing.get(0), differing.get(1));
            org.api()
                    .body(twin)
                    .post(path)
                    .then()
                    .statusCode(409)
                    .body("detail", containsString(first))
                    .body("detail", containsString("whatever its time period or coverage level"));
        }
        String excluded = category(org, "Cosmetic");
        create(org, plan, body("benefit_type", "exclusion", "coverage_category_uuid", excluded));
        org.api()
                .body(body("benefit_type", "exclusion", "coverage_category_uuid", excluded, "time_period", "lifetime"))
                .post(path)
                .then()
                .statusCode(409);
        // Where the period carries meaning it still tells two rules apart: a yearly and a lifetime deductible.
        create(org, plan, body("benefit_type", "deductible", "coverage_category_uuid", preventive, "monetary_amt", 50));
        create(
                org,
                plan,
                body(
                        "benefit_type",
                        "deductible",
                        "coverage_category_uuid",
                        preventive,
                        "monetary_amt",
                        100,
                        "time_period",
                        "lifetime"));
        org.api()
                .body(body("time_period", "lifetime", "base_version", 1))
                .patch(path + "/" + first)
                .then()
                .statusCode(200)
                .body("time_period", equalTo("lifetime"));
    }

    @Test
    void patchesWithBaseVersionAndChecksTheResultAgainstTheRules() {
        var org = newOrg();
        String plan = plan(org, "Patched", null);
        String path = "/plans/" + plan + "/benefits/";
        String id = create(org, plan, body("benefit_type", "deductible", "monetary_amt", 50, "age_max", 64));
        var clearAge = new HashMap<String, Object>(Map.of("base_version", 1, "monetary_amt", 75));
        clearAge.put("age_max", null);
        org.api()
                .body(clearAge)
                .patch(path + id)
                .then()
                .statusCode(200)
                .body("monetary_amt", equalTo("75.00"))
                .body("age_max", nullValue())
                .body("version", equalTo(2))
                .body("coverage_level", equalTo("individual"));
        org.api()
                .body(body("base_version", 1, "monetary_amt", 80))
                .patch(path + id)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(2));
        assertInvalid(
                org.api()
                        .body(body("base_version", 2, "percent", 80))
                        .patch(path + id)
                        .then(),
                "body",
                "percent");
        assertInvalid(
                org.api()
                        .body(body("base_version", 2, "monetary_amt", null))
                        .patch(path + id)
                        .then(),
                "body",
                "monetary_amt");
        assertInvalid(
                org.api()
                        .body(body("base_version", 2, "benefit_type", null))
                        .patch(path + id)
                        .then(),
                "body",
                "benefit_type");
        assertInvalid(org.api().body(body("monetary_amt", 80)).patch(path + id).then(), "body", "base_version");
        org.api().get(path + id).then().body("version", equalTo(2)).body("monetary_amt", equalTo("75.00"));
        org.api()
                .body(body("base_version", 2, "benefit_type", "family_deductible", "monetary_amt", 150))
                .patch(path + id)
                .then()
                .statusCode(200)
                .body("benefit_type", equalTo("family_deductible"))
                .body("coverage_level", equalTo("family"));
        create(org, plan, body("benefit_type", "deductible", "monetary_amt", 50));
        org.api()
                .body(body("base_version", 3, "benefit_type", "deductible"))
                .patch(path + id)
                .then()
                .statusCode(409);
    }

    @Test
    void aPatchDoesNotFailOverACategoryArchivedSinceButRefusesToPointAtOne() {
        var org = newOrg();
        String plan = plan(org, "Archived Target", null);
        String bleaching = org.api()
                .body(Map.of("category_name", "Bleaching"))
                .post("/coverage-categories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String id = create(org, plan, coinsurance(bleaching, 50));
        org.api().post("/coverage-categories/" + bleaching + "/archive").then().statusCode(200);
        org.api()
                .body(body("base_version", 1, "percent", 40))
                .patch("/plans/" + plan + "/benefits/" + id)
                .then()
                .statusCode(200)
                .body("percent", equalTo(40))
                .body("coverage_category.id", equalTo(bleaching));
        String other = create(org, plan, coinsurance(category(org, "Preventive"), 100));
        org.api()
                .body(body("base_version", 1, "coverage_category_uuid", bleaching))
                .patch("/plans/" + plan + "/benefits/" + other)
                .then()
                .statusCode(404)
                .body("detail", containsString("coverage_category_uuid"));
    }

    @Test
    void deleteAnswers204AndTheBenefitIsGoneFromListsAndById() {
        var org = newOrg();
        String plan = plan(org, "Deleted", null);
        String path = "/plans/" + plan + "/benefits";
        String kept = create(org, plan, body("benefit_type", "annual_max", "monetary_amt", 1000));
        String gone = create(org, plan, body("benefit_type", "deductible", "monetary_amt", 25));
        org.api().delete(path + "/" + gone).then().statusCode(204);
        org.api().get(path).then().body("items.id", equalTo(List.of(kept)));
        org.api().get(path + "/" + gone).then().statusCode(404).body("detail", equalTo("Benefit not found"));
        org.api().delete(path + "/" + gone).then().statusCode(404);
        org.api()
                .body(body("base_version", 2, "monetary_amt", 30))
                .patch(path + "/" + gone)
                .then()
                .statusCode(404);
    }

    @Test
    void answers404ForUnknownPlansAndBenefitsAndForAnotherOrganisationsIds() {
        var org = newOrg();
        var other = newOrg();
        String plan = plan(org, "Mine", null);
        String secondPlan = plan(org, "Also Mine", null);
        String id = create(org, plan, body("benefit_type", "annual_max", "monetary_amt", 1000));
        String theirPlan = plan(other, "Theirs", null);
        String theirs = create(other, theirPlan, body("benefit_type", "annual_max", "monetary_amt", 1000));
        String unknown = UUID.randomUUID().toString();
        org.api()
                .get("/plans/" + unknown + "/benefits")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Plan not found"));
        org.api()
                .body(coinsurance(category(org, "Preventive"), 80))
                .post("/plans/" + unknown + "/benefits")
                .then()
                .statusCode(404);
        org.api().get("/plans/" + plan + "/benefits/" + unknown).then().statusCode(404);
        org.api().get("/plans/" + secondPlan + "/benefits/" + id).then().statusCode(404);
        org.api().delete("/plans/" + secondPlan + "/benefits/" + id).then().statusCode(404);
        for (String path :
                List.of("/plans/" + theirPlan + "/benefits/" + theirs, "/plans/" + plan + "/benefits/" + theirs)) {
            org.api().get(path).then().statusCode(404);
            org.api()
                    .body(body("base_version", 1, "monetary_amt", 1))
                    .patch(path)
                    .then()
                    .statusCode(404);
            org.api().delete(path).then().statusCode(404);
        }
        org.api().get("/plans/" + theirPlan + "/benefits").then().statusCode(404);
        org.api()
                .body(body("benefits", List.of()))
                .post("/plans/" + theirPlan + "/benefits/bulk")
                .then()
                .statusCode(404);
        other.api()
                .get("/plans/" + theirPlan + "/benefits/" + theirs)
                .then()
                .statusCode(200)
                .body("monetary_amt", equalTo("1000.00"))
                .body("version", equalTo(1));
    }

    @Test
    void replaysACreateWithTheSameIdempotencyKey() {
        var org = newOrg();
        String plan = plan(org, "Replayed", null);
        var benefit = body("benefit_type", "annual_max", "monetary_amt", 1500);
        String first = org.api()
                .header("Idempotency-Key", "b-1")
                .body(benefit)
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.api()
                .header("Idempotency-Key", "b-1")
                .body(benefit)
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        org.api().get("/plans/" + plan + "/benefits").then().body("total", equalTo(1));
    }

    @Test
    void readOnlyTokensMayReadButNotWrite() {
        var org = newOrg();
        String plan = plan(org, "Read Only", null);
        String source = plan(org, "Source", null);
        String id = create(org, plan, body("benefit_type", "annual_max", "monetary_amt", 1500));
        String readOnly = org.tokenWithRole("read_only");
        String path = "/plans/" + plan + "/benefits";
        org.as(readOnly).get(path).then().statusCode(200);
        org.as(readOnly).get(path + "/" + id).then().statusCode(200);
        org.as(readOnly)
                .body(body("benefit_type", "deductible", "monetary_amt", 5))
                .post(path)
                .then()
                .statusCode(403);
        org.as(readOnly)
                .body(body("base_version", 1, "monetary_amt", 5))
                .patch(path + "/" + id)
                .then()
                .statusCode(403);
        org.as(readOnly).delete(path + "/" + id).then().statusCode(403);
        org.as(readOnly)
                .body(body("benefits", List.of()))
                .post(path + "/bulk")
                .then()
                .statusCode(403);
        org.as(readOnly).post(path + "/copy-from/" + source).then().statusCode(403);
        org.as(readOnly).body(Map.of()).post("/plans/" + plan + "/clone").then().statusCode(403);
        org.api().get(path).then().body("items.id", equalTo(List.of(id))).body("items[0].version", equalTo(1));
        org.api()
                .get("/plans")
                .then()
                .body("total", equalTo(2))
                .body("items.group_name", not(hasItem("Read Only (Copy)")));
    }
}
