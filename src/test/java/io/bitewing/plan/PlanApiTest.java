package io.bitewing.plan;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanApiTest extends ApiTestSupport {

    private String carrier(Org org, String name) {
        return org.api()
                .body(Map.of("carrier_name", name))
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private String plan(Org org, String carrier, String type, String group) {
        return org.api()
                .body(Map.of(
                        "carrier_uuid", carrier, "plan_type", type, "group_name", group, "group_number", "G-" + group))
                .post("/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void createsAPlanWithDefaultsAndTheCarrierAsAReference() {
        var org = newOrg();
        String carrier = carrier(org, "Northwind");
        org.api()
                .body(Map.of(
                        "carrier_uuid",
                        carrier,
                        "plan_type",
                        "ppo_percentage",
                        "group_name",
                        "Acme Corp",
                        "ortho_auto_fee_amt",
                        125.5))
                .post("/plans")
                .then()
                .statusCode(201)
                .body("carrier.id", equalTo(carrier))
                .body("carrier.name", equalTo("Northwind"))
                .body("network", equalTo("in_network"))
                .body("claim_form_type", equalTo("ada_2019"))
                .body("eclaim_send_behavior", equalTo("send"))
                .body("ortho_auto_claim_type", equalTo("none"))
                .body("substitution_code_behavior", equalTo("none"))
                .body("exclusion_fee_rule", equalTo("practice_default"))
                .body("zero_writeoff_on_annual_max", equalTo("default"))
                .body("ortho_auto_fee_amt", equalTo("125.50"))
                .body("benefit_year_start_month", nullValue())
                .body("version", equalTo(1));
    }

    @Test
    void categoryPercentagePlansAreOutOfNetwork() {
        var org = newOrg();
        String id = plan(org, carrier(org, "Bluebird"), "category_percentage", "Indemnity");
        org.api().get("/plans/" + id).then().body("network", equalTo("out_of_network"));
    }

    @Test
    void refusesAnUnknownArchivedOrForeignCarrier() {
        var org = newOrg();
        var other = newOrg();
        String archived = carrier(org, "Gone");
        org.api().post("/carriers/" + archived + "/archive").then().statusCode(200);
        for (String carrier : List.of(UUID.randomUUID().toString(), archived, carrier(other, "Theirs"))) {
            org.api()
                    .body(Map.of("carrier_uuid", carrier, "plan_type", "ppo_percentage"))
                    .post("/plans")
                    .then()
                    .statusCode(404)
                    .body("detail", equalTo("Carrier not found"));
        }
    }

    @Test
    void rejectsBadPlanBodies() {
        var org = newOrg();
        String carrier = carrier(org, "Strict");
        assertInvalid(
                org.api().body(Map.of("carrier_uuid", carrier)).post("/plans").then(), "body", "plan_type");
        assertInvalid(
                org.api()
                        .body(Map.of("carrier_uuid", carrier, "plan_type", "hmo"))
                        .post("/plans")
                        .then(),
                "body",
                "plan_type");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "carrier_uuid", carrier, "plan_type", "ppo_percentage", "benefit_year_start_month", 13))
                        .post("/plans")
                        .then(),
                "body",
                "benefit_year_start_month");
        assertInvalid(
                org.api()
                        .body(Map.of("carrier_uuid", carrier, "plan_type", "ppo_percentage", "ortho_auto_fee_amt", -1))
                        .post("/plans")
                        .then(),
                "body",
                "ortho_auto_fee_amt");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "carrier_uuid",
                                carrier,
                                "plan_type",
                                "ppo_percentage",
                                "zero_writeoff_on_annual_max",
                                "maybe"))
                        .post("/plans")
                        .then(),
                "body",
                "zero_writeoff_on_annual_max");
        assertInvalid(
                org.api()
                        .body(Map.of("carrier_uuid", "x", "plan_type", "ppo_percentage"))
                        .post("/plans")
                        .then(),
                "body",
                "carrier_uuid");
        org.api().get("/plans").then().body("total", equalTo(0));
    }

    @Test
    void listsWithFiltersSearchAndSorting() {
        var org = newOrg();
        String a = carrier(org, "A");
        String b = carrier(org, "B");
        plan(org, a, "ppo_percentage", "Zeta Works");
        plan(org, a, "capitation", "Alpha Labs");
        plan(org, b, "ppo_percentage", "Midway");
        org.api().get("/plans").then().body("items.group_name", equalTo(List.of("Alpha Labs", "Midway", "Zeta Works")));
        org.api().get("/plans?carrier_uuid=" + a).then().body("total", equalTo(2));
        org.api()
                .get("/plans?plan_type=ppo_percentage&sort_by=group_name&sort_order=desc")
                .then()
                .body("items.group_name", equalTo(List.of("Zeta Works", "Midway")));
        org.api().get("/plans?search=g-mid").then().body("items.group_name", equalTo(List.of("Midway")));
        assertInvalid(org.api().get("/plans?plan_type=hmo").then(), "query", "plan_type");
        assertInvalid(org.api().get("/plans?sort_by=carrier_id").then(), "query", "sort_by");
    }

    @Test
    void patchesWithBaseVersionAndKeepsPlanTypeFixed() {
        var org = newOrg();
        String id = plan(org, carrier(org, "Harbor"), "ppo_percentage", "Before");
        var body = new HashMap<String, Object>();
        body.put("base_version", 1);
        body.put("group_name", "After");
        body.put("benefit_year_start_month", 7);
        body.put("group_number", null);
        org.api()
                .body(body)
                .patch("/plans/" + id)
                .then()
                .statusCode(200)
                .body("plan.group_name", equalTo("After"))
                .body("plan.group_number", nullValue())
                .body("plan.benefit_year_start_month", equalTo(7))
                .body("plan.version", equalTo(2))
                .body("subscriber_count", equalTo(0));
        org.api()
                .body(Map.of("base_version", 1, "group_name", "Stale"))
                .patch("/plans/" + id)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(2));
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 2, "plan_type", "capitation"))
                        .patch("/plans/" + id)
                        .then(),
                "body",
                "plan_type");
        org.api()
                .get("/plans/" + id)
                .then()
                .body("group_name", equalTo("After"))
                .body("plan_type", equalTo("ppo_percentage"));
    }

    @Test
    void archivedPlansLeaveListsButStayReadableAndForeignPlansAreNotFound() {
        var org = newOrg();
        var other = newOrg();
        String id = plan(org, carrier(org, "Summit"), "ppo_fixed_benefit", "Fixed");
        org.api()
                .post("/plans/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("deleted_at", notNullValue())
                .body("version", equalTo(2));
        org.api().get("/plans").then().body("total", equalTo(0));
        org.api().get("/plans/" + id).then().statusCode(200);
        other.api().get("/plans/" + id).then().statusCode(404);
        other.api().body(Map.of("base_version", 2)).patch("/plans/" + id).then().statusCode(404);
        other.api().post("/plans/" + id + "/archive").then().statusCode(404);
        org.api().get("/plans/" + UUID.randomUUID()).then().statusCode(404).body("detail", equalTo("Plan not found"));
    }

    @Test
    void combiningCarriersMovesTheirPlansAndStatsCountThem() {
        var org = newOrg();
        String target = carrier(org, "Target");
        String source = carrier(org, "Source");
        String moved = plan(org, source, "ppo_percentage", "Moved");
        plan(org, target, "ppo_percentage", "Stays");
        org.api()
                .body(Map.of("source_uuids", List.of(source), "target_uuid", target))
                .post("/carriers/combine")
                .then()
                .statusCode(200)
                .body("plans_moved", equalTo(1));
        org.api()
                .get("/plans/" + moved)
                .then()
                .body("carrier.id", equalTo(target))
                .body("carrier.name", equalTo("Target"));
        org.api()
                .get("/carriers/stats")
                .then()
                .body("items[0].carrier_uuid", equalTo(target))
                .body("items[0].plan_count", equalTo(2));
    }

    @Test
    void replaysAPlanCreateWithTheSameIdempotencyKey() {
        var org = newOrg();
        String carrier = carrier(org, "Once");
        var body = Map.of("carrier_uuid", carrier, "plan_type", "capitation");
        String first = org.api()
                .header("Idempotency-Key", "plan-1")
                .body(body)
                .post("/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.api()
                .header("Idempotency-Key", "plan-1")
                .body(body)
                .post("/plans")
                .then()
                .statusCode(201)
                .body("id", equalTo(first));
        org.api().get("/plans").then().body("total", equalTo(1));
    }
}
