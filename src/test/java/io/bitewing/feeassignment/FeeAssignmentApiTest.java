package io.bitewing.feeassignment;

import static io.bitewing.support.CoverageFixtures.body;
import static io.bitewing.support.CoverageFixtures.carrier;
import static io.bitewing.support.CoverageFixtures.plan;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class FeeAssignmentApiTest extends ApiTestSupport {

    private static final String PATH = "/fee-schedule-assignments";

    @Autowired
    JdbcClient jdbc;

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    private static String create(Org org, Map<String, Object> body) {
        return org.api().body(body).post(PATH).then().statusCode(201).extract().path("id");
    }

    @Test
    void createsAnAssignmentNamingItsReferencesAndStartingToday() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String location = fees.location("Main Street");
        String schedule = fees.insurance("Acme PPO 2025");
        String plan = plan(org, "Acme");
        org.api()
                .body(Map.of(
                        "fee_schedule_uuid",
                        schedule,
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "primary",
                        "insurance_plan_uuid",
                        plan,
                        "notes",
                        "contract 2025"))
                .post(PATH)
                .then()
                .statusCode(201)
                .body("fee_schedule.name", equalTo("Acme PPO 2025"))
                .body("location.name", equalTo("Main Street"))
                .body("insurance_plan.name", equalTo("Acme"))
                .body("carrier.name", equalTo("Acme Dental"))
                .body("assignment_kind", equalTo("primary"))
                .body("effective_start", equalTo(today()))
                .body("effective_end", nullValue())
                .body("estimate_book", nullValue())
                .body("version", equalTo(1));
    }

    @Test
    void getsListsAndFiltersAssignments() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String main = fees.location("Main");
        String north = fees.location("North");
        String ucr = fees.office("UCR");
        String id = create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        ucr,
                        "location_uuid",
                        main,
                        "assignment_kind",
                        "ucr",
                        "effective_start",
                        "2024-01-01"));
        create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        ucr,
                        "location_uuid",
                        north,
                        "assignment_kind",
                        "ucr",
                        "effective_start",
                        "2023-01-01",
                        "effective_end",
                        "2023-12-31"));
        org.api().get(PATH + "/" + id).then().statusCode(200).body("id", equalTo(id));
        org.api()
                .get(PATH)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("page", equalTo(1))
                .body("page_size", equalTo(50));
        org.api().queryParam("active_only", false).get(PATH).then().body("total", equalTo(2));
        org.api()
                .queryParam("active_as_of", "2023-06-01")
                .get(PATH)
                .then()
                .body("total", equalTo(1))
                .body("items[0].location.name", equalTo("North"));
        org.api()
                .queryParam("active_only", false)
                .queryParam("effective_start_after", "2023-06-01")
                .get(PATH)
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
        org.api()
                .queryParam("active_only", false)
                .queryParam("effective_start_before", "2023-06-01")
                .queryParam("location_uuid", north)
                .get(PATH)
                .then()
                .body("total", equalTo(1));
        org.api().queryParam("assignment_kind", "primary").get(PATH).then().body("total", equalTo(0));
        org.api().queryParam("fee_schedule_uuid", ucr).get(PATH).then().body("total", equalTo(1));
        assertInvalid(org.api().queryParam("assignment_kind", "bogus").get(PATH).then(), "query", "assignment_kind");
        assertInvalid(
                org.api().queryParam("active_as_of", "not-a-date").get(PATH).then(), "query", "active_as_of");
    }

    @Test
    void answers404ForUnknownAndOtherOrganisationsAssignments() {
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
        var other = newOrg();
        other.api()
                .get(PATH + "/" + id)
                .then()
                .statusCode(404)
                .body("detail", equalTo("Fee schedule assignment not found"));
        org.api().get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
        other.api().post(PATH + "/" + id + "/archive").then().statusCode(404);
        other.api()
                .body(Map.of("base_version", 1, "notes", "x"))
                .patch(PATH + "/" + id)
                .then()
                .statusCode(404);
        // Another organisation's schedule and location are unknown here
        other.api()
                .body(Map.of(
                        "fee_schedule_uuid",
                        new FeeFixtures(jdbc, other).office("Theirs"),
                        "location_uuid",
                        fees.location("Elsewhere"),
                        "assignment_kind",
                        "ucr"))
                .post(PATH)
                .then()
                .statusCode(404)
                .body("detail", equalTo("Location not found"));
        org.api()
                .body(Map.of(
                        "fee_schedule_uuid",
                        UUID.randomUUID().toString(),
                        "location_uuid",
                        fees.location("X"),
                        "assignment_kind",
                        "ucr"))
                .post(PATH)
                .then()
                .statusCode(404)
                .body("detail", equalTo("Fee schedule not found"));
        org.api()
                .body(Map.of(
                        "fee_schedule_uuid",
                        fees.office("U2"),
                        "location_uuid",
                        fees.location("Y"),
                        "assignment_kind",
                        "ucr",
                        "estimate_book_uuid",
                        UUID.randomUUID().toString()))
                .post(PATH)
                .then()
                .statusCode(404)
                .body("detail", equalTo("Estimate book not found"));
    }

    @Test
    void refusesASchedulesWhosePurposeDoesNotFitTheKind() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String location = fees.location("Main");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "fee_schedule_uuid",
                                fees.insurance("PPO"),
                                "location_uuid",
                                location,
                                "assignment_kind",
                                "ucr"))
                        .post(PATH)
                        .then(),
                "body",
                "fee_schedule_uuid");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "fee_schedule_uuid",
                                fees.office("UCR"),
                                "location_uuid",
                                location,
                                "assignment_kind",
                                "primary"))
                        .post(PATH)
                        .then(),
                "body",
                "fee_schedule_uuid");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "fee_schedule_uuid",
                                fees.schedule("Allowed", "allowed", "allowed"),
                                "location_uuid",
                                location,
                                "assignment_kind",
                                "out_of_network"))
                        .post(PATH)
                        .then(),
                "body",
                "fee_schedule_uuid");
        // Copay also takes fixed-benefit schedules; manual blue book takes allowed ones
        create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        fees.schedule("Fixed", "fixed_benefit", "office"),
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "copay"));
        create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        fees.schedule("Blue", "manual_blue_book", "allowed"),
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "manual_blue_book"));
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "fee_schedule_uuid",
                                fees.office("U"),
                                "location_uuid",
                                location,
                                "assignment_kind",
                                "bogus"))
                        .post(PATH)
                        .then(),
                "body",
                "assignment_kind");
    }

    @Test
    void refusesArchivedSchedulesAndReversedDates() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String location = fees.location("Main");
        String archived = fees.office("Old UCR");
        fees.archiveSchedule(archived);
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "fee_schedule_uuid", archived, "location_uuid", location, "assignment_kind", "ucr"))
                        .post(PATH)
                        .then(),
                "body",
                "fee_schedule_uuid");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "fee_schedule_uuid",
                                fees.office("UCR"),
                                "location_uuid",
                                location,
                                "assignment_kind",
                                "ucr",
                                "effective_start",
                                "2025-02-01",
                                "effective_end",
                                "2025-01-31"))
                        .post(PATH)
                        .then(),
                "body",
                "effective_end");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "fee_schedule_uuid",
                                fees.office("UCR2"),
                                "location_uuid",
                                location,
                                "assignment_kind",
                                "ucr",
                                "effective_start",
                                "2025-13-01"))
                        .post(PATH)
                        .then(),
                "body",
                "effective_start");
    }

    @Test
    void refusesOverlappingDatesInOneSlotButNotInAnother() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String location = fees.location("Main");
        String ucr = fees.office("UCR");
        create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        ucr,
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "ucr",
                        "effective_start",
                        "2024-01-01",
                        "effective_end",
                        "2024-12-31"));
        org.api()
                .body(Map.of(
                        "fee_schedule_uuid",
                        ucr,
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "ucr",
                        "effective_start",
                        "2024-12-31"))
                .post(PATH)
                .then()
                .statusCode(409);
        create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        ucr,
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "ucr",
                        "effective_start",
                        "2025-01-01"));
        // Same location and kind but a carrier-level slot: no overlap
        create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        fees.insurance("PPO"),
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "primary",
                        "carrier_uuid",
                        carrier(org, "Delta"),
                        "effective_start",
                        "2024-01-01"));
    }

    @Test
    void updatesScheduleDatesAndNotesRecheckingKindAndOverlap() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String location = fees.location("Main");
        String first = create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        fees.office("UCR 2024"),
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "ucr",
                        "effective_start",
                        "2024-01-01",
                        "effective_end",
                        "2025-06-30"));
        String second = create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        fees.office("UCR 2026"),
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "ucr",
                        "effective_start",
                        "2026-01-01",
                        "effective_end",
                        "2026-12-31"));
        org.api()
                .body(Map.of("base_version", 1, "effective_end", "2025-12-31", "notes", "closed"))
                .patch(PATH + "/" + first)
                .then()
                .statusCode(200)
                .body("effective_end", equalTo("2025-12-31"))
                .body("notes", equalTo("closed"))
                .body("version", equalTo(2));
        org.api()
                .body(Map.of("base_version", 1, "notes", "stale"))
                .patch(PATH + "/" + first)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(2));
        org.api()
                .body(Map.of("base_version", 1, "effective_start", "2025-06-01"))
                .patch(PATH + "/" + second)
                .then()
                .statusCode(409);
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 1, "fee_schedule_uuid", fees.insurance("PPO")))
                        .patch(PATH + "/" + second)
                        .then(),
                "body",
                "fee_schedule_uuid");
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 1, "effective_end", "2025-01-01"))
                        .patch(PATH + "/" + second)
                        .then(),
                "body",
                "effective_end");
        assertInvalid(
                org.api()
                        .body(body("base_version", 1, "effective_start", null))
                        .patch(PATH + "/" + second)
                        .then(),
                "body",
                "effective_start");
        String next = fees.office("UCR 2026b");
        org.api()
                .body(body("base_version", 1, "fee_schedule_uuid", next, "effective_end", null))
                .patch(PATH + "/" + second)
                .then()
                .statusCode(200)
                .body("fee_schedule.id", equalTo(next))
                .body("effective_end", nullValue());
        // Slot fields are not part of the update body
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 2, "location_uuid", location))
                        .patch(PATH + "/" + second)
                        .then(),
                "body",
                "location_uuid");
    }

    @Test
    void archivesAnAssignmentFreeingItsDates() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String location = fees.location("Main");
        String ucr = fees.office("UCR");
        String id = create(org, Map.of("fee_schedule_uuid", ucr, "location_uuid", location, "assignment_kind", "ucr"));
        org.api()
                .post(PATH + "/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("deleted_at", notNullValue())
                .body("version", equalTo(2));
        org.api().post(PATH + "/" + id + "/archive").then().statusCode(200).body("version", equalTo(2));
        org.api().get(PATH).then().body("total", equalTo(0));
        create(org, Map.of("fee_schedule_uuid", ucr, "location_uuid", location, "assignment_kind", "ucr"));
    }

    @Test
    void bulkAssignsEachLocationInItsOwnSavepointAndReportsFailures() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String a = fees.location("A");
        String b = fees.location("B");
        String c = fees.location("C");
        String ucr = fees.office("UCR");
        create(org, Map.of("fee_schedule_uuid", fees.office("Old"), "location_uuid", b, "assignment_kind", "ucr"));
        String unknown = UUID.randomUUID().toString();
        org.api()
                .body(Map.of(
                        "fee_schedule_uuid",
                        ucr,
                        "assignment_kind",
                        "ucr",
                        "location_uuids",
                        List.of(a, b, unknown, c)))
                .post(PATH + "/bulk")
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("succeeded", equalTo(2))
                .body("failed", equalTo(2))
                .body("results[0].success", equalTo(true))
                .body("results[0].assignment.location.id", equalTo(a))
                .body("results[1].success", equalTo(false))
                .body("results[1].status_code", equalTo(409))
                .body("results[1].location_uuid", equalTo(b))
                .body("results[2].status_code", equalTo(404))
                .body("results[3].success", equalTo(true));
        org.api().queryParam("fee_schedule_uuid", ucr).get(PATH).then().body("total", equalTo(2));
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "fee_schedule_uuid",
                                fees.insurance("PPO"),
                                "assignment_kind",
                                "ucr",
                                "location_uuids",
                                List.of(a)))
                        .post(PATH + "/bulk")
                        .then(),
                "body",
                "fee_schedule_uuid");
        assertInvalid(
                org.api()
                        .body(Map.of("fee_schedule_uuid", ucr, "assignment_kind", "ucr", "location_uuids", List.of()))
                        .post(PATH + "/bulk")
                        .then(),
                "body",
                "location_uuids");
    }

    @Test
    void listsByLocationAndPlanWith404ForUnknownOnes() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String location = fees.location("Main");
        String plan = plan(org, "Acme");
        create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        fees.insurance("PPO"),
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "primary",
                        "insurance_plan_uuid",
                        plan));
        create(
                org,
                Map.of("fee_schedule_uuid", fees.office("UCR"), "location_uuid", location, "assignment_kind", "ucr"));
        org.api()
                .get("/locations/" + location + "/fee-schedule-assignments")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
        org.api()
                .queryParam("assignment_kind", "ucr")
                .get("/locations/" + location + "/fee-schedule-assignments")
                .then()
                .body("total", equalTo(1));
        org.api()
                .get("/plans/" + plan + "/fee-schedule-assignments")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        org.api()
                .get("/locations/" + UUID.randomUUID() + "/fee-schedule-assignments")
                .then()
                .statusCode(404);
        newOrg().api()
                .get("/plans/" + plan + "/fee-schedule-assignments")
                .then()
                .statusCode(404);
    }

    @Test
    void listsUpcomingFutureDatedAssignments() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String location = fees.location("Main");
        String ucr = fees.office("UCR");
        create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        ucr,
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "ucr",
                        "effective_end",
                        LocalDate.now(ZoneOffset.UTC).plusDays(9).toString()));
        String future = create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        ucr,
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "ucr",
                        "effective_start",
                        LocalDate.now(ZoneOffset.UTC).plusDays(10).toString()));
        org.api()
                .get(PATH + "/upcoming")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(future));
        org.api()
                .queryParam("location_uuid", UUID.randomUUID().toString())
                .get(PATH + "/upcoming")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void replaysACreateWithTheSameIdempotencyKey() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        var request = Map.<String, Object>of(
                "fee_schedule_uuid",
                fees.office("UCR"),
                "location_uuid",
                fees.location("Main"),
                "assignment_kind",
                "ucr");
        String first = org.api()
                .header("Idempotency-Key", "a-1")
                .body(request)
                .post(PATH)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.api()
                .header("Idempotency-Key", "a-1")
                .body(request)
                .post(PATH)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        org.api().queryParam("active_only", false).get(PATH).then().body("total", equalTo(1));
    }

    @Test
    void refusesWritesWithAReadOnlyToken() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String readOnly = org.tokenWithRole("read_only");
        org.as(readOnly)
                .body(Map.of(
                        "fee_schedule_uuid",
                        fees.office("UCR"),
                        "location_uuid",
                        fees.location("Main"),
                        "assignment_kind",
                        "ucr"))
                .post(PATH)
                .then()
                .statusCode(403);
        org.as(readOnly).get(PATH).then().statusCode(200);
    }
}
