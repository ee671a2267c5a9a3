package io.bitewing.draft;

import static io.bitewing.draft.DraftFixtures.carrier;
import static io.bitewing.draft.DraftFixtures.flat;
import static io.bitewing.draft.DraftFixtures.importOne;
import static io.bitewing.draft.DraftFixtures.importRows;
import static io.bitewing.draft.DraftFixtures.patient;
import static io.bitewing.draft.DraftFixtures.plan;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DraftReviewApiTest extends ApiTestSupport {

    @Test
    void listsDraftsNewestFirstFilteredByPatientAndReviewStatus() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Gil", "1990-01-01");
        String ben = patient(org, "Ben", "Gil", "1991-01-01");
        carrier(org, "Guardian", null);
        importRows(org, ana, List.of(flat("Guardian", null, null, null, null, "M1", "self"), Map.of("junk", true)))
                .statusCode(201);
        String bens = importOne(org, ben, flat("Guardian", null, null, null, null, "M2", "self"));

        org.api()
                .get("/drafts")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items[0].id", equalTo(bens))
                .body("page", equalTo(1))
                .body("page_size", equalTo(50));
        org.api().get("/drafts?patient_uuid=" + ana).then().body("total", equalTo(2));
        org.api()
                .get("/drafts?patient_uuid=" + ana + "&review_status=error")
                .then()
                .body("total", equalTo(1))
                .body("items[0].raw_data_json.junk", equalTo(true));
        org.api()
                .get("/drafts?review_status=pending&page_size=1&page=2")
                .then()
                .body("total", equalTo(2))
                .body("items", hasSize(1));
        org.api()
                .get("/drafts?patient_uuid=" + UUID.randomUUID())
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        assertInvalid(org.api().get("/drafts?review_status=done").then(), "query", "review_status");
        assertInvalid(org.api().get("/drafts?patient_uuid=nope").then(), "query", "patient_uuid");
        assertInvalid(org.api().get("/drafts?page_size=201").then(), "query", "page_size");
    }

    @Test
    void getRanksCandidateCarriersPlansAndPatients() {
        var org = newOrg();
        String sofia = patient(org, "Sofia", "Rivera", "2015-06-21");
        String daniel = patient(org, "Daniel", "Rivera", "1982-11-02");
        String danny = patient(org, "Danny", "Rivera", "1982-11-02");
        patient(org, "Zed", "Young", "1970-01-01");
        String exact = carrier(org, "Delta Dental, Inc.", null);
        String regional = carrier(org, "Delta Dental of Illinois", "DDIL");
        carrier(org, "Guardian", null);
        String g100 = plan(org, exact, "Lakeside Schools", "G-100");
        String other = plan(org, exact, "City Workers", "C-7");
        String elsewhere = plan(org, regional, "Lakeside Schools", "G-100");
        String draft =
                importOne(org, sofia, flat("DELTA DENTAL", "G-100", "Daniel", "Rivera", "1982-11-02", "M1", "child"));

        org.api()
                .get("/drafts/" + draft)
                .then()
                .statusCode(200)
                .body("draft.id", equalTo(draft))
                .body("draft.review_status", equalTo("matched"))
                .body("candidates.carriers.id", contains(exact, regional))
                .body("candidates.carriers[0].reasons", contains("name", "similar_name"))
                .body("candidates.carriers[0].score", equalTo(2.0f))
                .body("candidates.carriers[1].reasons", contains("similar_name"))
                .body("candidates.plans.id", contains(g100, elsewhere, other))
                .body("candidates.plans[0].reasons", contains("group_number", "carrier", "similar_group_name"))
                .body("candidates.plans[1].carrier.id", equalTo(regional))
                .body("candidates.patients.id", contains(daniel, danny))
                .body("candidates.patients[0].reasons", contains("name", "birthdate", "similar_name"))
                .body("candidates.patients[0].birthdate", equalTo("1982-11-02"));

        org.api().get("/drafts/" + UUID.randomUUID()).then().statusCode(404).body("detail", equalTo("Draft not found"));
        assertInvalid(org.api().get("/drafts/not-a-uuid").then(), "path", "draft_uuid");
    }

    @Test
    void theGroupNumberRanksAPlanFirstAndTheSelfPatientIsTheSubscriberCandidate() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Gil", "1990-01-01");
        String guardian = carrier(org, "Guardian", "GRD");
        plan(org, guardian, "Alpha", "A-1");
        String wanted = plan(org, guardian, "Beta", "B-2");
        String draft = importOne(org, ana, flat("Guardian Co", "b-2", null, null, null, "M1", "self"));
        org.api()
                .get("/drafts/" + draft)
                .then()
                .body("candidates.plans[0].id", equalTo(wanted))
                .body("candidates.plans[0].reasons", hasItem("group_number"))
                .body("candidates.patients.id", contains(ana))
                .body("candidates.patients[0].reasons", hasItem("self"));
        String unreadable = importRows(org, ana, List.of(Map.of("colour", "blue")))
                .extract()
                .path("items[0].id");
        org.api()
                .get("/drafts/" + unreadable)
                .then()
                .statusCode(200)
                .body("candidates.carriers", hasSize(0))
                .body("candidates.patients", hasSize(0));
    }

    @Test
    void aReviewerCompletesAPendingDraftByChoosingTheSubscriber() {
        var org = newOrg();
        String sofia = patient(org, "Sofia", "Rivera", "2015-06-21");
        String daniel = patient(org, "Daniel", "Rivera", "1982-11-02");
        String guardian = carrier(org, "Guardian", null);
        String plan = plan(org, guardian, "Lakeside", "L-1");
        String draft = importOne(org, sofia, flat("Guardian", "L-1", "Dan", "Rivera", null, "M1", "child"));
        org.api()
                .get("/drafts/" + draft)
                .then()
                .body("draft.review_status", equalTo("pending"))
                .body("draft.matched_plan.id", equalTo(plan));

        org.api()
                .body(Map.of("subscriber_patient_uuid", daniel))
                .put("/drafts/" + draft + "/match")
                .then()
                .statusCode(200)
                .body("review_status", equalTo("matched"))
                .body("subscriber_patient.id", equalTo(daniel))
                .body("matched_carrier.id", equalTo(guardian))
                .body("matched_plan.id", equalTo(plan))
                .body("reviewed_at", notNullValue())
                .body("reviewed_by_user_uuid", notNullValue())
                .body("version", equalTo(2));
    }

    @Test
    void choosingACarrierDropsAPlanOfAnotherCarrierAndAPlanBringsItsCarrier() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Gil", "1990-01-01");
        String guardian = carrier(org, "Guardian", null);
        String delta = carrier(org, "Delta", null);
        plan(org, guardian, "Lakeside", "L-1");
        String deltaPlan = plan(org, delta, "Delta PPO", "D-1");
        String draft = importOne(org, ana, flat("Guardian", "L-1", null, null, null, "M1", "self"));

        org.api()
                .body(Map.of("carrier_uuid", delta))
                .put("/drafts/" + draft + "/match")
                .then()
                .statusCode(200)
                .body("matched_carrier.id", equalTo(delta))
                .body("matched_plan", nullValue())
                .body("review_status", equalTo("pending"));
        org.api()
                .body(Map.of("carrier_uuid", guardian))
                .put("/drafts/" + draft + "/match")
                .then()
                .body("matched_carrier.id", equalTo(guardian));
        org.api()
                .body(Map.of("plan_uuid", deltaPlan))
                .put("/drafts/" + draft + "/match")
                .then()
                .statusCode(200)
                .body("matched_carrier.id", equalTo(delta))
                .body("matched_plan.id", equalTo(deltaPlan))
                .body("review_status", equalTo("matched"));
    }

    @Test
    void matchRefusesUnknownIdsAndContradictions() {
        var org = newOrg();
        var other = newOrg();
        String ana = patient(org, "Ana", "Gil", "1990-01-01");
        String ben = patient(org, "Ben", "Gil", "1991-01-01");
        String guardian = carrier(org, "Guardian", null);
        String delta = carrier(org, "Delta", null);
        String deltaPlan = plan(org, delta, "Delta PPO", "D-1");
        String draft = importOne(org, ana, flat("Guardian", "L-1", null, null, null, "M1", "self"));
        String path = "/drafts/" + draft + "/match";

        org.api()
                .body(Map.of("carrier_uuid", UUID.randomUUID()))
                .put(path)
                .then()
                .statusCode(404)
                .body("detail", equalTo("Carrier not found"));
        org.api()
                .body(Map.of("plan_uuid", CoverageFixtures.plan(other, "Theirs")))
                .put(path)
                .then()
                .statusCode(404);
        org.api()
                .body(Map.of("subscriber_patient_uuid", UUID.randomUUID()))
                .put(path)
                .then()
                .statusCode(404);
        org.api()
                .body(Map.of("carrier_uuid", guardian))
                .put("/drafts/" + UUID.randomUUID() + "/match")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Draft not found"));
        assertInvalid(org.api().body(Map.of()).put(path).then(), "body", "carrier_uuid");
        assertInvalid(
                org.api()
                        .body(Map.of("plan_uuid", deltaPlan, "carrier_uuid", guardian))
                        .put(path)
                        .then(),
                "body",
                "plan_uuid");
        assertInvalid(
                org.api()
                        .body(Map.of("plan_uuid", deltaPlan, "create_plan", true))
                        .put(path)
                        .then(),
                "body",
                "plan_uuid");
        assertInvalid(
                org.api()
                        .body(Map.of("create_plan", false, "plan_type", "capitation"))
                        .put(path)
                        .then(),
                "body",
                "plan_type");
        assertInvalid(
                org.api().body(Map.of("subscriber_patient_uuid", ben)).put(path).then(),
                "body",
                "subscriber_patient_uuid");
        assertInvalid(org.api().body(Map.of("carrier_uuid", "nope")).put(path).then(), "body", "carrier_uuid");

        String withoutCarrier = importOne(org, ana, flat("Nobody Mutual", null, null, null, null, "M1", "self"));
        assertInvalid(
                org.api()
                        .body(Map.of("create_plan", true))
                        .put("/drafts/" + withoutCarrier + "/match")
                        .then(),
                "body",
                "create_plan");
        String unreadable =
                importRows(org, ana, List.of(Map.of("junk", true))).extract().path("items[0].id");
        assertInvalid(
                org.api()
                        .body(Map.of("carrier_uuid", guardian))
                        .put("/drafts/" + unreadable + "/match")
                        .then(),
                "path",
                "draft_uuid");
        org.api().get("/drafts/" + draft).then().body("draft.version", equalTo(1));
    }

    @Test
    void rematchPicksUpWhatWasAddedSinceAndForgetsAManualChoice() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Gil", "1990-01-01");
        String guardian = carrier(org, "Guardian", null);
        String other = carrier(org, "Other", null);
        String draft = importOne(org, ana, flat("Guardian", "L-1", null, null, null, "M1", "self"));
        org.api()
                .body(Map.of("carrier_uuid", other))
                .put("/drafts/" + draft + "/match")
                .then()
                .statusCode(200);
        org.api()
                .body(Map.of("reason", "duplicate"))
                .post("/drafts/" + draft + "/reject")
                .then()
                .statusCode(200);
        String plan = plan(org, guardian, "Lakeside", "L-1");

        org.api()
                .post("/drafts/" + draft + "/rematch")
                .then()
                .statusCode(200)
                .body("review_status", equalTo("matched"))
                .body("matched_carrier.id", equalTo(guardian))
                .body("matched_plan.id", equalTo(plan))
                .body("reject_reason", nullValue());
        String unreadable =
                importRows(org, ana, List.of(Map.of("junk", true))).extract().path("items[0].id");
        org.api()
                .post("/drafts/" + unreadable + "/rematch")
                .then()
                .statusCode(200)
                .body("review_status", equalTo("error"));
        org.api().post("/drafts/" + UUID.randomUUID() + "/rematch").then().statusCode(404);
        assertInvalid(org.api().post("/drafts/x/rematch").then(), "path", "draft_uuid");
    }

    @Test
    void rejectKeepsTheReason() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Gil", "1990-01-01");
        String draft = importOne(org, ana, flat("Guardian", null, null, null, null, "M1", "self"));

        org.api()
                .body(Map.of("reason", "  Old card, superseded  "))
                .post("/drafts/" + draft + "/reject")
                .then()
                .statusCode(200)
                .body("review_status", equalTo("rejected"))
                .body("reject_reason", equalTo("Old card, superseded"))
                .body("reviewed_at", notNullValue());
        org.api().get("/drafts?review_status=rejected").then().body("total", equalTo(1));
        assertInvalid(
                org.api()
                        .body(Map.of("reason", " "))
                        .post("/drafts/" + draft + "/reject")
                        .then(),
                "body",
                "reason");
        assertInvalid(
                org.api().body(Map.of()).post("/drafts/" + draft + "/reject").then(), "body", "reason");
        org.api()
                .body(Map.of("reason", "x"))
                .post("/drafts/" + UUID.randomUUID() + "/reject")
                .then()
                .statusCode(404);
    }

    @Test
    void aConvertedDraftIsFinal() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Gil", "1990-01-01");
        String guardian = carrier(org, "Guardian", null);
        plan(org, guardian, "Lakeside", "L-1");
        String draft = importOne(org, ana, flat("Guardian", "L-1", null, null, null, "M1", "self"));
        org.api().post("/drafts/" + draft + "/convert").then().statusCode(201);

        org.api().post("/drafts/" + draft + "/rematch").then().statusCode(409);
        org.api()
                .body(Map.of("reason", "x"))
                .post("/drafts/" + draft + "/reject")
                .then()
                .statusCode(409);
        org.api()
                .body(Map.of("carrier_uuid", guardian))
                .put("/drafts/" + draft + "/match")
                .then()
                .statusCode(409);
        org.api().get("/drafts/" + draft).then().body("draft.review_status", equalTo("converted"));
    }
}
