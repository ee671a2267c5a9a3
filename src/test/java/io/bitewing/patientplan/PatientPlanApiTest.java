package io.bitewing.patientplan;

import static io.bitewing.support.CoverageFixtures.body;
import static io.bitewing.support.CoverageFixtures.carrier;
import static io.bitewing.support.CoverageFixtures.patient;
import static io.bitewing.support.CoverageFixtures.patientPlan;
import static io.bitewing.support.CoverageFixtures.plan;
import static io.bitewing.support.CoverageFixtures.subscription;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

class PatientPlanApiTest extends ApiTestSupport {

    @Autowired
    PatientPlanService patientPlanService;

    @Autowired
    JdbcClient jdbc;

    /** A patient who subscribes to a new plan of their own. */
    private static String ownPlan(Org org, String patient, String group) {
        return subscription(org, plan(org, group), patient, group + "-ID");
    }

    private static Map<String, Object> reorder(Object... pairs) {
        var items = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < pairs.length; i += 2) {
            items.add(Map.of("patient_plan_uuid", pairs[i], "ordinal", pairs[i + 1]));
        }
        return Map.of("items", items);
    }

    @Test
    void coversAPatientThroughASubscriptionWithTheLowestFreeOrdinal() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String max = patient(org, "Max", "Rivera");
        String carrier = carrier(org, "Northwind");
        String plan = plan(org, carrier, "Acme");
        String own = subscription(org, plan, ana, "A-1");
        String spouses = subscription(org, plan(org, "Spouse Co"), max, "S-1");
        String id = org.api()
                .body(Map.of("insurance_subscription_uuid", own, "relationship_to_subscriber", "self"))
                .post("/patients/" + ana + "/insurance")
                .then()
                .statusCode(201)
                .body("patient.id", equalTo(ana))
                .body("patient.name", equalTo("Rivera, Ana"))
                .body("ordinal", equalTo(1))
                .body("relationship_to_subscriber", equalTo("self"))
                .body("coverage_type", equalTo("dental"))
                .body("status", equalTo("active"))
                .body("is_pending", equalTo(false))
                .body("fee_schedule", nullValue())
                .body("cob_order_override", nullValue())
                .body("eligibility_last_verified_at", nullValue())
                .body("subscription.id", equalTo(own))
                .body("subscription.subscriber.name", equalTo("Rivera, Ana"))
                .body("subscription.subscriber_id_number", equalTo("A-1"))
                .body("subscription.insurance_plan.id", equalTo(plan))
                .body("subscription.carrier.name", equalTo("Northwind"))
                .body("subscription.status", equalTo("active"))
                .body("benefits_summary.annual_max_total", nullValue())
                .body("benefits_summary.annual_max_used", equalTo("0.00"))
                .body("benefits_summary.annual_max_remaining", nullValue())
                .body("version", equalTo(1))
                .body("deleted_at", nullValue())
                .extract()
                .path("id");
        org.api()
                .body(Map.of(
                        "insurance_subscription_uuid",
                        spouses,
                        "relationship_to_subscriber",
                        "spouse",
                        "is_pending",
                        true,
                        "coverage_type",
                        "medical",
                        "pat_id_override",
                        "S-1-02"))
                .post("/patients/" + ana + "/insurance")
                .then()
                .statusCode(201)
                .body("ordinal", equalTo(2))
                .body("status", equalTo("pending_verification"))
                .body("is_pending", equalTo(true))
                .body("coverage_type", equalTo("medical"))
                .body("pat_id_override", equalTo("S-1-02"))
                .body("subscription.subscriber.name", equalTo("Rivera, Max"));

        var json = org.api()
                .get("/patients/" + ana + "/insurance/" + id)
                .then()
                .extract()
                .jsonPath();
        Map<String, Object> whole = json.getMap("");
        Map<String, Object> summary = json.getMap("benefits_summary");
        assertThat(whole)
                .containsKeys(
                        "benefits_summary", "fee_schedule", "eligibility_last_verified_at", "benefits_last_verified_at")
                .doesNotContainKeys("plan_id", "patient_id", "subscription_id", "in_force");
        assertThat(summary)
                .containsKeys("annual_max_total", "deductible_total", "ortho_max_total", "family_annual_max_total");

        var read = patientPlanService.get(new Tenant(org.id(), null), UUID.fromString(id));
        assertThat(read.planId()).isEqualTo(UUID.fromString(plan));
        assertThat(read.patientId()).isEqualTo(UUID.fromString(ana));
        assertThat(patientPlanService.activeForPatient(new Tenant(org.id(), null), UUID.fromString(ana)))
                .extracting(PatientPlan::ordinal)
                .containsExactly(1, 2);
    }

    @Test
    void theBenefitsSummaryShowsThePlansGeneralTotalsAndNoUsageWithoutHistory() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String plan = plan(org, "Acme");
        String preventive = org.api()
                .get("/coverage-categories?page_size=200")
                .then()
                .extract()
                .path("items.find { it.category_name == 'Preventive' }.id");
        for (var benefit : List.of(
                body("benefit_type", "annual_max", "monetary_amt", 1500),
                body("benefit_type", "family_annual_max", "monetary_amt", 4000),
                body("benefit_type", "deductible", "monetary_amt", 50),
                body("benefit_type", "deductible", "monetary_amt", 0, "coverage_category_uuid", preventive),
                body("benefit_type", "family_deductible", "monetary_amt", 150),
                body("benefit_type", "ortho_lifetime_max", "monetary_amt", 1000.5))) {
            org.api().body(benefit).post("/plans/" + plan + "/benefits").then().statusCode(201);
        }
        String id = patientPlan(org, ana, subscription(org, plan, ana, "A-1"), "self");
        org.api()
                .get("/patients/" + ana + "/insurance/" + id)
                .then()
                .statusCode(200)
                .body("benefits_summary.annual_max_total", equalTo("1500.00"))
                .body("benefits_summary.family_annual_max_total", equalTo("4000.00"))
                .body("benefits_summary.deductible_total", equalTo("50.00"))
                .body("benefits_summary.family_deductible_total", equalTo("150.00"))
                .body("benefits_summary.ortho_max_total", equalTo("1000.50"))
                .body("benefits_summary.annual_max_used", equalTo("0.00"))
                .body("benefits_summary.annual_max_pending", equalTo("0.00"))
                .body("benefits_summary.annual_max_remaining", equalTo("1500.00"))
                .body("benefits_summary.deductible_met", equalTo("0.00"))
                .body("benefits_summary.family_deductible_remaining", equalTo("150.00"));
        String bare = patientPlan(org, ana, ownPlan(org, ana, "Bare"), "self");
        org.api()
                .get("/patients/" + ana + "/insurance")
                .then()
                .body("items[0].benefits_summary.annual_max_total", equalTo("1500.00"))
                .body("items[1].id", equalTo(bare))
                .body("items[1].benefits_summary.annual_max_total", nullValue());
    }

    @Test
    void patientOverridesOfBenefitsCanOnlyPointAtPatientPlansOfTheirOrganisation() {
        var org = newOrg();
        var other = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String plan = plan(org, "Acme");
        String id = patientPlan(org, ana, subscription(org, plan, ana, "A-1"), "self");
        String theirs = patient(other, "Tam", "Hem");
        String foreign = patientPlan(other, theirs, ownPlan(other, theirs, "Theirs"), "self");
        String insert = """
                insert into benefit (org_id, id, patient_plan_id, benefit_type, monetary_amt, time_period)
                values (:org, :id, :patientPlan, 'annual_max', 2000, 'calendar_year')
                """;
        jdbc.sql(insert)
                .param("org", org.id())
                .param("id", UUID.randomUUID())
                .param("patientPlan", UUID.fromString(id))
                .update();
        for (String missing : List.of(foreign, UUID.randomUUID().toString())) {
            assertThatThrownBy(() -> jdbc.sql(insert)
                            .param("org", org.id())
                            .param("id", UUID.randomUUID())
                            .param("patientPlan", UUID.fromString(missing))
                            .update())
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
    }

    @Test
    void refusesAFourthPlanInForceAndReusesAnArchivedPlansOrdinal() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String first = patientPlan(org, ana, ownPlan(org, ana, "One"), "self");
        patientPlan(org, ana, ownPlan(org, ana, "Two"), "self");
        patientPlan(org, ana, ownPlan(org, ana, "Three"), "self");
        String fourth = ownPlan(org, ana, "Four");
        assertInvalid(
                org.api()
                        .body(Map.of("insurance_subscription_uuid", fourth, "relationship_to_subscriber", "self"))
                        .post("/patients/" + ana + "/insurance")
                        .then(),
                "path",
                "patient_uuid");
        org.api()
                .post("/patients/" + ana + "/insurance/" + first + "/archive")
                .then()
                .statusCode(200);
        org.api()
                .body(Map.of("insurance_subscription_uuid", fourth, "relationship_to_subscriber", "self"))
                .post("/patients/" + ana + "/insurance")
                .then()
                .statusCode(201)
                .body("ordinal", equalTo(1));
        org.api()
                .get("/patients/" + ana + "/insurance")
                .then()
                .body("total", equalTo(3))
                .body("items.ordinal", equalTo(List.of(1, 2, 3)));
    }

    @Test
    void refusesAnOrdinalAlreadyHeldOrOutOfRange() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        patientPlan(org, ana, ownPlan(org, ana, "One"), "self");
        String second = ownPlan(org, ana, "Two");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "insurance_subscription_uuid",
                                second,
                                "relationship_to_subscriber",
                                "self",
                                "ordinal",
                                1))
                        .post("/patients/" + ana + "/insurance")
                        .then(),
                "body",
                "ordinal");
        for (Object bad : List.of(0, 4, "2", 1.5)) {
            assertInvalid(
                    org.api()
                            .body(Map.of(
                                    "insurance_subscription_uuid",
                                    second,
                                    "relationship_to_subscriber",
                                    "self",
                                    "ordinal",
                                    bad))
                            .post("/patients/" + ana + "/insurance")
                            .then(),
                    "body",
                    "ordinal");
        }
        org.api()
                .body(Map.of("insurance_subscription_uuid", second, "relationship_to_subscriber", "self", "ordinal", 3))
                .post("/patients/" + ana + "/insurance")
                .then()
                .statusCode(201)
                .body("ordinal", equalTo(3));
        org.api().get("/patients/" + ana + "/insurance").then().body("items.ordinal", equalTo(List.of(1, 3)));
    }

    @Test
    void refusesUnknownPatientsAndSubscriptionsAndTerminatedOrRepeatedCoverage() {
        var org = newOrg();
        var other = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String sub = ownPlan(org, ana, "Acme");
        org.api()
                .body(Map.of("insurance_subscription_uuid", sub, "relationship_to_subscriber", "self"))
                .post("/patients/" + UUID.randomUUID() + "/insurance")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Patient not found"));
        String foreignPatient = patient(other, "Tam", "Hem");
        org.api()
                .body(Map.of("insurance_subscription_uuid", sub, "relationship_to_subscriber", "self"))
                .post("/patients/" + foreignPatient + "/insurance")
                .then()
                .statusCode(404);
        String foreignSub = ownPlan(other, foreignPatient, "Theirs");
        String archivedSub = ownPlan(org, ana, "Gone");
        org.api().post("/subscriptions/" + archivedSub + "/archive").then().statusCode(200);
        for (String missing : List.of(UUID.randomUUID().toString(), foreignSub, archivedSub)) {
            org.api()
                    .body(Map.of("insurance_subscription_uuid", missing, "relationship_to_subscriber", "self"))
                    .post("/patients/" + ana + "/insurance")
                    .then()
                    .statusCode(404)
                    .body("detail", equalTo("Subscription not found"));
        }
        String terminated = ownPlan(org, ana, "Ended");
        org.api()
                .body(Map.of("base_version", 1, "termination_date", "2025-01-31"))
                .post("/subscriptions/" + terminated + "/terminate")
                .then()
                .statusCode(200);
        assertInvalid(
                org.api()
                        .body(Map.of("insurance_subscription_uuid", terminated, "relationship_to_subscriber", "self"))
                        .post("/patients/" + ana + "/insurance")
                        .then(),
                "body",
                "insurance_subscription_uuid");
        patientPlan(org, ana, sub, "self");
        org.api()
                .body(Map.of("insurance_subscription_uuid", sub, "relationship_to_subscriber", "self"))
                .post("/patients/" + ana + "/insurance")
                .then()
                .statusCode(409);
        org.api()
                .body(Map.of(
                        "insurance_subscription_uuid",
                        sub,
                        "relationship_to_subscriber",
                        "self",
                        "fee_schedule_uuid",
                        UUID.randomUUID().toString()))
                .post("/patients/" + patient(org, "Ana", "Clone") + "/insurance")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Fee schedule not found"));
        org.api().get("/patients/" + ana + "/insurance").then().body("total", equalTo(1));
    }

    @Test
    void theRelationshipIsSelfExactlyWhenThePatientIsTheSubscriber() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String leo = patient(org, "Leo", "Rivera");
        String sub = ownPlan(org, ana, "Acme");
        assertInvalid(
                org.api()
                        .body(Map.of("insurance_subscription_uuid", sub, "relationship_to_subscriber", "child"))
                        .post("/patients/" + ana + "/insurance")
                        .then(),
                "body",
                "relationship_to_subscriber");
        assertInvalid(
                org.api()
                        .body(Map.of("insurance_subscription_uuid", sub, "relationship_to_subscriber", "self"))
                        .post("/patients/" + leo + "/insurance")
                        .then(),
                "body",
                "relationship_to_subscriber");
        String leoPlan = patientPlan(org, leo, sub, "child");
        org.api()
                .body(body("base_version", 1, "relationship_to_subscriber", "other"))
                .patch("/patients/" + leo + "/insurance/" + leoPlan)
                .then()
                .statusCode(200)
                .body("relationship_to_subscriber", equalTo("other"));
        assertInvalid(
                org.api()
                        .body(body("base_version", 2, "relationship_to_subscriber", "self"))
                        .patch("/patients/" + leo + "/insurance/" + leoPlan)
                        .then(),
                "body",
                "relationship_to_subscriber");
    }

    @Test
    void rejectsBadPatientPlanBodiesNamingTheField() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String sub = ownPlan(org, ana, "Acme");
        String path = "/patients/" + ana + "/insurance";
        assertInvalid(
                org.api()
                        .body(Map.of("insurance_subscription_uuid", sub))
                        .post(path)
                        .then(),
                "body",
                "relationship_to_subscriber");
        assertInvalid(
                org.api()
                        .body(Map.of("relationship_to_subscriber", "self"))
                        .post(path)
                        .then(),
                "body",
                "insurance_subscription_uuid");
        assertInvalid(
                org.api()
                        .body(Map.of("insurance_subscription_uuid", sub, "relationship_to_subscriber", "cousin"))
                        .post(path)
                        .then(),
                "body",
                "relationship_to_subscriber");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "insurance_subscription_uuid",
                                sub,
                                "relationship_to_subscriber",
                                "self",
                                "coverage_type",
                                "hearing"))
                        .post(path)
                        .then(),
                "body",
                "coverage_type");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "insurance_subscription_uuid",
                                sub,
                                "relationship_to_subscriber",
                                "self",
                                "is_pending",
                                "yes"))
                        .post(path)
                        .then(),
                "body",
                "is_pending");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "insurance_subscription_uuid",
                                sub,
                                "relationship_to_subscriber",
                                "self",
                                "pat_id_override",
                                "9".repeat(51)))
                        .post(path)
                        .then(),
                "body",
                "pat_id_override");
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "insurance_subscription_uuid",
                                sub,
                                "relationship_to_subscriber",
                                "self",
                                "status",
                                "inactive"))
                        .post(path)
                        .then(),
                "body",
                "status");
        assertInvalid(org.api().get(path + "?include_deleted=maybe").then(), "query", "include_deleted");
        org.api().get(path).then().body("total", equalTo(0));
    }

    @Test
    void listsPlansInForceFirstAndArchivedOnlyOnRequest() {
        var org = newOrg();
        var other = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String ben = patient(org, "Ben", "Okafor");
        String first = patientPlan(org, ana, ownPlan(org, ana, "One"), "self");
        String endedSub = ownPlan(org, ana, "Ended");
        String ended = patientPlan(org, ana, endedSub, "self");
        String archived = patientPlan(org, ana, ownPlan(org, ana, "Archived"), "self");
        org.api()
                .post("/patients/" + ana + "/insurance/" + archived + "/archive")
                .then()
                .statusCode(200)
                .body("deleted_at", notNullValue())
                .body("version", equalTo(2));
        org.api()
                .body(Map.of("base_version", 1, "termination_date", "2025-01-31"))
                .post("/subscriptions/" + endedSub + "/terminate")
                .then()
                .statusCode(200);
        String last = patientPlan(org, ana, ownPlan(org, ana, "Latest"), "self");

        org.api()
                .get("/patients/" + ana + "/insurance")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", equalTo(List.of(first, last, ended)))
                .body("items.ordinal", equalTo(List.of(1, 2, 2)));
        org.api()
                .get("/patients/" + ana + "/insurance?include_deleted=true")
                .then()
                .body("total", equalTo(4))
                .body("items[3].id", equalTo(archived));
        org.api()
                .get("/patients/" + ana + "/insurance/" + archived)
                .then()
                .statusCode(200)
                .body("deleted_at", notNullValue());
        org.api()
                .get("/patients/" + ben + "/insurance/" + first)
                .then()
                .statusCode(404)
                .body("detail", equalTo("Patient plan not found"));
        org.api()
                .get("/patients/" + ana + "/insurance/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        org.api()
                .get("/patients/" + UUID.randomUUID() + "/insurance")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Patient not found"));
        other.api().get("/patients/" + ana + "/insurance").then().statusCode(404);
        other.api().get("/patients/" + ana + "/insurance/" + first).then().statusCode(404);
        other.api()
                .body(body("base_version", 1))
                .patch("/patients/" + ana + "/insurance/" + first)
                .then()
                .statusCode(404);
        other.api()
                .post("/patients/" + ana + "/insurance/" + first + "/archive")
                .then()
                .statusCode(404);
        org.api().get("/patients/" + ana + "/insurance/" + first).then().body("version", equalTo(1));
    }

    @Test
    void patchesWithBaseVersionKeepingOrdinalsUnique() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String first = patientPlan(org, ana, ownPlan(org, ana, "One"), "self");
        String second = patientPlan(org, ana, ownPlan(org, ana, "Two"), "self");
        String path = "/patients/" + ana + "/insurance/" + second;
        assertInvalid(
                org.api()
                        .body(body("base_version", 1, "ordinal", 1))
                        .patch(path)
                        .then(),
                "body",
                "ordinal");
        org.api()
                .body(body(
                        "base_version",
                        1,
                        "ordinal",
                        3,
                        "is_pending",
                        true,
                        "cob_order_override",
                        1,
                        "eligibility_last_verified_at",
                        "2025-02-03T10:15:30Z"))
                .patch(path)
                .then()
                .statusCode(200)
                .body("ordinal", equalTo(3))
                .body("is_pending", equalTo(true))
                .body("status", equalTo("pending_verification"))
                .body("cob_order_override", equalTo(1))
                .body("eligibility_last_verified_at", equalTo("2025-02-03T10:15:30Z"))
                .body("version", equalTo(2));
        org.api()
                .body(body("base_version", 2, "is_pending", false, "cob_order_override", null))
                .patch(path)
                .then()
                .statusCode(200)
                .body("status", equalTo("active"))
                .body("cob_order_override", nullValue())
                .body("version", equalTo(3));
        org.api()
                .body(body("base_version", 2, "ordinal", 2))
                .patch(path)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(3));
        assertInvalid(
                org.api()
                        .body(body("base_version", 3, "ordinal", null))
                        .patch(path)
                        .then(),
                "body",
                "ordinal");
        assertInvalid(
                org.api()
                        .body(body("base_version", 3, "insurance_subscription_uuid", first))
                        .patch(path)
                        .then(),
                "body",
                "insurance_subscription_uuid");
        assertInvalid(org.api().body(body("ordinal", 2)).patch(path).then(), "body", "base_version");
        org.api()
                .body(body(
                        "base_version",
                        3,
                        "fee_schedule_uuid",
                        UUID.randomUUID().toString()))
                .patch(path)
                .then()
                .statusCode(404);
        org.api().get("/patients/" + ana + "/insurance").then().body("items.ordinal", equalTo(List.of(1, 3)));
    }

    @Test
    void overridesTheFeeScheduleWithALiveScheduleOfTheOrganisation() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String ppo = feeSchedule(org, "Delta PPO");
        String premier = feeSchedule(org, "Delta Premier");
        String id = org.api()
                .body(Map.of(
                        "insurance_subscription_uuid",
                        ownPlan(org, ana, "Acme"),
                        "relationship_to_subscriber",
                        "self",
                        "fee_schedule_uuid",
                        ppo))
                .post("/patients/" + ana + "/insurance")
                .then()
                .statusCode(201)
                .body("fee_schedule.id", equalTo(ppo))
                .body("fee_schedule.name", equalTo("Delta PPO"))
                .extract()
                .path("id");
        String path = "/patients/" + ana + "/insurance/" + id;
        org.api()
                .get("/patients/" + ana + "/insurance")
                .then()
                .body("items[0].fee_schedule.name", equalTo("Delta PPO"));
        org.api()
                .body(body("base_version", 1, "fee_schedule_uuid", premier))
                .patch(path)
                .then()
                .statusCode(200)
                .body("fee_schedule.id", equalTo(premier))
                .body("fee_schedule.name", equalTo("Delta Premier"))
                .body("version", equalTo(2));

        String archived = feeSchedule(org, "Old PPO");
        org.api().post("/fee-schedules/" + archived + "/archive").then().statusCode(200);
        String foreign = feeSchedule(newOrg(), "Theirs");
        String other = ownPlan(org, ana, "Other");
        for (String missing : List.of(UUID.randomUUID().toString(), archived, foreign)) {
            org.api()
                    .body(body("base_version", 2, "fee_schedule_uuid", missing))
                    .patch(path)
                    .then()
                    .statusCode(404)
                    .body("detail", equalTo("Fee schedule not found"));
            org.api()
                    .body(Map.of(
                            "insurance_subscription_uuid",
                            other,
                            "relationship_to_subscriber",
                            "self",
                            "fee_schedule_uuid",
                            missing))
                    .post("/patients/" + ana + "/insurance")
                    .then()
                    .statusCode(404)
                    .body("detail", equalTo("Fee schedule not found"));
        }

        // An override archived after it was set stays until changed
        org.api().post("/fee-schedules/" + premier + "/archive").then().statusCode(200);
        org.api()
                .body(body("base_version", 2, "fee_schedule_uuid", premier, "cob_order_override", 1))
                .patch(path)
                .then()
                .statusCode(200)
                .body("fee_schedule.id", equalTo(premier))
                .body("version", equalTo(3));
        org.api()
                .body(body("base_version", 3, "fee_schedule_uuid", null))
                .patch(path)
                .then()
                .statusCode(200)
                .body("fee_schedule", nullValue())
                .body("version", equalTo(4));
        org.api().get("/patients/" + ana + "/insurance").then().body("total", equalTo(1));
    }

    private static String feeSchedule(Org org, String name) {
        return org.api()
                .body(Map.of("name", name, "fee_sched_type", "normal", "purpose", "insurance"))
                .post("/fee-schedules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void reorderSwapsPrimaryAndSecondaryInOneStep() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String first = patientPlan(org, ana, ownPlan(org, ana, "One"), "self");
        String second = patientPlan(org, ana, ownPlan(org, ana, "Two"), "self");
        org.api()
                .body(reorder(first, 2, second, 1))
                .post("/patients/" + ana + "/insurance/reorder")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(second, first)))
                .body("items.ordinal", equalTo(List.of(1, 2)))
                .body("items.version", equalTo(List.of(2, 2)));
        org.api()
                .body(reorder(second, 1, first, 2))
                .post("/patients/" + ana + "/insurance/reorder")
                .then()
                .statusCode(200)
                .body("items.version", equalTo(List.of(2, 2)));
    }

    @Test
    void reorderIsAllOrNothing() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String ben = patient(org, "Ben", "Okafor");
        String a = patientPlan(org, ana, ownPlan(org, ana, "One"), "self");
        String b = patientPlan(org, ana, ownPlan(org, ana, "Two"), "self");
        String c = patientPlan(org, ana, ownPlan(org, ana, "Three"), "self");
        String path = "/patients/" + ana + "/insurance/reorder";
        assertInvalid(org.api().body(reorder(a, 2, b, 2, c, 1)).post(path).then(), "body", "items", 1, "ordinal");
        assertInvalid(org.api().body(reorder(a, 2, b, 1)).post(path).then(), "body", "items");
        assertInvalid(
                org.api().body(reorder(a, 3, b, 1, a, 2)).post(path).then(), "body", "items", 2, "patient_plan_uuid");
        assertInvalid(org.api().body(Map.of("items", List.of())).post(path).then(), "body", "items");
        assertInvalid(
                org.api()
                        .body(Map.of("items", List.of(Map.of("patient_plan_uuid", a))))
                        .post(path)
                        .then(),
                "body",
                "items",
                0,
                "ordinal");
        org.api()
                .body(reorder(a, 2, b, 1, UUID.randomUUID().toString(), 3))
                .post(path)
                .then()
                .statusCode(404)
                .body("detail", equalTo("Patient plan not found"));
        String bens = patientPlan(org, ben, ownPlan(org, ben, "Bens"), "self");
        org.api().body(reorder(a, 2, b, 1, bens, 3)).post(path).then().statusCode(404);
        org.api()
                .body(reorder(a, 1))
                .post("/patients/" + UUID.randomUUID() + "/insurance/reorder")
                .then()
                .statusCode(404);
        org.api()
                .get("/patients/" + ana + "/insurance")
                .then()
                .body("items.id", equalTo(List.of(a, b, c)))
                .body("items.version", equalTo(List.of(1, 1, 1)));

        org.api()
                .post("/patients/" + ana + "/insurance/" + c + "/archive")
                .then()
                .statusCode(200);
        assertInvalid(
                org.api().body(reorder(a, 2, b, 1, c, 3)).post(path).then(), "body", "items", 2, "patient_plan_uuid");
        assertInvalid(org.api().body(reorder(a, 3, b, 1)).post(path).then(), "body", "items", 0, "ordinal");
        org.api().body(reorder(a, 2, b, 1)).post(path).then().statusCode(200).body("items.id", equalTo(List.of(b, a)));
    }

    @Test
    void theDatabaseKeepsOneActivePlanPerOrdinalButLetsOneStatementSwapThem() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String a = patientPlan(org, ana, ownPlan(org, ana, "One"), "self");
        String b = patientPlan(org, ana, ownPlan(org, ana, "Two"), "self");
        assertThatThrownBy(() -> jdbc.sql("update patient_plan set ordinal = 1 where org_id = :org and id = :id")
                        .param("org", org.id())
                        .param("id", UUID.fromString(b))
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        int swapped = jdbc.sql("""
                update patient_plan set ordinal = case when id = :a then 2 else 1 end
                where org_id = :org and id in (:a, :b)
                """)
                .param("org", org.id())
                .param("a", UUID.fromString(a))
                .param("b", UUID.fromString(b))
                .update();
        assertThat(swapped).isEqualTo(2);
        jdbc.sql("update patient_plan set status = 'inactive' where org_id = :org and id = :id")
                .param("org", org.id())
                .param("id", UUID.fromString(b))
                .update();
        jdbc.sql("update patient_plan set ordinal = 2 where org_id = :org and id = :id")
                .param("org", org.id())
                .param("id", UUID.fromString(b))
                .update();
        org.api().get("/patients/" + ana + "/insurance").then().body("items.ordinal", equalTo(List.of(2, 2)));
    }

    @Test
    void aTerminatedSubscriptionFreesItsOrdinalAndNoLongerCounts() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String one = ownPlan(org, ana, "One");
        patientPlan(org, ana, one, "self");
        patientPlan(org, ana, ownPlan(org, ana, "Two"), "self");
        patientPlan(org, ana, ownPlan(org, ana, "Three"), "self");
        org.api()
                .body(Map.of("base_version", 1, "termination_date", "2025-01-31"))
                .post("/subscriptions/" + one + "/terminate")
                .then()
                .statusCode(200)
                .body("patient_plans_affected", equalTo(1));
        org.api()
                .body(Map.of(
                        "insurance_subscription_uuid", ownPlan(org, ana, "Four"), "relationship_to_subscriber", "self"))
                .post("/patients/" + ana + "/insurance")
                .then()
                .statusCode(201)
                .body("ordinal", equalTo(1));
    }

    @Test
    void replaysACreateAndRefusesReadOnlyWrites() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String sub = ownPlan(org, ana, "Acme");
        var create = Map.of("insurance_subscription_uuid", sub, "relationship_to_subscriber", "self");
        var readOnly = org.as(org.tokenWithRole("read_only"));
        readOnly.body(create).post("/patients/" + ana + "/insurance").then().statusCode(403);
        String id = org.api()
                .header("Idempotency-Key", "pp-1")
                .body(create)
                .post("/patients/" + ana + "/insurance")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.api()
                .header("Idempotency-Key", "pp-1")
                .body(create)
                .post("/patients/" + ana + "/insurance")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        readOnly.get("/patients/" + ana + "/insurance").then().statusCode(200).body("total", equalTo(1));
        readOnly.get("/patients/" + ana + "/insurance/" + id).then().statusCode(200);
        readOnly.body(body("base_version", 1, "is_pending", true))
                .patch("/patients/" + ana + "/insurance/" + id)
                .then()
                .statusCode(403);
        readOnly.post("/patients/" + ana + "/insurance/" + id + "/archive")
                .then()
                .statusCode(403);
        readOnly.body(reorder(id, 1))
                .post("/patients/" + ana + "/insurance/reorder")
                .then()
                .statusCode(403);
        org.api().get("/patients/" + ana + "/insurance/" + id).then().body("version", equalTo(1));
    }
}
