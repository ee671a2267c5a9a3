package io.bitewing.feeschedule;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class FeeScheduleApiTest extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    static String schedule(Org org, String name, String type) {
        return org.api()
                .body(Map.of("name", name, "fee_sched_type", type))
                .post("/fee-schedules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String code(Org org, String code, String category) {
        return org.practice()
                .body(Map.of("code", code, "description", "Procedure " + code, "category", category))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String fee(Org org, String scheduleId, String codeId, Object amount) {
        return org.api()
                .body(Map.of("procedure_code_uuid", codeId, "amount", amount))
                .post("/fee-schedules/" + scheduleId + "/fees")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void assign(Org org, String scheduleId) {
        String location = org.practice()
                .body(Map.of("name", "Main " + UUID.randomUUID()))
                .post("/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        jdbc.sql("""
                insert into fee_schedule_assignment (org_id, id, fee_schedule_id, location_id, assignment_kind, effective_start)
                values (:org, :id, :schedule, :location, 'ucr', :start)
                """)
                .param("org", org.id())
                .param("id", UUID.randomUUID())
                .param("schedule", UUID.fromString(scheduleId))
                .param("location", UUID.fromString(location))
                .param("start", LocalDate.now())
                .update();
    }

    @Test
    void createsASchedulePurposeDefaultingByType() {
        var org = newOrg();
        String id = org.api()
                .body(Map.of("name", "UCR 2025", "fee_sched_type", "normal", "notes", "office fees"))
                .post("/fee-schedules")
                .then()
                .statusCode(201)
                .body("purpose", equalTo("office"))
                .body("status", equalTo("active"))
                .body("version", equalTo(1))
                .body("assignment_count", equalTo(0))
                .body("notes_count", equalTo(0))
                .body("deleted_at", nullValue())
                .extract()
                .path("id");
        org.api()
                .get("/fee-schedules/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("UCR 2025"))
                .body("notes", equalTo("office fees"));
        org.api()
                .body(Map.of("name", "Copay", "fee_sched_type", "copay"))
                .post("/fee-schedules")
                .then()
                .body("purpose", equalTo("insurance"));
        org.api()
                .body(Map.of("name", "Blue book", "fee_sched_type", "manual_blue_book"))
                .post("/fee-schedules")
                .then()
                .body("purpose", equalTo("allowed"));
        org.api()
                .body(Map.of("name", "PPO", "fee_sched_type", "normal", "purpose", "insurance"))
                .post("/fee-schedules")
                .then()
                .statusCode(201)
                .body("purpose", equalTo("insurance"));
    }

    @Test
    void refusesAPurposeThatDoesNotSuitTheTypeAndBadBodies() {
        var org = newOrg();
        assertInvalid(
                org.api()
                        .body(Map.of("name", "X", "fee_sched_type", "copay", "purpose", "office"))
                        .post("/fee-schedules")
                        .then(),
                "body",
                "purpose");
        assertInvalid(
                org.api()
                        .body(Map.of("name", "X", "fee_sched_type", "gold"))
                        .post("/fee-schedules")
                        .then(),
                "body",
                "fee_sched_type");
        assertInvalid(
                org.api()
                        .body(Map.of("fee_sched_type", "normal"))
                        .post("/fee-schedules")
                        .then(),
                "body",
                "name");
        org.api().body(Map.of()).post("/fee-schedules").then().statusCode(422);
    }

    @Test
    void rejectsADuplicateLiveName() {
        var org = newOrg();
        String id = schedule(org, "UCR", "normal");
        org.api()
                .body(Map.of("name", "ucr", "fee_sched_type", "normal"))
                .post("/fee-schedules")
                .then()
                .statusCode(409);
        org.api()
                .post("/fee-schedules/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("status", equalTo("archived"))
                .body("deleted_at", notNullValue())
                .body("version", equalTo(2));
        schedule(org, "UCR", "normal");
    }

    @Test
    void listsWithFiltersAndHidesArchivedSchedules() {
        var org = newOrg();
        schedule(org, "Alpha UCR", "normal");
        schedule(org, "Beta Copay", "copay");
        String archived = schedule(org, "Gamma Allowed", "allowed");
        org.api().post("/fee-schedules/" + archived + "/archive").then().statusCode(200);
        org.api()
                .get("/fee-schedules")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.name", equalTo(List.of("Alpha UCR", "Beta Copay")))
                .body("page_size", equalTo(50));
        org.api().get("/fee-schedules?status=archived").then().body("items.name", equalTo(List.of("Gamma Allowed")));
        org.api().get("/fee-schedules?purpose=insurance").then().body("items.name", equalTo(List.of("Beta Copay")));
        org.api().get("/fee-schedules?fee_sched_type=normal").then().body("items.name", equalTo(List.of("Alpha UCR")));
        org.api().get("/fee-schedules?search=beta").then().body("total", equalTo(1));
        assertInvalid(org.api().get("/fee-schedules?purpose=other").then(), "query", "purpose");
        assertInvalid(org.api().get("/fee-schedules?page_size=0").then(), "query", "page_size");
    }

    @Test
    void patchesWithBaseVersionAndRefusesStaleVersions() {
        var org = newOrg();
        String id = schedule(org, "UCR", "normal");
        var body = new HashMap<String, Object>();
        body.put("base_version", 1);
        body.put("name", "UCR 2026");
        body.put("notes", null);
        org.api()
                .body(body)
                .patch("/fee-schedules/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("UCR 2026"))
                .body("version", equalTo(2));
        org.api()
                .body(Map.of("base_version", 1, "name", "late"))
                .patch("/fee-schedules/" + id)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(2));
        org.api()
                .body(Map.of("base_version", 2, "fee_sched_type", "copay", "purpose", "insurance"))
                .patch("/fee-schedules/" + id)
                .then()
                .statusCode(200)
                .body("fee_sched_type", equalTo("copay"));
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 3, "purpose", "office"))
                        .patch("/fee-schedules/" + id)
                        .then(),
                "body",
                "purpose");
        assertInvalid(
                org.api()
                        .body(Map.of("name", "x"))
                        .patch("/fee-schedules/" + id)
                        .then(),
                "body",
                "base_version");
    }

    @Test
    void refusesATypeOrPurposeChangeWhileALiveAssignmentUsesTheSchedule() {
        var org = newOrg();
        String id = schedule(org, "UCR", "normal");
        assign(org, id);
        org.api().get("/fee-schedules/" + id).then().body("assignment_count", equalTo(1));
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 1, "purpose", "insurance"))
                        .patch("/fee-schedules/" + id)
                        .then(),
                "body",
                "purpose");
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 1, "fee_sched_type", "copay", "purpose", "insurance"))
                        .patch("/fee-schedules/" + id)
                        .then(),
                "body",
                "fee_sched_type");
        org.api()
                .body(Map.of("base_version", 1, "name", "Renamed"))
                .patch("/fee-schedules/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void answers404ForUnknownIdsAndForAnotherOrganisationsIds() {
        var org = newOrg();
        var other = newOrg();
        String theirs = schedule(other, "Theirs", "normal");
        for (String id : List.of(theirs, UUID.randomUUID().toString())) {
            org.api()
                    .get("/fee-schedules/" + id)
                    .then()
                    .statusCode(404)
                    .body("detail", equalTo("Fee schedule not found"));
            org.api()
                    .body(Map.of("base_version", 1, "name", "x"))
                    .patch("/fee-schedules/" + id)
                    .then()
                    .statusCode(404);
            org.api().post("/fee-schedules/" + id + "/archive").then().statusCode(404);
            org.api().get("/fee-schedules/" + id + "/history").then().statusCode(404);
            org.api()
                    .body(Map.of("new_name", "Copy"))
                    .post("/fee-schedules/" + id + "/copy")
                    .then()
                    .statusCode(404);
            org.api()
                    .body(Map.of("base_version", 1, "direction", "increase", "percentage", 5))
                    .post("/fee-schedules/" + id + "/undulate")
                    .then()
                    .statusCode(404);
            org.api().get("/fee-schedules/" + id + "/notes").then().statusCode(404);
            org.api()
                    .body(Map.of("date_entry", "2025-01-15", "note", "n"))
                    .post("/fee-schedules/" + id + "/notes")
                    .then()
                    .statusCode(404);
        }
        other.api().get("/fee-schedules/" + theirs).then().statusCode(200);
    }

    @Test
    void statsCountFeesAndLiveAssignmentsPerLiveSchedule() {
        var org = newOrg();
        String ucr = schedule(org, "A UCR", "normal");
        String empty = schedule(org, "B Empty", "normal");
        fee(org, ucr, code(org, "D0120", "Diagnostic"), 50);
        fee(org, ucr, code(org, "D1110", "Preventive"), 95);
        assign(org, ucr);
        org.api()
                .get("/fee-schedules/stats")
                .then()
                .statusCode(200)
                .body("items.fee_schedule_uuid", equalTo(List.of(ucr, empty)))
                .body("items.fee_count", equalTo(List.of(2, 0)))
                .body("items.assignment_count", equalTo(List.of(1, 0)));
    }

    @Test
    void copiesEveryFeeWithAPercentageRoundedHalfUp() {
        var org = newOrg();
        String source = schedule(org, "UCR", "normal");
        fee(org, source, code(org, "D0120", "Diagnostic"), new java.math.BigDecimal("10.05"));
        fee(org, source, code(org, "D0140", "Diagnostic"), new java.math.BigDecimal("100.00"));
        String copy = org.api()
                .body(Map.of("new_name", "UCR plus 10", "percentage_adjustment", 10))
                .post("/fee-schedules/" + source + "/copy")
                .then()
                .statusCode(201)
                .body("name", equalTo("UCR plus 10"))
                .body("fee_sched_type", equalTo("normal"))
                .body("version", equalTo(1))
                .extract()
                .path("id");
        // 10.05 × 1.1 = 11.055 → 11.06 (half-up); 100 × 1.1 = 110.00
        org.api()
                .get("/fee-schedules/" + copy + "/fees?sort_col=code")
                .then()
                .statusCode(200)
                .body("items.amount", equalTo(List.of("11.06", "110.00")));
        org.api()
                .get("/fee-schedules/" + source + "/fees")
                .then()
                .body("items.amount", equalTo(List.of("10.05", "100.00")));
        org.api()
                .body(Map.of("new_name", "ucr"))
                .post("/fee-schedules/" + source + "/copy")
                .then()
                .statusCode(409);
        assertInvalid(
                org.api()
                        .body(Map.of("new_name", "Bad", "percentage_adjustment", -100))
                        .post("/fee-schedules/" + source + "/copy")
                        .then(),
                "body",
                "percentage_adjustment");
        org.api().get("/fee-schedules/" + copy + "/history").then().body("items[0].action", equalTo("copy"));
    }

    @Test
    void undulatesEveryFeeBumpsTheVersionAndRefusesStaleOrBadPercentages() {
        var org = newOrg();
        String id = schedule(org, "UCR", "normal");
        String feeId = fee(org, id, code(org, "D0120", "Diagnostic"), new java.math.BigDecimal("10.05"));
        org.api()
                .body(Map.of("base_version", 1, "direction", "decrease", "percentage", 5))
                .post("/fee-schedules/" + id + "/undulate")
                .then()
                .statusCode(200)
                .body("updated", equalTo(1))
                .body("fee_schedule.version", equalTo(2));
        // 10.05 × 0.95 = 9.5475 → 9.55
        org.api()
                .get("/fee-schedules/" + id + "/fees")
                .then()
                .body("items[0].amount", equalTo("9.55"))
                .body("items[0].id", equalTo(feeId))
                .body("items[0].version", equalTo(2));
        org.api()
                .body(Map.of("base_version", 1, "direction", "increase", "percentage", 5))
                .post("/fee-schedules/" + id + "/undulate")
                .then()
                .statusCode(409)
                .body("current_version", equalTo(2));
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 2, "direction", "decrease", "percentage", 101))
                        .post("/fee-schedules/" + id + "/undulate")
                        .then(),
                "body",
                "percentage");
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 2, "direction", "increase", "percentage", 0))
                        .post("/fee-schedules/" + id + "/undulate")
                        .then(),
                "body",
                "percentage");
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 2, "direction", "up", "percentage", 3))
                        .post("/fee-schedules/" + id + "/undulate")
                        .then(),
                "body",
                "direction");
        org.api().get("/fee-schedules/" + id + "/fees").then().body("items[0].amount", equalTo("9.55"));
    }

    @Test
    void historyListsScheduleAndFeeChangesNewestFirst() {
        var org = newOrg();
        String id = schedule(org, "UCR", "normal");
        fee(org, id, code(org, "D0120", "Diagnostic"), 50);
        org.api()
                .body(Map.of("base_version", 1, "name", "UCR 2"))
                .patch("/fee-schedules/" + id)
                .then()
                .statusCode(200);
        org.api().post("/fee-schedules/" + id + "/archive").then().statusCode(200);
        org.api()
                .get("/fee-schedules/" + id + "/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("items.action", equalTo(List.of("archive", "update", "fee_create", "create")))
                .body("items[1].changed_fields", equalTo(List.of("name")));
        org.api()
                .get("/fee-schedules/" + id + "/history?limit=1&offset=1")
                .then()
                .body("items.action", equalTo(List.of("update")))
                .body("total", equalTo(4));
        assertInvalid(org.api().get("/fee-schedules/" + id + "/history?limit=0").then(), "query", "limit");
    }

    @Test
    void notesAreListedCreatedAndDeleted() {
        var org = newOrg();
        String id = schedule(org, "UCR", "normal");
        String note = org.api()
                .body(Map.of("date_entry", "2025-01-15", "note", "Contract renewed", "author", "Pat"))
                .post("/fee-schedules/" + id + "/notes")
                .then()
                .statusCode(201)
                .body("fee_schedule.id", equalTo(id))
                .body("fee_schedule.name", equalTo("UCR"))
                .body("note", equalTo("Contract renewed"))
                .body("date_entry", equalTo("2025-01-15"))
                .extract()
                .path("id");
        org.api().get("/fee-schedules/" + id).then().body("notes_count", equalTo(1));
        org.api()
                .get("/fee-schedules/" + id + "/notes")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(note)));
        assertInvalid(
                org.api()
                        .body(Map.of("note", "no date"))
                        .post("/fee-schedules/" + id + "/notes")
                        .then(),
                "body",
                "date_entry");
        org.api().delete("/fee-schedules/" + id + "/notes/" + note).then().statusCode(204);
        org.api().delete("/fee-schedules/" + id + "/notes/" + note).then().statusCode(404);
        org.api()
                .get("/fee-schedules/" + id + "/history")
                .then()
                .body("items.action", hasItems("note_create", "note_delete"));
    }

    @Test
    void replaysACreateWithTheSameIdempotencyKeyAndRefusesReadOnlyTokens() {
        var org = newOrg();
        var body = Map.of("name", "Once", "fee_sched_type", "normal");
        String first = org.api()
                .header("Idempotency-Key", "fs-1")
                .body(body)
                .post("/fee-schedules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.api()
                .header("Idempotency-Key", "fs-1")
                .body(body)
                .post("/fee-schedules")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        org.api().get("/fee-schedules").then().body("total", equalTo(1));
        String reader = org.tokenWithRole("read_only");
        org.as(reader)
                .body(Map.of("name", "Nope", "fee_sched_type", "normal"))
                .post("/fee-schedules")
                .then()
                .statusCode(403);
        org.as(reader).get("/fee-schedules/" + first).then().statusCode(200);
    }
}
