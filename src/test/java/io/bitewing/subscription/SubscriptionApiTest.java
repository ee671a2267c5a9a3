package io.bitewing.subscription;

import static io.bitewing.support.CoverageFixtures.body;
import static io.bitewing.support.CoverageFixtures.carrier;
import static io.bitewing.support.CoverageFixtures.patient;
import static io.bitewing.support.CoverageFixtures.patientPlan;
import static io.bitewing.support.CoverageFixtures.plan;
import static io.bitewing.support.CoverageFixtures.subscription;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubscriptionApiTest extends ApiTestSupport {

    @Test
    void createsASubscriptionNamingItsSubscriberPlanAndCarrier() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String carrier = carrier(org, "Northwind Dental");
        String plan = plan(org, carrier, "Acme Corp");
        String id = org.api()
                .body(Map.of(
                        "insurance_plan_uuid",
                        plan,
                        "subscriber_uuid",
                        ana,
                        "subscriber_id_number",
                        " NW-1001 ",
                        "date_effective",
                        "2025-01-01",
                        "benefit_notes",
                        "Waiting period on crowns."))
                .post("/subscriptions")
                .then()
                .statusCode(201)
                .body("duplicate_warning", nullValue())
                .body("subscription.subscriber.id", equalTo(ana))
                .body("subscription.subscriber.name", equalTo("Rivera, Ana"))
                .body("subscription.subscriber_id_number", equalTo("NW-1001"))
                .body("subscription.insurance_plan.id", equalTo(plan))
                .body("subscription.insurance_plan.group_name", equalTo("Acme Corp"))
                .body("subscription.insurance_plan.plan_type", equalTo("ppo_percentage"))
                .body("subscription.carrier.id", equalTo(carrier))
                .body("subscription.carrier.name", equalTo("Northwind Dental"))
                .body("subscription.status", equalTo("active"))
                .body("subscription.date_effective", equalTo("2025-01-01"))
                .body("subscription.date_term", nullValue())
                .body("subscription.benefit_notes", equalTo("Waiting period on crowns."))
                .body("subscription.last_verified_at", nullValue())
                .body("subscription.version", equalTo(1))
                .body("subscription.created_at", notNullValue())
                .body("subscription.deleted_at", nullValue())
                .extract()
                .path("subscription.id");
        org.api()
                .get("/subscriptions/" + id)
                .then()
                .statusCode(200)
                .body("subscriber.name", equalTo("Rivera, Ana"))
                .body("carrier.name", equalTo("Northwind Dental"));
        Map<String, Object> json = org.api()
                .get("/subscriptions/" + id)
                .then()
                .extract()
                .jsonPath()
                .getMap("");
        assertThat(json)
                .containsKeys("subscriber_note", "last_verified_source", "updated_at")
                .doesNotContainKey("in_force");
    }

    @Test
    void warnsWithTheExistingSubscriptionWhenTheSubscriberAlreadyHoldsThePlan() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String plan = plan(org, "Acme");
        String first = subscription(org, plan, ana, "A-1");
        org.api()
                .body(Map.of("insurance_plan_uuid", plan, "subscriber_uuid", ana, "subscriber_id_number", "A-2"))
                .post("/subscriptions")
                .then()
                .statusCode(201)
                .body("subscription.subscriber_id_number", equalTo("A-2"))
                .body("duplicate_warning.id", equalTo(first))
                .body("duplicate_warning.subscriber_id_number", equalTo("A-1"));
        org.api()
                .body(Map.of(
                        "insurance_plan_uuid",
                        plan(org, "Other"),
                        "subscriber_uuid",
                        ana,
                        "subscriber_id_number",
                        "B-1"))
                .post("/subscriptions")
                .then()
                .statusCode(201)
                .body("duplicate_warning", nullValue());
        String ben = patient(org, "Ben", "Rivera");
        org.api()
                .body(Map.of("insurance_plan_uuid", plan, "subscriber_uuid", ben, "subscriber_id_number", "A-3"))
                .post("/subscriptions")
                .then()
                .statusCode(201)
                .body("duplicate_warning", nullValue());
    }

    @Test
    void aTerminatedOrArchivedSubscriptionIsNoDuplicate() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String plan = plan(org, "Acme");
        String terminated = subscription(org, plan, ana, "A-1");
        org.api()
                .body(Map.of("base_version", 1, "termination_date", "2025-06-30"))
                .post("/subscriptions/" + terminated + "/terminate")
                .then()
                .statusCode(200);
        String archived = subscription(org, plan, ana, "A-2");
        org.api().post("/subscriptions/" + archived + "/archive").then().statusCode(200);
        org.api()
                .body(Map.of("insurance_plan_uuid", plan, "subscriber_uuid", ana, "subscriber_id_number", "A-3"))
                .post("/subscriptions")
                .then()
                .statusCode(201)
                .body("duplicate_warning", nullValue());
    }

    @Test
    void refusesUnknownArchivedOrForeignPlansAndSubscribers() {
        var org = newOrg();
        var other = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String plan = plan(org, "Acme");
        String archivedPlan = plan(org, "Gone");
        org.api().post("/plans/" + archivedPlan + "/archive").then().statusCode(200);
        for (String missing : List.of(UUID.randomUUID().toString(), archivedPlan, plan(other, "Theirs"))) {
            org.api()
                    .body(Map.of("insurance_plan_uuid", missing, "subscriber_uuid", ana, "subscriber_id_number", "X"))
                    .post("/subscriptions")
                    .then()
                    .statusCode(404)
                    .body("detail", equalTo("Plan not found"));
        }
        String archivedPatient = patient(org, "Old", "Timer");
        org.practice().post("/patients/" + archivedPatient + "/archive").then().statusCode(200);
        for (String missing :
                List.of(UUID.randomUUID().toString(), archivedPatient, patient(other, "Their", "Patient"))) {
            org.api()
                    .body(Map.of("insurance_plan_uuid", plan, "subscriber_uuid", missing, "subscriber_id_number", "X"))
                    .post("/subscriptions")
                    .then()
                    .statusCode(404)
                    .body("detail", equalTo("Patient not found"));
        }
        org.api().get("/subscriptions").then().body("total", equalTo(0));
    }

    @Test
    void rejectsBadSubscriptionBodiesNamingTheField() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String plan = plan(org, "Acme");
        assertInvalid(
                org.api()
                        .body(Map.of("insurance_plan_uuid", plan, "subscriber_uuid", ana))
                        .post("/subscriptions")
                        .then(),
                "body",
                "subscriber_id_number");
        assertInvalid(
                org.api()
                        .body(Map.of("insurance_plan_uuid", plan, "subscriber_uuid", ana, "subscriber_id_number", "  "))
                        .post("/subscriptions")
                        .then(),
                "body",
                "subscriber_id_number");
        assertInvalid(
                org.api()
                        .body(Map.of("insurance_plan_uuid", plan, "subscriber_uuid", ana, "subscriber_id_number", 42))
                        .post("/subscriptions")
                        .then(),
                "body",
                "subscriber_id_number");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "insurance_plan_uuid",
                                plan,
                                "subscriber_uuid",
                                ana,
                                "subscriber_id_number",
                                "X".repeat(51)))
                        .post("/subscriptions")
                        .then(),
                "body",
                "subscriber_id_number");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "insurance_plan_uuid",
                                plan,
                                "subscriber_uuid",
                                ana,
                                "subscriber_id_number",
                                "X",
                                "status",
                                "paused"))
                        .post("/subscriptions")
                        .then(),
                "body",
                "status");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "insurance_plan_uuid",
                                plan,
                                "subscriber_uuid",
                                ana,
                                "subscriber_id_number",
                                "X",
                                "subscriberIdNumber",
                                "typo"))
                        .post("/subscriptions")
                        .then(),
                "body",
                "subscriberIdNumber");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "insurance_plan_uuid",
                                "not-a-uuid",
                                "subscriber_uuid",
                                ana,
                                "subscriber_id_number",
                                "X"))
                        .post("/subscriptions")
                        .then(),
                "body",
                "insurance_plan_uuid");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "insurance_plan_uuid",
                                plan,
                                "subscriber_uuid",
                                ana,
                                "subscriber_id_number",
                                "X",
                                "date_effective",
                                "01/02/2025"))
                        .post("/subscriptions")
                        .then(),
                "body",
                "date_effective");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "insurance_plan_uuid",
                                plan,
                                "subscriber_uuid",
                                ana,
                                "subscriber_id_number",
                                "X",
                                "date_effective",
                                "2025-03-01",
                                "date_term",
                                "2025-02-01"))
                        .post("/subscriptions")
                        .then(),
                "body",
                "date_term");
        org.api().get("/subscriptions").then().body("total", equalTo(0));
    }

    @Test
    void listsLiveSubscriptionsWithFiltersSearchAndPaging() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String ben = patient(org, "Ben", "Okafor");
        String acme = plan(org, "Acme");
        String zeta = plan(org, "Zeta");
        String a1 = subscription(org, acme, ana, "ACME-001");
        String b1 = subscription(org, acme, ben, "ACME-002");
        String b2 = subscription(org, zeta, ben, "ZETA-777");
        String gone = subscription(org, zeta, ana, "ZETA-778");
        org.api().post("/subscriptions/" + gone + "/archive").then().statusCode(200);
        org.api()
                .body(Map.of("base_version", 1, "termination_date", "2025-12-31"))
                .post("/subscriptions/" + b1 + "/terminate")
                .then()
                .statusCode(200);

        org.api()
                .get("/subscriptions")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(1))
                .body("page_size", equalTo(50))
                .body("items.id", equalTo(List.of(a1, b1, b2)));
        org.api().get("/subscriptions?insurance_plan_uuid=" + acme).then().body("items.id", equalTo(List.of(a1, b1)));
        org.api().get("/subscriptions?subscriber_uuid=" + ben).then().body("items.id", equalTo(List.of(b1, b2)));
        org.api().get("/subscriptions?status=terminated").then().body("items.id", equalTo(List.of(b1)));
        org.api()
                .get("/subscriptions?status=active&subscriber_uuid=" + ben)
                .then()
                .body("items.id", equalTo(List.of(b2)));
        org.api().get("/subscriptions?search=zeta-7").then().body("items.id", equalTo(List.of(b2)));
        org.api().get("/subscriptions?search=%25").then().body("total", equalTo(0));
        org.api()
                .get("/subscriptions?page=2&page_size=2")
                .then()
                .body("items.id", equalTo(List.of(b2)))
                .body("total", equalTo(3));
        assertInvalid(org.api().get("/subscriptions?status=paused").then(), "query", "status");
        assertInvalid(org.api().get("/subscriptions?insurance_plan_uuid=nope").then(), "query", "insurance_plan_uuid");
        assertInvalid(org.api().get("/subscriptions?page_size=500").then(), "query", "page_size");
    }

    @Test
    void patchesWithBaseVersionAndClearsFieldsSentAsNull() {
        var org = newOrg();
        String id = subscription(org, plan(org, "Acme"), patient(org, "Ana", "Rivera"), "A-1");
        org.api()
                .body(body(
                        "base_version", 1, "subscriber_note", "Call HR first", "benefit_notes", "Missing tooth clause"))
                .patch("/subscriptions/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
        org.api()
                .body(body(
                        "base_version",
                        2,
                        "subscriber_id_number",
                        "A-9",
                        "benefit_notes",
                        null,
                        "status",
                        "pending_verification",
                        "last_verified_at",
                        "2025-02-03T10:15:30Z",
                        "last_verified_source",
                        "phone"))
                .patch("/subscriptions/" + id)
                .then()
                .statusCode(200)
                .body("subscriber_id_number", equalTo("A-9"))
                .body("benefit_notes", nullValue())
                .body("subscriber_note", equalTo("Call HR first"))
                .body("status", equalTo("pending_verification"))
                .body("last_verified_at", equalTo("2025-02-03T10:15:30Z"))
                .body("last_verified_source", equalTo("phone"))
                .body("version", equalTo(3));
        org.api()
                .body(body("base_version", 2, "subscriber_note", "stale"))
                .patch("/subscriptions/" + id)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(3));
        assertInvalid(
                org.api()
                        .body(body("base_version", 3, "subscriber_id_number", null))
                        .patch("/subscriptions/" + id)
                        .then(),
                "body",
                "subscriber_id_number");
        assertInvalid(
                org.api()
                        .body(body("base_version", 3, "status", null))
                        .patch("/subscriptions/" + id)
                        .then(),
                "body",
                "status");
        assertInvalid(
                org.api()
                        .body(body("base_version", 3, "status", "terminated"))
                        .patch("/subscriptions/" + id)
                        .then(),
                "body",
                "status");
        assertInvalid(
                org.api()
                        .body(body("subscriber_note", "x"))
                        .patch("/subscriptions/" + id)
                        .then(),
                "body",
                "base_version");
        assertInvalid(
                org.api()
                        .body(body(
                                "base_version",
                                3,
                                "insurance_plan_uuid",
                                UUID.randomUUID().toString()))
                        .patch("/subscriptions/" + id)
                        .then(),
                "body",
                "insurance_plan_uuid");
        assertInvalid(
                org.api()
                        .body(body("base_version", 3, "date_effective", "2025-05-01", "date_term", "2025-04-30"))
                        .patch("/subscriptions/" + id)
                        .then(),
                "body",
                "date_term");
        org.api()
                .get("/subscriptions/" + id)
                .then()
                .body("version", equalTo(3))
                .body("subscriber_note", equalTo("Call HR first"));
    }

    @Test
    void archivedSubscriptionsLeaveListsButStayReadableAndForeignOnesAreNotFound() {
        var org = newOrg();
        var other = newOrg();
        String id = subscription(org, plan(org, "Acme"), patient(org, "Ana", "Rivera"), "A-1");
        org.api()
                .post("/subscriptions/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("deleted_at", notNullValue())
                .body("version", equalTo(2));
        org.api()
                .post("/subscriptions/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
        org.api().get("/subscriptions").then().body("total", equalTo(0));
        org.api().get("/subscriptions/" + id).then().statusCode(200).body("id", equalTo(id));
        org.api()
                .get("/subscriptions/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("detail", equalTo("Subscription not found"));
        other.api().get("/subscriptions/" + id).then().statusCode(404);
        other.api()
                .body(body("base_version", 2))
                .patch("/subscriptions/" + id)
                .then()
                .statusCode(404);
        other.api().post("/subscriptions/" + id + "/archive").then().statusCode(404);
        other.api()
                .body(Map.of("base_version", 2, "termination_date", "2025-01-01"))
                .post("/subscriptions/" + id + "/terminate")
                .then()
                .statusCode(404);
        other.api()
                .body(Map.of("subscription_ids", List.of(id), "term_date", "2025-01-01"))
                .post("/subscriptions/bulk-terminate")
                .then()
                .statusCode(404);
        org.api().get("/subscriptions/" + id).then().body("version", equalTo(2)).body("status", equalTo("active"));
    }

    @Test
    void terminatingDeactivatesThePatientPlansInForceAndAnswersHowMany() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String leo = patient(org, "Leo", "Rivera");
        String mia = patient(org, "Mia", "Rivera");
        String id = org.api()
                .body(Map.of(
                        "insurance_plan_uuid",
                        plan(org, "Acme"),
                        "subscriber_uuid",
                        ana,
                        "subscriber_id_number",
                        "A-1",
                        "date_effective",
                        "2025-01-01"))
                .post("/subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("subscription.id");
        String anaPlan = patientPlan(org, ana, id, "self");
        String leoPlan = patientPlan(org, leo, id, "child");
        String miaPlan = patientPlan(org, mia, id, "child");
        org.api()
                .post("/patients/" + mia + "/insurance/" + miaPlan + "/archive")
                .then()
                .statusCode(200);

        org.api()
                .body(Map.of("base_version", 2, "termination_date", "2025-06-30"))
                .post("/subscriptions/" + id + "/terminate")
                .then()
                .statusCode(409)
                .body("current_version", equalTo(1));
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 1, "termination_date", "2024-12-31"))
                        .post("/subscriptions/" + id + "/terminate")
                        .then(),
                "body",
                "termination_date");
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 1))
                        .post("/subscriptions/" + id + "/terminate")
                        .then(),
                "body",
                "termination_date");
        org.api().get("/patients/" + leo + "/insurance/" + leoPlan).then().body("status", equalTo("active"));

        org.api()
                .body(Map.of("base_version", 1, "termination_date", "2025-06-30"))
                .post("/subscriptions/" + id + "/terminate")
                .then()
                .statusCode(200)
                .body("patient_plans_affected", equalTo(2))
                .body("subscription.status", equalTo("terminated"))
                .body("subscription.date_term", equalTo("2025-06-30"))
                .body("subscription.version", equalTo(2));
        org.api()
                .get("/patients/" + ana + "/insurance/" + anaPlan)
                .then()
                .body("status", equalTo("inactive"))
                .body("version", equalTo(2))
                .body("subscription.status", equalTo("terminated"));
        org.api().get("/patients/" + leo + "/insurance/" + leoPlan).then().body("status", equalTo("inactive"));
        // The archived plan is not written (its version stays), but it reads as inactive: its coverage has ended.
        org.api()
                .get("/patients/" + mia + "/insurance/" + miaPlan)
                .then()
                .body("status", equalTo("inactive"))
                .body("version", equalTo(2));
        // Ended coverage keeps its date: the same termination again changes nothing, another date is a 409.
        org.api()
                .body(Map.of("base_version", 1, "termination_date", "2025-06-30"))
                .post("/subscriptions/" + id + "/terminate")
                .then()
                .statusCode(200)
                .body("patient_plans_affected", equalTo(0))
                .body("subscription.date_term", equalTo("2025-06-30"))
                .body("subscription.version", equalTo(2));
        org.api()
                .body(Map.of("base_version", 2, "termination_date", "2025-07-31"))
                .post("/subscriptions/" + id + "/terminate")
                .then()
                .statusCode(409)
                .body("detail", containsString("already terminated on 2025-06-30"));
        org.api()
                .body(Map.of("base_version", 1, "termination_date", "2025-06-30"))
                .post("/subscriptions/" + UUID.randomUUID() + "/terminate")
                .then()
                .statusCode(404);
    }

    @Test
    void bulkTerminateIsAllOrNothingAndNamesTheFirstUnknownId() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String ben = patient(org, "Ben", "Okafor");
        String plan = plan(org, "Acme");
        String first = subscription(org, plan, ana, "A-1");
        String second = subscription(org, plan, ben, "B-1");
        String anaPlan = patientPlan(org, ana, first, "self");
        patientPlan(org, ben, second, "self");
        patientPlan(org, patient(org, "Cy", "Okafor"), second, "spouse");
        String unknown = UUID.randomUUID().toString();
        var other = newOrg();
        String foreign = subscription(other, plan(other, "Theirs"), patient(other, "Tam", "Hem"), "T-1");

        for (String missing : List.of(unknown, foreign)) {
            org.api()
                    .body(Map.of("subscription_ids", List.of(first, missing, second), "term_date", "2025-03-31"))
                    .post("/subscriptions/bulk-terminate")
                    .then()
                    .statusCode(404)
                    .body("detail", equalTo("Subscription " + missing + " not found"));
        }
        org.api()
                .get("/subscriptions/" + first)
                .then()
                .body("status", equalTo("active"))
                .body("version", equalTo(1));
        org.api().get("/patients/" + ana + "/insurance/" + anaPlan).then().body("status", equalTo("active"));
        assertInvalid(
                org.api()
                        .body(Map.of("subscription_ids", List.of(), "term_date", "2025-03-31"))
                        .post("/subscriptions/bulk-terminate")
                        .then(),
                "body",
                "subscription_ids");
        assertInvalid(
                org.api()
                        .body(Map.of("subscription_ids", List.of(first)))
                        .post("/subscriptions/bulk-terminate")
                        .then(),
                "body",
                "term_date");

        org.api()
                .body(Map.of("subscription_ids", List.of(first, second, first), "term_date", "2025-03-31"))
                .post("/subscriptions/bulk-terminate")
                .then()
                .statusCode(200)
                .body("terminated", equalTo(2))
                .body("patient_plans_deactivated", equalTo(3));
        org.api().get("/subscriptions?status=terminated").then().body("total", equalTo(2));
        org.api().get("/subscriptions/" + second).then().body("date_term", equalTo("2025-03-31"));
        org.api().get("/patients/" + ana + "/insurance/" + anaPlan).then().body("status", equalTo("inactive"));
    }

    @Test
    void countsActiveSubscribersForPlanStatsPlanUpdatesAndCarrierStats() {
        var org = newOrg();
        String carrier = carrier(org, "Northwind");
        String acme = plan(org, carrier, "Acme");
        String zeta = plan(org, carrier, "Zeta");
        String ana = patient(org, "Ana", "Rivera");
        String ben = patient(org, "Ben", "Okafor");
        String a = subscription(org, acme, ana, "A-1");
        String b = subscription(org, acme, ben, "B-1");
        String archived = subscription(org, acme, patient(org, "Cy", "Gone"), "C-1");
        org.api().post("/subscriptions/" + archived + "/archive").then().statusCode(200);
        patientPlan(org, ana, a, "self");
        patientPlan(org, patient(org, "Leo", "Rivera"), a, "child");
        patientPlan(org, ben, b, "self");

        org.api()
                .get("/plans/" + acme + "/subscriber-count")
                .then()
                .statusCode(200)
                .body("plan_uuid", equalTo(acme))
                .body("subscriber_count", equalTo(2))
                .body("active_patient_plan_count", equalTo(3));
        org.api()
                .get("/plans/stats")
                .then()
                .statusCode(200)
                .body("items.plan_uuid", equalTo(List.of(acme, zeta)))
                .body("items[0].group_name", equalTo("Acme"))
                .body("items[0].subscriber_count", equalTo(2))
                .body("items[0].active_patient_plan_count", equalTo(3))
                .body("items[0].fee_schedule_count", equalTo(0))
                .body("items[1].subscriber_count", equalTo(0));
        String location = org.practice()
                .body(Map.of("name", "Main"))
                .post("/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String ppo = org.api()
                .body(Map.of("name", "Acme PPO", "fee_sched_type", "normal", "purpose", "insurance"))
                .post("/fee-schedules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String copays = org.api()
                .body(Map.of("name", "Acme Copays", "fee_sched_type", "copay"))
                .post("/fee-schedules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assignToPlan(org, ppo, location, "primary", acme);
        assignToPlan(org, copays, location, "copay", acme);
        String archivedAssignment = assignToPlan(org, copays, location, "out_of_network", acme);
        org.api()
                .post("/fee-schedule-assignments/" + archivedAssignment + "/archive")
                .then()
                .statusCode(200);
        org.api()
                .body(Map.of(
                        "fee_schedule_uuid",
                        ppo,
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "primary",
                        "carrier_uuid",
                        carrier))
                .post("/fee-schedule-assignments")
                .then()
                .statusCode(201);
        org.api()
                .get("/plans/stats")
                .then()
                .statusCode(200)
                .body("items.plan_uuid", equalTo(List.of(acme, zeta)))
                .body("items.fee_schedule_count", equalTo(List.of(2, 0)));
        org.api()
                .body(Map.of("base_version", 1, "plan_note", "Renewed"))
                .patch("/plans/" + acme)
                .then()
                .statusCode(200)
                .body("plan.version", equalTo(2))
                .body("subscriber_count", equalTo(2));
        org.api()
                .get("/carriers/stats")
                .then()
                .body("items[0].plan_count", equalTo(2))
                .body("items[0].subscriber_count", equalTo(2));

        org.api()
                .body(Map.of("base_version", 1, "termination_date", "2025-06-30"))
                .post("/subscriptions/" + a + "/terminate")
                .then()
                .statusCode(200);
        org.api()
                .get("/plans/" + acme + "/subscriber-count")
                .then()
                .body("subscriber_count", equalTo(1))
                .body("active_patient_plan_count", equalTo(1));
        org.api().get("/carriers/stats").then().body("items[0].subscriber_count", equalTo(1));
        org.api()
                .get("/plans/" + UUID.randomUUID() + "/subscriber-count")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Plan not found"));
        newOrg().api().get("/plans/" + acme + "/subscriber-count").then().statusCode(404);
    }

    private static String assignToPlan(Org org, String schedule, String location, String kind, String plan) {
        return org.api()
                .body(Map.of(
                        "fee_schedule_uuid",
                        schedule,
                        "location_uuid",
                        location,
                        "assignment_kind",
                        kind,
                        "insurance_plan_uuid",
                        plan,
                        "effective_start",
                        "2020-01-01"))
                .post("/fee-schedule-assignments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void replaysACreateWithTheSameIdempotencyKey() {
        var org = newOrg();
        var body = Map.of(
                "insurance_plan_uuid",
                plan(org, "Acme"),
                "subscriber_uuid",
                patient(org, "Ana", "Rivera"),
                "subscriber_id_number",
                "A-1");
        String first = org.api()
                .header("Idempotency-Key", "sub-1")
                .body(body)
                .post("/subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("subscription.id");
        org.api()
                .header("Idempotency-Key", "sub-1")
                .body(body)
                .post("/subscriptions")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("subscription.id", equalTo(first))
                .body("duplicate_warning", nullValue());
        org.api().get("/subscriptions").then().body("total", equalTo(1));
    }

    @Test
    void aReadOnlyTokenReadsButCannotWrite() {
        var org = newOrg();
        String plan = plan(org, "Acme");
        String ana = patient(org, "Ana", "Rivera");
        String id = subscription(org, plan, ana, "A-1");
        var readOnly = org.as(org.tokenWithRole("read_only"));
        readOnly.get("/subscriptions/" + id).then().statusCode(200);
        readOnly.get("/subscriptions").then().statusCode(200);
        readOnly.get("/plans/stats").then().statusCode(200);
        readOnly.body(Map.of("insurance_plan_uuid", plan, "subscriber_uuid", ana, "subscriber_id_number", "A-2"))
                .post("/subscriptions")
                .then()
                .statusCode(403);
        readOnly.body(body("base_version", 1, "subscriber_note", "x"))
                .patch("/subscriptions/" + id)
                .then()
                .statusCode(403);
        readOnly.post("/subscriptions/" + id + "/archive").then().statusCode(403);
        readOnly.body(Map.of("base_version", 1, "termination_date", "2025-01-01"))
                .post("/subscriptions/" + id + "/terminate")
                .then()
                .statusCode(403);
        readOnly.body(Map.of("subscription_ids", List.of(id), "term_date", "2025-01-01"))
                .post("/subscriptions/bulk-terminate")
                .then()
                .statusCode(403);
        org.api().get("/subscriptions/" + id).then().body("version", equalTo(1));
    }
}
