package io.bitewing.estimatebook;

import static io.bitewing.estimatebook.Books.PATH;
import static io.bitewing.estimatebook.Books.book;
import static io.bitewing.estimatebook.Books.daysAgo;
import static io.bitewing.estimatebook.Books.evidence;
import static io.bitewing.estimatebook.Books.fee;
import static io.bitewing.estimatebook.Books.recomputed;
import static io.bitewing.estimatebook.Books.schedule;
import static io.bitewing.estimatebook.Books.step;
import static io.bitewing.support.CoverageFixtures.body;
import static io.bitewing.support.CoverageFixtures.patient;
import static io.bitewing.support.CoverageFixtures.patientPlan;
import static io.bitewing.support.CoverageFixtures.subscription;
import static org.hamcrest.Matchers.equalTo;

import io.bitewing.support.ApiTestSupport;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The estimator reads an out-of-network plan's allowed fee from the estimate book its allowed assignment names. */
class BookEstimateTest extends ApiTestSupport {

    @Test
    void anEstimateFollowsTheBookAsEvidenceArrivesAndRecomputesComplete() {
        var org = newOrg();
        String crown = Books.code(org, "D2740");
        String ucr = schedule(org, "Office UCR", "normal");
        fee(org, ucr, crown, 1200);
        String location = Books.officeWithUcr(org, ucr);
        String plan = Books.outOfNetworkPlan(org, Books.carrier(org, "Northwind", null), "Northwind OON", "NW-1");
        String crowns = org.api()
                .get("/coverage-categories?page_size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.category_name == 'Crowns' }.id");
        org.api()
                .body(body("benefit_type", "coinsurance", "coverage_category_uuid", crowns, "percent", 50))
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(201);
        String book = book(
                org,
                Map.of("name", "Northwind Blue Book", "rule_type", "allowed_from_claims", "insurance_plan_uuid", plan));
        step(org, book, 1, "insurance_plan", "years", 2);
        String ana = patientReadingTheBook(org, location, plan, book);

        // No entries yet: the allowed fee is the office fee, as for any out-of-network plan without an allowance.
        estimate(org, ana)
                .body("procedures[0].lines[0].allowed_fee", equalTo("1200.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("600.00"));

        claim(org, book, crown, plan, 40, 900);
        recomputed(org, book);
        estimate(org, ana)
                .body("procedures[0].lines[0].allowed_fee", equalTo("900.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("450.00"));

        for (int amount : List.of(1000, 1100)) {
            claim(org, book, crown, plan, 10, amount);
        }
        // Until the recompute completes, the estimate keeps the book's current entries.
        estimate(org, ana).body("procedures[0].lines[0].allowed_fee", equalTo("900.00"));
        recomputed(org, book);
        estimate(org, ana)
                .body("procedures[0].lines[0].allowed_fee", equalTo("1000.00"))
                .body("procedures[0].lines[0].insurance_estimate", equalTo("500.00"));

        // An archived book is no longer read.
        org.api().post(PATH + "/" + book + "/archive").then().statusCode(200);
        estimate(org, ana).body("procedures[0].lines[0].allowed_fee", equalTo("1200.00"));
    }

    @Test
    void aDraftBookIsRecomputedButNotReadUntilActiveAndItsClaimMatchMethodLearnsWithoutSteps() {
        var org = newOrg();
        String crown = Books.code(org, "D2740");
        String ucr = schedule(org, "Office UCR", "normal");
        fee(org, ucr, crown, 1200);
        String location = Books.officeWithUcr(org, ucr);
        String carrier = Books.carrier(org, "Northwind", null);
        String plan = Books.outOfNetworkPlan(org, carrier, "Northwind OON", "NW-1");
        String sibling = Books.outOfNetworkPlan(org, carrier, "Northwind OON 2", "NW-2");
        // No rule steps: the carrier-wide claim match method is what learns, from a sibling plan's claim.
        String book = book(
                org,
                Map.of(
                        "name", "Northwind draft",
                        "rule_type", "allowed_from_claims",
                        "claim_match_method", "insurance_carrier",
                        "carrier_uuid", carrier,
                        "status", "draft"));
        String ana = patientReadingTheBook(org, location, plan, book);
        claim(org, book, crown, sibling, 40, 800);
        recomputed(org, book);
        // The finished run is a change in the feed, after the run's creation.
        org.practice()
                .get("/changes?types=estimate_book_run")
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("create", "complete")));
        org.api()
                .get(PATH + "/" + book + "/allowed-fees")
                .then()
                .statusCode(200)
                .body("items.findAll { it.insurance_plan.id == '" + plan + "' }.allowed_fee", equalTo(List.of(800.0f)));
        // A draft is inspected, not used: the estimate still takes the office fee.
        estimate(org, ana).body("procedures[0].lines[0].allowed_fee", equalTo("1200.00"));

        org.api()
                .body(Map.of("base_version", 1, "status", "active"))
                .patch(PATH + "/" + book)
                .then()
                .statusCode(200)
                .body("status", equalTo("active"));
        estimate(org, ana).body("procedures[0].lines[0].allowed_fee", equalTo("800.00"));
    }

    /** An adjudicated claim of the plan, {@code days} ago, with the allowed amount the payer stated. */
    private static void claim(Org org, String book, String code, String plan, int days, int allowed) {
        evidence(
                org,
                book,
                Map.of(
                        "procedure_code_uuid", code,
                        "procedure_service_date", daysAgo(days),
                        "source_type", "adjudicated_claim",
                        "insurance_plan_uuid", plan,
                        "allowed_override", allowed));
    }

    /** The plan's allowed assignment at the location names the book; Ana holds the plan. */
    private static String patientReadingTheBook(Org org, String location, String plan, String book) {
        org.api()
                .body(Map.of(
                        "fee_schedule_uuid",
                        schedule(org, "Northwind allowed", "allowed"),
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "allowed",
                        "insurance_plan_uuid",
                        plan,
                        "estimate_book_uuid",
                        book,
                        "effective_start",
                        "2020-01-01"))
                .post("/fee-schedule-assignments")
                .then()
                .statusCode(201);
        String ana = patient(org, "Ana", "Rivera");
        patientPlan(org, ana, subscription(org, plan, ana, "NW-77"), "self");
        return ana;
    }

    private static ValidatableResponse estimate(Org org, String patient) {
        return org.api()
                .body(body(
                        "patient_uuid", patient, "procedures", List.of(body("procedure_code", "D2740", "tooth", "3"))))
                .post("/estimates")
                .then()
                .statusCode(200);
    }
}
