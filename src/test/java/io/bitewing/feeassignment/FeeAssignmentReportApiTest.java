package io.bitewing.feeassignment;

import static io.bitewing.support.CoverageFixtures.carrier;
import static io.bitewing.support.CoverageFixtures.plan;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class FeeAssignmentReportApiTest extends ApiTestSupport {

    private static final String PATH = "/fee-schedule-assignments";

    @Autowired
    JdbcClient jdbc;

    private static String create(Org org, Map<String, Object> body) {
        return org.api().body(body).post(PATH).then().statusCode(201).extract().path("id");
    }

    @Test
    void showsActivityNewestFirst() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String id = create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        fees.office("UCR"),
                        "location_uuid",
                        fees.location("Main"),
                        "assignment_kind",
                        "ucr"));
        org.api()
                .body(Map.of("base_version", 1, "notes", "n"))
                .patch(PATH + "/" + id)
                .then()
                .statusCode(200);
        org.api().post(PATH + "/" + id + "/archive").then().statusCode(200);
        org.api()
                .get(PATH + "/activity")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", equalTo(List.of("archive", "update", "create")))
                .body("items[1].changed_fields", equalTo(List.of("notes")))
                .body("items[0].assignment_uuid", equalTo(id));
        org.api()
                .queryParam("limit", 1)
                .queryParam("offset", 1)
                .get(PATH + "/activity")
                .then()
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("update"))
                .body("total", equalTo(3));
        assertInvalid(org.api().queryParam("limit", 0).get(PATH + "/activity").then(), "query", "limit");
        newOrg().api().get(PATH + "/activity").then().body("total", equalTo(0));
    }

    @Test
    void buildsThePlanByLocationMatrixForAKind() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String main = fees.location("A Main");
        String north = fees.location("B North");
        String delta = carrier(org, "Delta");
        String planA = plan(org, delta, "Plan A");
        plan(org, "Other");
        String ppo = fees.insurance("PPO A");
        create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        ppo,
                        "location_uuid",
                        north,
                        "assignment_kind",
                        "primary",
                        "insurance_plan_uuid",
                        planA));
        create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        fees.insurance("House"),
                        "location_uuid",
                        main,
                        "assignment_kind",
                        "primary"));
        org.api()
                .queryParam("kind", "primary")
                .queryParam("carrier_uuid", delta)
                .get(PATH + "/matrix")
                .then()
                .statusCode(200)
                .body("kind", equalTo("primary"))
                .body("locations.name", equalTo(List.of("A Main", "B North")))
                .body("rows", hasSize(2))
                .body("rows[0].insurance_plan", nullValue())
                .body("rows[0].cells[0].fee_schedule.name", equalTo("House"))
                .body("rows[1].insurance_plan.name", equalTo("Plan A"))
                .body("rows[1].cells[0].fee_schedule", nullValue())
                .body("rows[1].cells[1].fee_schedule.id", equalTo(ppo));
        org.api().queryParam("kind", "primary").get(PATH + "/matrix").then().body("rows", hasSize(3));
        org.api()
                .queryParam("kind", "ucr")
                .get(PATH + "/matrix")
                .then()
                .body("rows", hasSize(1))
                .body("rows[0].label", equalTo("UCR"));
        assertInvalid(org.api().get(PATH + "/matrix").then(), "query", "kind");
    }

    @Test
    void comparesOnePlanAcrossLocations() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String main = fees.location("A Main");
        String north = fees.location("B North");
        fees.location("C South");
        String delta = carrier(org, "Delta");
        String planA = plan(org, delta, "Plan A");
        create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        fees.insurance("PPO A"),
                        "location_uuid",
                        main,
                        "assignment_kind",
                        "primary",
                        "insurance_plan_uuid",
                        planA));
        create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        fees.insurance("Delta"),
                        "location_uuid",
                        north,
                        "assignment_kind",
                        "primary",
                        "carrier_uuid",
                        delta));
        org.api()
                .queryParam("plan_uuid", planA)
                .queryParam("kind", "primary")
                .get(PATH + "/compare")
                .then()
                .statusCode(200)
                .body("plan.name", equalTo("Plan A"))
                .body("kind", equalTo("primary"))
                .body("locations.resolution_level", equalTo(java.util.Arrays.asList("plan", "carrier", null)))
                .body("locations[1].fee_schedule.name", equalTo("Delta"));
        org.api()
                .queryParam("plan_uuid", UUID.randomUUID().toString())
                .queryParam("kind", "primary")
                .get(PATH + "/compare")
                .then()
                .statusCode(404);
        newOrg().api()
                .queryParam("plan_uuid", planA)
                .queryParam("kind", "primary")
                .get(PATH + "/compare")
                .then()
                .statusCode(404);
    }

    @Test
    void validateNamesEachProblemAndItsAssignment() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String main = fees.location("Main");
        String north = fees.location("North");
        String planA = plan(org, "Plan A");
        create(org, Map.of("fee_schedule_uuid", fees.office("UCR"), "location_uuid", main, "assignment_kind", "ucr"));
        String archivedSchedule = fees.insurance("Old PPO");
        String archived = create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        archivedSchedule,
                        "location_uuid",
                        main,
                        "assignment_kind",
                        "primary",
                        "insurance_plan_uuid",
                        planA));
        fees.archiveSchedule(archivedSchedule);
        // Rows the API would refuse, as older data or a changed schedule could leave them
        String mismatched = create(
                org,
                Map.of("fee_schedule_uuid", fees.office("Office"), "location_uuid", north, "assignment_kind", "ucr"));
        String book = org.api()
                .body(Map.of("name", "Blue Book", "rule_type", "allowed_from_claims"))
                .post("/estimate-books")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        jdbc.sql(
                        "update fee_schedule_assignment set assignment_kind = 'out_of_network', estimate_book_id = :book where id = :id")
                .param("book", UUID.fromString(book))
                .param("id", UUID.fromString(mismatched))
                .update();
        org.api()
                .get(PATH + "/validate")
                .then()
                .statusCode(200)
                .body("issues.issue_type", hasItem("missing_ucr"))
                .body("issues.find { it.issue_type == 'missing_ucr' }.location.name", equalTo("North"))
                .body("issues.find { it.issue_type == 'archived_schedule' }.assignment_uuid", equalTo(archived))
                .body("issues.find { it.issue_type == 'purpose_kind_mismatch' }.assignment_uuid", equalTo(mismatched))
                .body("issues.find { it.issue_type == 'invalid_estimate_book' }.assignment_uuid", equalTo(mismatched))
                .body(
                        "issues.findAll { it.issue_type == 'missing_primary' }.insurance_plan.name",
                        equalTo(List.of("Plan A", "Plan A")))
                .body("stats.assignments_checked", equalTo(3));
        org.api()
                .queryParam("location_uuid", north)
                .get(PATH + "/validate")
                .then()
                .body("issues.findAll { it.location.name == 'Main' }", hasSize(0));
    }
}
