package io.bitewing.benefit;

import static io.bitewing.benefit.BenefitApiTest.body;
import static io.bitewing.benefit.BenefitApiTest.coinsurance;
import static io.bitewing.benefit.BenefitApiTest.create;
import static io.bitewing.benefit.BenefitApiTest.plan;
import static io.bitewing.support.CoverageFixtures.category;
import static io.bitewing.support.CoverageFixtures.codeGroup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BenefitSetApiTest extends ApiTestSupport {

    /** The PPO 100/80/50 with a $50 deductible and a $1,500 maximum offices type in every day. */
    static List<Map<String, Object>> ppo(Org org) {
        return List.of(
                coinsurance(category(org, "Preventive"), 100),
                coinsurance(category(org, "Restorative"), 80),
                coinsurance(category(org, "Crowns"), 50),
                body("benefit_type", "deductible", "monetary_amt", 50),
                body(
                        "benefit_type",
                        "deductible",
                        "coverage_category_uuid",
                        category(org, "Preventive"),
                        "monetary_amt",
                        0),
                body("benefit_type", "annual_max", "monetary_amt", 1500),
                body(
                        "benefit_type",
                        "limitation",
                        "code_group_uuid",
                        codeGroup(org, "BW"),
                        "quantity_qualifier",
                        "number_of_services",
                        "quantity",
                        1));
    }

    private static List<String> ids(Org org, String plan) {
        return org.api()
                .get("/plans/" + plan + "/benefits?page_size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    @Test
    void bulkSetReplacesThePlansBenefitsAndAnswersTheNewSet() {
        var org = newOrg();
        String plan = plan(org, "Bulk", 7);
        String old = create(org, plan, body("benefit_type", "annual_max", "monetary_amt", 1000));
        org.api()
                .body(Map.of("benefits", ppo(org)))
                .post("/plans/" + plan + "/benefits/bulk")
                .then()
                .statusCode(200)
                .body("total", equalTo(7))
                .body("page", equalTo(1))
                .body("page_size", equalTo(7))
                .body(
                        "items.benefit_type",
                        equalTo(List.of(
                                "coinsurance",
                                "coinsurance",
                                "coinsurance",
                                "deductible",
                                "deductible",
                                "annual_max",
                                "limitation")))
                .body("items[3].time_period", equalTo("service_year"))
                .body("items[5].monetary_amt", equalTo("1500.00"))
                .body("items.id", not(hasItem(old)));
        org.api().get("/plans/" + plan + "/benefits").then().body("total", equalTo(7));
        org.api().get("/plans/" + plan + "/benefits/" + old).then().statusCode(404);
        org.api()
                .body(Map.of("benefits", List.of()))
                .post("/plans/" + plan + "/benefits/bulk")
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()))
                .body("total", equalTo(0));
        org.api().get("/plans/" + plan + "/benefits").then().body("total", equalTo(0));
    }

    @Test
    void aBulkSetNamingAStaleBenefitSetVersionIsRefusedAndChangesNothing() {
        var org = newOrg();
        String plan = plan(org, "Synced", null);
        String path = "/plans/" + plan + "/benefits";
        org.api().get(path).then().statusCode(200).body("benefit_set_version", equalTo(1));
        int synced = org.api()
                .body(Map.of("benefits", ppo(org), "base_version", 1))
                .post(path + "/bulk")
                .then()
                .statusCode(200)
                .body("total", equalTo(7))
                .extract()
                .path("benefit_set_version");
        assertThat(synced).isGreaterThan(1);
        org.api().get(path).then().body("benefit_set_version", equalTo(synced));

        // The office edits one rule after the integration read the set: the set moves on.
        String max = create(org, plan, body("benefit_type", "ortho_lifetime_max", "monetary_amt", 2000));
        int edited = org.api().get(path).then().extract().path("benefit_set_version");
        assertThat(edited).isGreaterThan(synced);

        org.api()
                .body(Map.of("benefits", List.of(), "base_version", synced))
                .post(path + "/bulk")
                .then()
                .statusCode(409)
                .body("current_version", equalTo(edited));
        org.api().get(path + "/" + max).then().statusCode(200);
        org.api().get(path).then().body("total", equalTo(8)).body("benefit_set_version", equalTo(edited));

        // Without base_version the set is replaced as before.
        org.api()
                .body(Map.of("benefits", List.of()))
                .post(path + "/bulk")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void bulkSetWithOneBadRowChangesNothingAndNamesTheRow() {
        var org = newOrg();
        String plan = plan(org, "Atomic", null);
        String existing = create(org, plan, body("benefit_type", "annual_max", "monetary_amt", 1000));
        String path = "/plans/" + plan + "/benefits/bulk";
        var rows = new java.util.ArrayList<>(ppo(org));
        rows.set(3, body("benefit_type", "coinsurance", "percent", 120));
        assertInvalid(org.api().body(Map.of("benefits", rows)).post(path).then(), "body", "benefits", 3, "percent");
        rows.set(
                3,
                body(
                        "benefit_type",
                        "coinsurance",
                        "coverage_category_uuid",
                        UUID.randomUUID().toString(),
                        "percent",
                        80));
        assertInvalid(
                org.api().body(Map.of("benefits", rows)).post(path).then(),
                "body",
                "benefits",
                3,
                "coverage_category_uuid");
        rows.set(3, body("benefit_type", "coinsurence", "percent", 80));
        assertInvalid(
                org.api().body(Map.of("benefits", rows)).post(path).then(), "body", "benefits", 3, "benefit_type");
        rows.set(3, body("percent", 80));
        assertInvalid(
                org.api().body(Map.of("benefits", rows)).post(path).then(), "body", "benefits", 3, "benefit_type");
        rows.set(3, rows.get(1));
        assertInvalid(org.api().body(Map.of("benefits", rows)).post(path).then(), "body", "benefits", 3)
                .body("detail[0].msg", containsString("benefits[1]"));
        assertInvalid(org.api().body(Map.of()).post(path).then(), "body", "benefits");
        org.api()
                .get("/plans/" + plan + "/benefits")
                .then()
                .body("items.id", equalTo(List.of(existing)))
                .body("items[0].version", equalTo(1));
    }

    @Test
    void aBulkSetWithTwoPercentagesForOneTargetDifferingOnlyInTimePeriodNamesBothRows() {
        var org = newOrg();
        String plan = plan(org, "Twins", null);
        String restorative = category(org, "Restorative");
        var lifetime = coinsurance(restorative, 50);
        lifetime.put("time_period", "lifetime");
        org.api()
                .body(Map.of(
                        "benefits",
                        List.of(
                                body("benefit_type", "annual_max", "monetary_amt", 1000),
                                coinsurance(restorative, 80),
                                lifetime)))
                .post("/plans/" + plan + "/benefits/bulk")
                .then()
                .statusCode(422)
                .body("detail.loc", equalTo(List.of(List.of("body", "benefits", 2))))
                .body("detail[0].msg", containsString("benefits[1]"))
                .body("detail[0].msg", containsString("whatever its time period or coverage level"));
        assertThat(ids(org, plan)).isEmpty();
    }

    @Test
    void bulkSetReportsEveryBadRowAtOnce() {
        var org = newOrg();
        String plan = plan(org, "Many Problems", null);
        org.api()
                .body(Map.of(
                        "benefits",
                        List.of(
                                body("benefit_type", "deductible"),
                                coinsurance(category(org, "Preventive"), 100),
                                body("benefit_type", "coinsurance", "percent", -1))))
                .post("/plans/" + plan + "/benefits/bulk")
                .then()
                .statusCode(422)
                .body(
                        "detail.loc",
                        equalTo(List.of(
                                List.of("body", "benefits", 0, "monetary_amt"),
                                List.of("body", "benefits", 2, "percent"))));
    }

    @Test
    void copyFromAddsTheSourcesBenefitsSkippingRulesThePlanAlreadyHas() {
        var org = newOrg();
        String source = plan(org, "Source", null);
        String target = plan(org, "Target", null);
        org.api()
                .body(Map.of("benefits", ppo(org)))
                .post("/plans/" + source + "/benefits/bulk")
                .then()
                .statusCode(200);
        String own = create(org, target, body("benefit_type", "deductible", "monetary_amt", 75));
        String extra = create(
                org, target, body("benefit_type", "exclusion", "coverage_category_uuid", category(org, "Implants")));
        org.api()
                .post("/plans/" + target + "/benefits/copy-from/" + source)
                .then()
                .statusCode(201)
                .body("count", equalTo(6))
                .body("skipped", equalTo(1));
        org.api()
                .get("/plans/" + target + "/benefits")
                .then()
                .body("total", equalTo(8))
                .body("items.find { it.id == '" + own + "' }.monetary_amt", equalTo("75.00"))
                .body("items.find { it.id == '" + extra + "' }.benefit_type", equalTo("exclusion"))
                .body("items.findAll { it.benefit_type == 'annual_max' }.insurance_plan.id", equalTo(List.of(target)));
        org.api().get("/plans/" + source + "/benefits").then().body("total", equalTo(7));
        org.api()
                .post("/plans/" + target + "/benefits/copy-from/" + source)
                .then()
                .statusCode(201)
                .body("count", equalTo(0))
                .body("skipped", equalTo(7));
    }

    @Test
    void copyFromRefusesUnknownForeignAndIdenticalPlans() {
        var org = newOrg();
        var other = newOrg();
        String plan = plan(org, "Mine", null);
        String theirs = plan(other, "Theirs", null);
        org.api()
                .post("/plans/" + plan + "/benefits/copy-from/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        org.api()
                .post("/plans/" + plan + "/benefits/copy-from/" + theirs)
                .then()
                .statusCode(404);
        org.api()
                .post("/plans/" + theirs + "/benefits/copy-from/" + plan)
                .then()
                .statusCode(404);
        assertInvalid(
                org.api().post("/plans/" + plan + "/benefits/copy-from/" + plan).then(), "path", "source_plan_uuid");
    }

    @Test
    void cloneCreatesAPlanWithTheSourcesSettingsAndACopyOfItsBenefits() {
        var org = newOrg();
        String source = plan(org, "Acme Corp", 7);
        org.api()
                .body(Map.of("base_version", 1, "cob_rule", "carve_out", "exclusion_fee_rule", "use_ucr_fee"))
                .patch("/plans/" + source)
                .then()
                .statusCode(200);
        org.api()
                .body(Map.of("benefits", ppo(org)))
                .post("/plans/" + source + "/benefits/bulk")
                .then()
                .statusCode(200);
        String deleted = create(org, source, body("benefit_type", "copayment", "monetary_amt", 10));
        org.api().delete("/plans/" + source + "/benefits/" + deleted).then().statusCode(204);
        String copy = org.api()
                .post("/plans/" + source + "/clone")
                .then()
                .statusCode(201)
                .body("group_name", equalTo("Acme Corp (Copy)"))
                .body("group_number", equalTo("G-Acme Corp"))
                .body("benefit_year_start_month", equalTo(7))
                .body("cob_rule", equalTo("carve_out"))
                .body("exclusion_fee_rule", equalTo("use_ucr_fee"))
                .body("plan_type", equalTo("ppo_percentage"))
                .body("version", equalTo(1))
                .extract()
                .path("id");
        org.api()
                .get("/plans/" + copy + "/benefits")
                .then()
                .body("total", equalTo(7))
                .body(
                        "items.benefit_type",
                        equalTo(org.api()
                                .get("/plans/" + source + "/benefits")
                                .then()
                                .extract()
                                .path("items.benefit_type")))
                .body("items.insurance_plan.name.unique()", equalTo(List.of("Acme Corp (Copy)")));
        org.api()
                .body(Map.of("new_group_name", "Acme West", "new_group_number", "W-1"))
                .post("/plans/" + source + "/clone")
                .then()
                .statusCode(201)
                .body("group_name", equalTo("Acme West"))
                .body("group_number", equalTo("W-1"));
        org.api().get("/plans/" + source + "/benefits").then().body("total", equalTo(7));
    }

    @Test
    void cloneAnswers404ForUnknownAndForeignPlansAndReplaysWithAnIdempotencyKey() {
        var org = newOrg();
        var other = newOrg();
        org.api()
                .body(Map.of())
                .post("/plans/" + UUID.randomUUID() + "/clone")
                .then()
                .statusCode(404);
        org.api()
                .body(Map.of())
                .post("/plans/" + plan(other, "Theirs", null) + "/clone")
                .then()
                .statusCode(404);
        String source = plan(org, "Once", null);
        String first = org.api()
                .header("Idempotency-Key", "clone-1")
                .body(Map.of())
                .post("/plans/" + source + "/clone")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.api()
                .header("Idempotency-Key", "clone-1")
                .body(Map.of())
                .post("/plans/" + source + "/clone")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        org.api().get("/plans?search=Once").then().body("total", equalTo(2));
        assertInvalid(
                org.api()
                        .body(Map.of("new_group_name", "x".repeat(201)))
                        .post("/plans/" + source + "/clone")
                        .then(),
                "body",
                "new_group_name");
    }

    @Test
    void replaysABulkSetWithTheSameIdempotencyKey() {
        var org = newOrg();
        String plan = plan(org, "Bulk Replay", null);
        var rows = Map.of("benefits", ppo(org));
        List<String> first = org.api()
                .header("Idempotency-Key", "bulk-1")
                .body(rows)
                .post("/plans/" + plan + "/benefits/bulk")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        org.api()
                .header("Idempotency-Key", "bulk-1")
                .body(rows)
                .post("/plans/" + plan + "/benefits/bulk")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("items.id", equalTo(first));
        assertThat(ids(org, plan)).isEqualTo(first);
    }

    @Test
    void aBulkSetCanRepeatTheRulesItReplaces() {
        var org = newOrg();
        String plan = plan(org, "Twice", null);
        org.api()
                .body(Map.of("benefits", ppo(org)))
                .post("/plans/" + plan + "/benefits/bulk")
                .then()
                .statusCode(200);
        org.api()
                .body(Map.of("benefits", ppo(org)))
                .post("/plans/" + plan + "/benefits/bulk")
                .then()
                .statusCode(200)
                .body("total", equalTo(7))
                .body("items[0].patient_plan", nullValue());
    }
}
