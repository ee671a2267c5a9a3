package io.bitewing.draft;

import static io.bitewing.draft.DraftFixtures.carrier;
import static io.bitewing.draft.DraftFixtures.flat;
import static io.bitewing.draft.DraftFixtures.importOne;
import static io.bitewing.draft.DraftFixtures.patient;
import static io.bitewing.draft.DraftFixtures.payor;
import static io.bitewing.draft.DraftFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.CoverageFixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DraftConversionApiTest extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    private static int total(Org org, String path) {
        return org.api().get(path).then().statusCode(200).extract().path("total");
    }

    @Test
    void aPayorShapedDraftConvertsIntoCoverageThatWorks() {
        var org = newOrg();
        String daniel = patient(org, "Daniel", "Rivera", "1982-11-02");
        String sofia = patient(org, "Sofia", "Rivera", "2015-06-21");
        String delta = carrier(org, "Delta Dental, Inc.", "DD001");
        String plan = plan(org, delta, "Lakeside Schools", "G-100");
        org.api()
                .body(Map.of("benefit_type", "annual_max", "monetary_amt", 1500))
                .post("/plans/" + plan + "/benefits")
                .then()
                .statusCode(201);
        String draft = importOne(
                org,
                sofia,
                payor(
                        "DELTA DENTAL",
                        "dd001",
                        "G-100",
                        "Daniel",
                        "Rivera",
                        "1982-11-02T00:00:00Z",
                        "W123",
                        "child",
                        "primary"));

        var converted = org.api()
                .post("/drafts/" + draft + "/convert")
                .then()
                .statusCode(201)
                .body("draft.review_status", equalTo("converted"))
                .body("draft.reviewed_at", notNullValue())
                .body("subscription.subscriber.id", equalTo(daniel))
                .body("subscription.subscriber_id_number", equalTo("W123"))
                .body("subscription.insurance_plan.id", equalTo(plan))
                .body("subscription.date_effective", equalTo("2026-01-01"))
                .body("patient_plan.patient.id", equalTo(sofia))
                .body("patient_plan.relationship_to_subscriber", equalTo("child"))
                .body("patient_plan.ordinal", equalTo(1))
                .body("subscription_reused", equalTo(false))
                .extract();
        String subscription = converted.path("subscription.id");
        String patientPlan = converted.path("patient_plan.id");
        org.api()
                .get("/drafts/" + draft)
                .then()
                .body("draft.converted_subscription.id", equalTo(subscription))
                .body("draft.converted_subscription.name", equalTo("W123"))
                .body("draft.converted_patient_plan.id", equalTo(patientPlan))
                .body("draft.converted_patient_plan.name", equalTo("Lakeside Schools"));

        org.api()
                .get("/patients/" + sofia + "/insurance")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(patientPlan))
                .body("items[0].subscription.carrier.id", equalTo(delta))
                .body("items[0].benefits_summary.annual_max_total", equalTo("1500.00"))
                .body("items[0].benefits_summary.annual_max_remaining", equalTo("1500.00"));
        org.api().get("/patients/" + sofia + "/remaining-benefits").then().statusCode(200);
        // The row's eligibility facts, and its coverage fields as sent, are the patient plan's eligibility record.
        org.api()
                .get("/patient-plans/" + patientPlan + "/eligibility")
                .then()
                .statusCode(200)
                .body("group_number", equalTo("G-100"))
                .body("insured_member_id", equalTo("W123"))
                .body("relationship_to_subscriber", equalTo("child"))
                .body("eligibility_check_status", equalTo("active"))
                .body("individual_deductible_policy_in_network", equalTo("50.00"))
                .body("provider_network_status", equalTo("in_network"));
    }

    @Test
    void aDependantJoinsTheSubscribersSubscription() {
        var org = newOrg();
        String daniel = patient(org, "Daniel", "Rivera", "1982-11-02");
        String sofia = patient(org, "Sofia", "Rivera", "2015-06-21");
        String guardian = carrier(org, "Guardian", null);
        String plan = plan(org, guardian, "Lakeside", "L-1");
        String family = CoverageFixtures.subscription(org, plan, daniel, "FAM-1");
        String draft =
                importOne(org, sofia, flat("Guardian", "L-1", "Daniel", "Rivera", "1982-11-02", "FAM-1", "child"));

        org.api()
                .post("/drafts/" + draft + "/convert")
                .then()
                .statusCode(201)
                .body("subscription.id", equalTo(family))
                .body("subscription_reused", equalTo(true));
        org.api().get("/subscriptions").then().body("total", equalTo(1));
    }

    @Test
    void aPlanIsCreatedFromTheDraftWhenTheReviewerChoseSo() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Gil", "1990-01-01");
        String guardian = carrier(org, "Guardian Life Co.", null);
        String draft = importOne(org, ana, payor("GUARDIAN LIFE", null, "NEW-7", null, null, null, "M1", "self", null));
        org.api()
                .get("/drafts/" + draft)
                .then()
                .body("draft.review_status", equalTo("pending"))
                .body("draft.matched_carrier.id", equalTo(guardian));

        org.api()
                .body(Map.of("create_plan", true))
                .put("/drafts/" + draft + "/match")
                .then()
                .statusCode(200)
                .body("review_status", equalTo("matched"))
                .body("create_plan", equalTo(true))
                .body("new_plan_type", equalTo("ppo_percentage"));
        String plan = org.api()
                .post("/drafts/" + draft + "/convert")
                .then()
                .statusCode(201)
                .body("subscription.insurance_plan.group_number", equalTo("NEW-7"))
                .body("subscription.insurance_plan.group_name", equalTo("Lakeside Schools"))
                .body("subscription.insurance_plan.plan_type", equalTo("ppo_percentage"))
                .body("subscription.carrier.id", equalTo(guardian))
                .body("patient_plan.relationship_to_subscriber", equalTo("self"))
                .extract()
                .path("subscription.insurance_plan.id");
        org.api().get("/plans/" + plan).then().statusCode(200).body("carrier.id", equalTo(guardian));
    }

    @Test
    void aRefusedConversionLeavesNothingBehindAndSaysWhy() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Gil", "1990-01-01");
        for (int i = 1; i <= 3; i++) {
            String existing = CoverageFixtures.plan(org, "Existing " + i);
            CoverageFixtures.patientPlan(org, ana, CoverageFixtures.subscription(org, existing, ana, "E" + i), "self");
        }
        String guardian = carrier(org, "Guardian", null);
        String draft = importOne(org, ana, flat("Guardian", "NEW-1", null, null, null, "M1", "self"));
        org.api()
                .body(Map.of("create_plan", true, "plan_type", "category_percentage"))
                .put("/drafts/" + draft + "/match")
                .then()
                .statusCode(200)
                .body("review_status", equalTo("matched"));
        int plans = total(org, "/plans?page_size=1");
        int subscriptions = total(org, "/subscriptions?page_size=1");

        org.api()
                .post("/drafts/" + draft + "/convert")
                .then()
                .statusCode(422)
                .body("detail[0].msg", containsString("already has 3 active insurance plans"));

        org.api().get("/plans?page_size=1&carrier_uuid=" + guardian).then().body("total", equalTo(0));
        org.api().get("/plans?page_size=1").then().body("total", equalTo(plans));
        org.api().get("/subscriptions?page_size=1").then().body("total", equalTo(subscriptions));
        org.api().get("/patients/" + ana + "/insurance").then().body("total", equalTo(3));
        org.api()
                .get("/drafts/" + draft)
                .then()
                .body("draft.review_status", equalTo("matched"))
                .body("draft.conversion_error", containsString("already has 3 active insurance plans"))
                .body("draft.converted_subscription", nullValue());
        assertThat(jdbc.sql("""
                        select action || ':' || array_to_string(changed_fields, ',') from audit_log
                        where org_id = :org and entity_id = :id and action like 'convert%'
                        """)
                        .param("org", org.id())
                        .param("id", UUID.fromString(draft))
                        .query(String.class)
                        .list())
                .containsExactly("convert_refused:conversion_error");
    }

    @Test
    void convertAnswers409WhenThePatientIsAlreadyCoveredByTheSubscription() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Gil", "1990-01-01");
        String guardian = carrier(org, "Guardian", null);
        String plan = plan(org, guardian, "Lakeside", "L-1");
        CoverageFixtures.patientPlan(org, ana, CoverageFixtures.subscription(org, plan, ana, "M1"), "self");
        String draft = importOne(org, ana, flat("Guardian", "L-1", null, null, null, "M1", "self"));

        org.api()
                .post("/drafts/" + draft + "/convert")
                .then()
                .statusCode(409)
                .body("detail", equalTo("The patient is already covered by this subscription"));
        org.api()
                .get("/drafts/" + draft)
                .then()
                .body("draft.conversion_error", equalTo("The patient is already covered by this subscription"));
    }

    @Test
    void onlyAMatchedDraftConverts() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Gil", "1990-01-01");
        String pending = importOne(org, ana, flat("Nobody Mutual", null, null, null, null, "M1", "self"));
        assertInvalid(org.api().post("/drafts/" + pending + "/convert").then(), "path", "draft_uuid")
                .body("detail[0].msg", containsString("the draft is pending"));
        org.api().get("/drafts/" + pending).then().body("draft.conversion_error", nullValue());
        org.api()
                .post("/drafts/" + UUID.randomUUID() + "/convert")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Draft not found"));

        String guardian = carrier(org, "Guardian", null);
        plan(org, guardian, "Lakeside", "L-1");
        String draft = importOne(org, ana, flat("Guardian", "L-1", null, null, null, "M2", "self"));
        org.api().post("/drafts/" + draft + "/convert").then().statusCode(201);
        assertInvalid(org.api().post("/drafts/" + draft + "/convert").then(), "path", "draft_uuid")
                .body("detail[0].msg", containsString("the draft is converted"));
    }

    @Test
    void aPlanArchivedSinceTheMatchIsA422() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Gil", "1990-01-01");
        String guardian = carrier(org, "Guardian", null);
        String plan = plan(org, guardian, "Lakeside", "L-1");
        String draft = importOne(org, ana, flat("Guardian", "L-1", null, null, null, "M1", "self"));
        org.api().post("/plans/" + plan + "/archive").then().statusCode(200);

        assertInvalid(org.api().post("/drafts/" + draft + "/convert").then(), "path", "draft_uuid")
                .body("detail[0].msg", containsString("Plan not found (archived since the match)"));
    }
}
