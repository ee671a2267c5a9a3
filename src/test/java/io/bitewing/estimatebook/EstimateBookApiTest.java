package io.bitewing.estimatebook;

import static io.bitewing.estimatebook.Books.PATH;
import static io.bitewing.estimatebook.Books.book;
import static io.bitewing.estimatebook.Books.schedule;
import static io.bitewing.support.CoverageFixtures.body;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EstimateBookApiTest extends ApiTestSupport {

    @Test
    void createsReadsListsUpdatesAndArchivesABook() {
        var org = newOrg();
        String carrier = Books.carrier(org, "Acme Mutual", null);
        String plan = Books.outOfNetworkPlan(org, carrier, "Acme OON", "G-1");
        String allowed = schedule(org, "Acme Allowed", "allowed");
        String id = org.api()
                .body(Map.of(
                        "name",
                        " Acme Blue Book ",
                        "rule_type",
                        "allowed_from_claims",
                        "insurance_plan_uuid",
                        plan,
                        "allowed_fee_schedule_uuid",
                        allowed,
                        "claim_match_method",
                        "group_number"))
                .post(PATH)
                .then()
                .statusCode(201)
                .body("name", equalTo("Acme Blue Book"))
                .body("scope_type", equalTo("plan"))
                .body("insurance_plan.name", equalTo("Acme OON"))
                .body("carrier.name", equalTo("Acme Mutual"))
                .body("allowed_fee_schedule.name", equalTo("Acme Allowed"))
                .body("claim_match_method", equalTo("group_number"))
                .body("exclude_over_ucr", equalTo(false))
                .body("status", equalTo("active"))
                .body("version", equalTo(1))
                .body("deleted_at", nullValue())
                .extract()
                .path("id");
        book(org, Map.of("name", "Everyone", "rule_type", "ucr_fallback"));
        book(org, Map.of("name", "Acme carrier", "rule_type", "ucr_fallback", "carrier_uuid", carrier));

        org.api().get(PATH + "/" + id).then().statusCode(200).body("id", equalTo(id));
        org.api()
                .get(PATH + "?search=acme")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.name", equalTo(List.of("Acme Blue Book", "Acme carrier")));
        org.api().get(PATH + "?scope_type=tenant").then().body("items.name", equalTo(List.of("Everyone")));

        org.api()
                .body(Map.of("base_version", 1, "name", "Acme Book", "exclude_over_ucr", true))
                .patch(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Acme Book"))
                .body("exclude_over_ucr", equalTo(true))
                .body("version", equalTo(2));
        org.api()
                .body(body(
                        "base_version",
                        2,
                        "scope_type",
                        "carrier",
                        "insurance_plan_uuid",
                        null,
                        "carrier_uuid",
                        carrier))
                .patch(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("scope_type", equalTo("carrier"))
                .body("insurance_plan", nullValue())
                .body("carrier.name", equalTo("Acme Mutual"));

        org.api()
                .post(PATH + "/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("status", equalTo("archived"))
                .body("deleted_at", notNullValue())
                .body("version", equalTo(4));
        org.api().get(PATH).then().body("total", equalTo(2));
        org.api().get(PATH + "?status=archived").then().body("items.id", equalTo(List.of(id)));
        org.api().get(PATH + "/" + id).then().statusCode(200).body("status", equalTo("archived"));
        org.api()
                .body(Map.of("base_version", 4, "status", "active"))
                .patch(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("active"))
                .body("deleted_at", nullValue());
    }

    @Test
    void answers404ForUnknownBooksAndReferencesIncludingAnotherOrganisations() {
        var org = newOrg();
        var other = newOrg();
        String id = book(org, Map.of("name", "Mine", "rule_type", "ucr_fallback"));
        other.api().get(PATH + "/" + id).then().statusCode(404).body("detail", equalTo("Estimate book not found"));
        other.api()
                .body(Map.of("base_version", 1, "name", "x"))
                .patch(PATH + "/" + id)
                .then()
                .statusCode(404);
        other.api().post(PATH + "/" + id + "/archive").then().statusCode(404);
        org.api()
                .body(Map.of(
                        "name",
                        "x",
                        "rule_type",
                        "ucr_fallback",
                        "carrier_uuid",
                        UUID.randomUUID().toString()))
                .post(PATH)
                .then()
                .statusCode(404)
                .body("detail", equalTo("Carrier not found"));
        org.api()
                .body(Map.of(
                        "name",
                        "x",
                        "rule_type",
                        "ucr_fallback",
                        "insurance_plan_uuid",
                        Books.outOfNetworkPlan(other, Books.carrier(other, "Theirs", null), "T", "T")))
                .post(PATH)
                .then()
                .statusCode(404)
                .body("detail", equalTo("Plan not found"));
        org.api()
                .body(Map.of(
                        "name",
                        "x",
                        "rule_type",
                        "ucr_fallback",
                        "allowed_fee_schedule_uuid",
                        schedule(other, "Theirs", "allowed")))
                .post(PATH)
                .then()
                .statusCode(404)
                .body("detail", equalTo("Fee schedule not found"));
    }

    @Test
    void rejectsAStaleBaseVersion() {
        var org = newOrg();
        String id = book(org, Map.of("name", "Mine", "rule_type", "ucr_fallback"));
        org.api()
                .body(Map.of("base_version", 1, "name", "One"))
                .patch(PATH + "/" + id)
                .then()
                .statusCode(200);
        org.api()
                .body(Map.of("base_version", 1, "name", "Two"))
                .patch(PATH + "/" + id)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(2));
        org.api().get(PATH + "/" + id).then().body("name", equalTo("One"));
    }

    @Test
    void rejectsScopesReferencesAndRulesThatDoNotFitTogether() {
        var org = newOrg();
        String carrier = Books.carrier(org, "Acme", null);
        String plan = Books.outOfNetworkPlan(org, carrier, "Acme OON", "G-1");
        assertInvalid(
                org.api().body(Map.of("rule_type", "ucr_fallback")).post(PATH).then(), "body", "name");
        assertInvalid(
                org.api()
                        .body(Map.of("name", "x", "rule_type", "blue"))
                        .post(PATH)
                        .then(),
                "body",
                "rule_type");
        assertInvalid(
                org.api()
                        .body(Map.of("name", "x", "rule_type", "ucr_fallback", "scope_type", "carrier"))
                        .post(PATH)
                        .then(),
                "body",
                "carrier_uuid");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "name",
                                "x",
                                "rule_type",
                                "ucr_fallback",
                                "scope_type",
                                "tenant",
                                "carrier_uuid",
                                carrier))
                        .post(PATH)
                        .then(),
                "body",
                "carrier_uuid");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "name",
                                "x",
                                "rule_type",
                                "ucr_fallback",
                                "insurance_plan_uuid",
                                plan,
                                "carrier_uuid",
                                Books.carrier(org, "Other", null)))
                        .post(PATH)
                        .then(),
                "body",
                "carrier_uuid");
        assertInvalid(
                org.api()
                        .body(Map.of("name", "x", "rule_type", "manual_fee_schedule"))
                        .post(PATH)
                        .then(),
                "body",
                "allowed_fee_schedule_uuid");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "name",
                                "x",
                                "rule_type",
                                "ucr_fallback",
                                "allowed_fee_schedule_uuid",
                                schedule(org, "Office", "normal")))
                        .post(PATH)
                        .then(),
                "body",
                "allowed_fee_schedule_uuid");
        String id = book(org, Map.of("name", "Mine", "rule_type", "ucr_fallback"));
        assertInvalid(org.api().body(Map.of("name", "x")).patch(PATH + "/" + id).then(), "body", "base_version");
        assertInvalid(
                org.api()
                        .body(body("base_version", 1, "name", null))
                        .patch(PATH + "/" + id)
                        .then(),
                "body",
                "name");
        assertInvalid(org.api().get(PATH + "?status=paused").then(), "query", "status");
    }

    @Test
    void anAllowedAssignmentMayNameALiveBookOfItsOrganisation() {
        var org = newOrg();
        String allowed = schedule(org, "Allowed", "allowed");
        String location = org.practice()
                .body(Map.of("name", "Main"))
                .post("/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String id = book(org, Map.of("name", "Blue Book", "rule_type", "allowed_from_claims"));
        String assignment = org.api()
                .body(Map.of(
                        "fee_schedule_uuid",
                        allowed,
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "allowed",
                        "estimate_book_uuid",
                        id))
                .post("/fee-schedule-assignments")
                .then()
                .statusCode(201)
                .body("estimate_book.id", equalTo(id))
                .body("estimate_book.name", equalTo("Blue Book"))
                .extract()
                .path("id");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "fee_schedule_uuid",
                                schedule(org, "UCR", "normal"),
                                "location_uuid",
                                location,
                                "assignment_kind",
                                "ucr",
                                "estimate_book_uuid",
                                id))
                        .post("/fee-schedule-assignments")
                        .then(),
                "body",
                "estimate_book_uuid");
        org.api().post(PATH + "/" + id + "/archive").then().statusCode(200);
        org.api()
                .get("/fee-schedule-assignments/validate")
                .then()
                .statusCode(200)
                .body("issues.find { it.issue_type == 'invalid_estimate_book' }.assignment_uuid", equalTo(assignment));
        String other = book(org, Map.of("name", "Other", "rule_type", "allowed_from_claims"));
        String gone = book(org, Map.of("name", "Gone", "rule_type", "allowed_from_claims"));
        org.api().post(PATH + "/" + gone + "/archive").then().statusCode(200);
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 1, "estimate_book_uuid", gone))
                        .patch("/fee-schedule-assignments/" + assignment)
                        .then(),
                "body",
                "estimate_book_uuid");
        org.api()
                .body(Map.of("base_version", 1, "estimate_book_uuid", other))
                .patch("/fee-schedule-assignments/" + assignment)
                .then()
                .statusCode(200)
                .body("estimate_book.name", equalTo("Other"));
        newOrg().api().get(PATH + "/" + other).then().statusCode(404);
    }
}
