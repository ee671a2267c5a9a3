package io.bitewing.enrollment;

import static io.bitewing.support.CoverageFixtures.body;
import static io.bitewing.support.CoverageFixtures.carrier;
import static io.bitewing.support.CoverageFixtures.category;
import static io.bitewing.support.CoverageFixtures.patient;
import static io.bitewing.support.CoverageFixtures.patientPlan;
import static io.bitewing.support.CoverageFixtures.plan;
import static io.bitewing.support.CoverageFixtures.subscription;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.bitewing.support.ApiTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class EnrollmentApiTest extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    /** Row counts read through the API: what an enrollment may add. */
    record Counts(int patients, int carriers, int plans, int subscriptions) {}

    private static Counts counts(Org org) {
        return new Counts(
                org.practice()
                        .get("/patients?page_size=1")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("total"),
                org.api()
                        .get("/carriers?page_size=1&include_hidden=true")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("total"),
                org.api()
                        .get("/plans?page_size=1&include_hidden=true")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("total"),
                org.api()
                        .get("/subscriptions?page_size=1")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("total"));
    }

    private static int patientPlans(Org org, String patient) {
        return org.api()
                .get("/patients/" + patient + "/insurance")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    private static List<Map<String, Object>> ppoBenefits(Org org) {
        return List.of(
                body(
                        "benefit_type",
                        "coinsurance",
                        "coverage_category_uuid",
                        category(org, "Preventive"),
                        "percent",
                        100),
                body("benefit_type", "deductible", "monetary_amt", 50),
                body("benefit_type", "annual_max", "monetary_amt", 1500));
    }

    private static Map<String, Object> inlinePlan(
            String carrierName, String groupNumber, List<Map<String, Object>> benefits) {
        return body(
                "carrier",
                Map.of("carrier_name", carrierName, "electronic_id", "LDB01"),
                "plan_type",
                "ppo_percentage",
                "group_name",
                "Lakeside Schools",
                "group_number",
                groupNumber,
                "benefit_year_start_month",
                7,
                "benefits",
                benefits);
    }

    /** The integrator's request: a child covered under a parent who is new, by a plan and carrier that are new. */
    private static Map<String, Object> allInline(Org org, String child) {
        return body(
                "patient_uuid",
                child,
                "subscriber",
                Map.of("first_name", "Maria", "last_name", "Lopez", "birthdate", "1980-03-14"),
                "plan",
                inlinePlan("Lakeside Dental Benefits", "G-100", ppoBenefits(org)),
                "subscriber_id_number",
                "W123456789",
                "relationship_to_subscriber",
                "child",
                "date_effective",
                "2026-01-01");
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        var copy = new HashMap<>(base);
        copy.putAll(body(pairs));
        return copy;
    }

    private int auditRecords(Org org, String entityType) {
        return jdbc.sql(
                        "select count(*) from audit_log where org_id = :org and entity_type = :type and action = 'create'")
                .param("org", org.id())
                .param("type", entityType)
                .query(Integer.class)
                .single();
    }

    @Test
    void enrollsAChildUnderANewSubscriberCarrierAndPlanInOneCall() {
        var org = newOrg();
        String child = patient(org, "Sofia", "Lopez");
        var answer = org.api()
                .body(allInline(org, child))
                .post("/enrollments")
                .then()
                .statusCode(201)
                .body(
                        "created",
                        equalTo(Map.of(
                                "subscriber",
                                true,
                                "carrier",
                                true,
                                "plan",
                                true,
                                "subscription",
                                true,
                                "patient_plan",
                                true)))
                .body("reused", equalTo(Map.of("carrier", false, "plan", false, "subscription", false)))
                .body("notices", equalTo(List.of()))
                .body("plan.carrier.name", equalTo("Lakeside Dental Benefits"))
                .body("plan.group_number", equalTo("G-100"))
                .body("plan.benefit_year_start_month", equalTo(7))
                .body("subscription.subscriber.name", equalTo("Lopez, Maria"))
                .body("subscription.subscriber_id_number", equalTo("W123456789"))
                .body("subscription.date_effective", equalTo("2026-01-01"))
                .body("patient_plan.patient.id", equalTo(child))
                .body("patient_plan.ordinal", equalTo(1))
                .body("patient_plan.relationship_to_subscriber", equalTo("child"))
                .body("patient_plan.benefits_summary.annual_max_total", equalTo("1500.00"))
                .body("patient_plan.benefits_summary.deductible_total", equalTo("50.00"))
                .body("benefits.benefit_type", equalTo(List.of("coinsurance", "deductible", "annual_max")))
                .body("benefits[1].time_period", equalTo("service_year"))
                .extract()
                .jsonPath();
        String plan = answer.getString("plan.id");
        String subscription = answer.getString("subscription.id");

        org.api()
                .get("/patients/" + child + "/insurance")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(answer.getString("patient_plan.id")))
                .body("items[0].status", equalTo("active"))
                .body("items[0].subscription.id", equalTo(subscription))
                .body("items[0].subscription.insurance_plan.id", equalTo(plan));
        org.api()
                .get("/plans/" + plan + "/benefits")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.percent[0]", equalTo(100));
        org.api()
                .get("/subscriptions/" + subscription)
                .then()
                .statusCode(200)
                .body("subscriber.id", equalTo(answer.getString("subscription.subscriber.id")));
        assertThat(counts(org)).isEqualTo(new Counts(2, 1, 1, 1));
        assertThat(List.of(
                        auditRecords(org, "patient"),
                        auditRecords(org, "carrier"),
                        auditRecords(org, "insurance_plan"),
                        auditRecords(org, "benefit"),
                        auditRecords(org, "subscription"),
                        auditRecords(org, "patient_plan")))
                .as(
                        "one create record per entity: two patients, carrier, plan, three benefits, subscription, patient plan")
                .containsExactly(2, 1, 1, 3, 1, 1);
    }

    @Test
    void enrollsWithEveryPartNamedByUuid() {
        var org = newOrg();
        String child = patient(org, "Leo", "Park");
        String parent = patient(org, "Jin", "Park");
        String plan = plan(org, "Acme");
        var before = counts(org);
        org.api()
                .body(body(
                        "patient_uuid",
                        child,
                        "subscriber_uuid",
                        parent,
                        "insurance_plan_uuid",
                        plan,
                        "subscriber_id_number",
                        " P-77 ",
                        "relationship_to_subscriber",
                        "child",
                        "ordinal",
                        2))
                .post("/enrollments")
                .then()
                .statusCode(201)
                .body(
                        "created",
                        equalTo(Map.of(
                                "subscriber",
                                false,
                                "carrier",
                                false,
                                "plan",
                                false,
                                "subscription",
                                true,
                                "patient_plan",
                                true)))
                .body("reused", equalTo(Map.of("carrier", false, "plan", false, "subscription", false)))
                .body("plan.id", equalTo(plan))
                .body("subscription.subscriber.id", equalTo(parent))
                .body("subscription.subscriber_id_number", equalTo("P-77"))
                .body("patient_plan.ordinal", equalTo(2))
                .body("benefits", equalTo(List.of()));
        assertThat(counts(org))
                .isEqualTo(
                        new Counts(before.patients(), before.carriers(), before.plans(), before.subscriptions() + 1));
        assertThat(patientPlans(org, child)).isEqualTo(1);
    }

    @Test
    void theSubscriberIsThePatientWhenTheRelationshipIsSelfAndNoSubscriberIsGiven() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        org.api()
                .body(body(
                        "patient_uuid",
                        ana,
                        "insurance_plan_uuid",
                        plan(org, "Acme"),
                        "subscriber_id_number",
                        "A-1",
                        "relationship_to_subscriber",
                        "self"))
                .post("/enrollments")
                .then()
                .statusCode(201)
                .body("created.subscriber", equalTo(false))
                .body("subscription.subscriber.id", equalTo(ana))
                .body("patient_plan.relationship_to_subscriber", equalTo("self"));
    }

    @Test
    void reusesTheCarrierPlanAndSubscriptionTheOfficeAlreadyHas() {
        var org = newOrg();
        String sofia = patient(org, "Sofia", "Lopez");
        String mateo = patient(org, "Mateo", "Lopez");
        var first = org.api()
                .body(allInline(org, sofia))
                .post("/enrollments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String maria = first.getString("subscription.subscriber.id");
        var before = counts(org);

        var sibling = body(
                "patient_uuid",
                mateo,
                "subscriber_uuid",
                maria,
                "plan",
                inlinePlan(
                        "LAKESIDE dental benefits",
                        "G-100",
                        List.of(body("benefit_type", "annual_max", "monetary_amt", 2500))),
                "subscriber_id_number",
                "W123456789",
                "relationship_to_subscriber",
                "child",
                "date_effective",
                "2026-02-01");
        org.api()
                .body(sibling)
                .post("/enrollments")
                .then()
                .statusCode(201)
                .body(
                        "created",
                        equalTo(Map.of(
                                "subscriber",
                                false,
                                "carrier",
                                false,
                                "plan",
                                false,
                                "subscription",
                                false,
                                "patient_plan",
                                true)))
                .body("reused", equalTo(Map.of("carrier", true, "plan", true, "subscription", true)))
                .body("plan.id", equalTo(first.getString("plan.id")))
                .body("subscription.id", equalTo(first.getString("subscription.id")))
                .body("benefits", hasSize(3))
                .body(
                        "notices.loc",
                        equalTo(List.of(
                                List.of("body", "plan", "carrier"),
                                List.of("body", "plan"),
                                List.of("body", "plan", "benefits"),
                                List.of("body", "date_effective"))))
                .body("notices[2].msg", containsString("ignored"));
        assertThat(counts(org)).isEqualTo(before);
        org.api()
                .get("/plans/" + first.getString("plan.id") + "/benefits")
                .then()
                .body("total", equalTo(3))
                .body("items.monetary_amt", equalTo(java.util.Arrays.asList(null, "50.00", "1500.00")));
        org.api()
                .get("/subscriptions/" + first.getString("subscription.id"))
                .then()
                .body("date_effective", equalTo("2026-01-01"));

        // The same carrier with another group number: the carrier is reused, the plan is new.
        String lucia = patient(org, "Lucia", "Lopez");
        org.api()
                .body(with(
                        sibling,
                        "patient_uuid",
                        lucia,
                        "plan",
                        inlinePlan("Lakeside Dental Benefits", "G-200", List.of())))
                .post("/enrollments")
                .then()
                .statusCode(201)
                .body("created.carrier", equalTo(false))
                .body("reused.carrier", equalTo(true))
                .body("created.plan", equalTo(true))
                .body("created.subscription", equalTo(true))
                .body("plan.carrier.id", equalTo(first.getString("plan.carrier.id")));
        assertThat(counts(org))
                .isEqualTo(new Counts(
                        before.patients() + 1, before.carriers(), before.plans() + 1, before.subscriptions() + 1));
    }

    @Test
    void aNewSubscriptionIsMadeWhenTheHeldOneHasAnotherIdNumberOrIsTerminated() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String plan = plan(org, "Acme");
        String old = subscription(org, plan, ana, "OLD-1");
        var request = body(
                "patient_uuid",
                ana,
                "insurance_plan_uuid",
                plan,
                "subscriber_id_number",
                "NEW-1",
                "relationship_to_subscriber",
                "self");
        org.api()
                .body(request)
                .post("/enrollments")
                .then()
                .statusCode(201)
                .body("created.subscription", equalTo(true))
                .body("notices[0].loc", equalTo(List.of("body", "subscriber_id_number")))
                .body("notices[0].msg", containsString(old));

        String ben = patient(org, "Ben", "Ode");
        String terminated = subscription(org, plan, ben, "T-1");
        org.api()
                .body(Map.of("base_version", 1, "termination_date", "2025-12-31"))
                .post("/subscriptions/" + terminated + "/terminate")
                .then()
                .statusCode(200);
        org.api()
                .body(with(request, "patient_uuid", ben, "subscriber_id_number", "T-1"))
                .post("/enrollments")
                .then()
                .statusCode(201)
                .body("created.subscription", equalTo(true))
                .body("reused.subscription", equalTo(false));
    }

    @Test
    void aBadBenefitRowIsNamedInsideThePlanAndNothingIsCreated() {
        var org = newOrg();
        String child = patient(org, "Sofia", "Lopez");
        var before = counts(org);
        var rows = new java.util.ArrayList<>(ppoBenefits(org));
        rows.set(2, body("benefit_type", "coinsurance", "percent", 150));
        var request = allInline(org, child);
        request.put("plan", inlinePlan("Lakeside Dental Benefits", "G-100", rows));
        assertInvalid(org.api().body(request).post("/enrollments").then(), "body", "plan", "benefits", 2, "percent");

        rows.set(
                2,
                body(
                        "benefit_type",
                        "coinsurance",
                        "coverage_category_uuid",
                        UUID.randomUUID().toString(),
                        "percent",
                        80));
        assertInvalid(
                org.api().body(request).post("/enrollments").then(),
                "body",
                "plan",
                "benefits",
                2,
                "coverage_category_uuid");

        rows.set(2, rows.get(1));
        assertInvalid(org.api().body(request).post("/enrollments").then(), "body", "plan", "benefits", 2)
                .body("detail[0].msg", containsString("benefits[1]"));

        rows.set(2, body("percent", 80));
        assertInvalid(
                org.api().body(request).post("/enrollments").then(), "body", "plan", "benefits", 2, "benefit_type");
        assertThat(counts(org)).isEqualTo(before);
        assertThat(patientPlans(org, child)).isZero();
    }

    @Test
    void nestedPartsAreValidatedWhereTheySit() {
        var org = newOrg();
        String child = patient(org, "Sofia", "Lopez");
        var request = allInline(org, child);
        request.put("subscriber", Map.of("last_name", "Lopez"));
        assertInvalid(org.api().body(request).post("/enrollments").then(), "body", "subscriber", "first_name");

        request = allInline(org, child);
        var plan = new HashMap<>(inlinePlan("Lakeside", "G-1", List.of()));
        plan.put("carrier", Map.of("carrier_name", " "));
        request.put("plan", plan);
        assertInvalid(org.api().body(request).post("/enrollments").then(), "body", "plan", "carrier", "carrier_name");

        plan.put("carrier", Map.of("carrier_name", "Lakeside", "carrierName", "typo"));
        assertInvalid(org.api().body(request).post("/enrollments").then(), "body", "plan", "carrier", "carrierName")
                .body("detail[0].type", equalTo("extra_forbidden"));

        plan.put("carrier", Map.of("carrier_name", "Lakeside"));
        plan.put("plan_type", "hmo");
        assertInvalid(org.api().body(request).post("/enrollments").then(), "body", "plan", "plan_type");
        assertThat(counts(org)).isEqualTo(new Counts(1, 0, 0, 0));
    }

    @Test
    void eachPartIsNamedByUuidOrInlineButNotBoth() {
        var org = newOrg();
        String child = patient(org, "Sofia", "Lopez");
        String parent = patient(org, "Maria", "Lopez");
        var before = counts(org);
        var request = allInline(org, child);

        assertInvalid(
                        org.api()
                                .body(with(request, "subscriber_uuid", parent))
                                .post("/enrollments")
                                .then(),
                        "body",
                        "subscriber_uuid")
                .body("detail[1].loc", equalTo(List.of("body", "subscriber")))
                .body("detail[0].msg", containsString("not both"));
        var noSubscriber = new HashMap<>(request);
        noSubscriber.remove("subscriber");
        assertInvalid(org.api().body(noSubscriber).post("/enrollments").then(), "body", "subscriber_uuid")
                .body("detail[0].type", equalTo("missing"));

        assertInvalid(
                org.api()
                        .body(with(request, "insurance_plan_uuid", plan(org, "Acme")))
                        .post("/enrollments")
                        .then(),
                "body",
                "insurance_plan_uuid");
        var noPlan = new HashMap<>(request);
        noPlan.remove("plan");
        assertInvalid(org.api().body(noPlan).post("/enrollments").then(), "body", "insurance_plan_uuid")
                .body("detail[1].loc", equalTo(List.of("body", "plan")));

        var plan = new HashMap<>(inlinePlan("Lakeside", "G-1", List.of()));
        plan.put("carrier_uuid", UUID.randomUUID().toString());
        assertInvalid(
                        org.api()
                                .body(with(request, "plan", plan))
                                .post("/enrollments")
                                .then(),
                        "body",
                        "plan",
                        "carrier_uuid")
                .body("detail[1].loc", equalTo(List.of("body", "plan", "carrier")));
        plan.remove("carrier");
        org.api()
                .body(with(request, "plan", plan))
                .post("/enrollments")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Carrier not found"));
        plan.remove("carrier_uuid");
        assertInvalid(
                org.api().body(with(request, "plan", plan)).post("/enrollments").then(),
                "body",
                "plan",
                "carrier_uuid");
        assertThat(counts(org))
                .isEqualTo(new Counts(
                        before.patients(), before.carriers() + 1, before.plans() + 1, before.subscriptions()));
    }

    @Test
    void unknownPatientSubscriberOrPlanIsA404AndNothingIsCreated() {
        var org = newOrg();
        String child = patient(org, "Sofia", "Lopez");
        var before = counts(org);
        var request = allInline(org, child);
        org.api()
                .body(with(request, "patient_uuid", UUID.randomUUID().toString()))
                .post("/enrollments")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Patient not found"));
        var named = new HashMap<>(request);
        named.remove("subscriber");
        named.put("subscriber_uuid", UUID.randomUUID().toString());
        org.api()
                .body(named)
                .post("/enrollments")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Subscriber not found"));
        named = new HashMap<>(request);
        named.remove("plan");
        named.put("insurance_plan_uuid", UUID.randomUUID().toString());
        org.api().body(named).post("/enrollments").then().statusCode(404).body("detail", equalTo("Plan not found"));
        assertThat(counts(org)).isEqualTo(before);
        assertThat(patientPlans(org, child)).isZero();
    }

    @Test
    void anArchivedPlanOrPatientCannotBeEnrolled() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        String plan = plan(org, "Acme");
        org.api().post("/plans/" + plan + "/archive").then().statusCode(200);
        var request = body(
                "patient_uuid",
                ana,
                "insurance_plan_uuid",
                plan,
                "subscriber_id_number",
                "A-1",
                "relationship_to_subscriber",
                "self");
        org.api().body(request).post("/enrollments").then().statusCode(404).body("detail", equalTo("Plan not found"));
        org.practice().post("/patients/" + ana + "/archive").then().statusCode(200);
        org.api()
                .body(with(request, "insurance_plan_uuid", plan(org, "Other")))
                .post("/enrollments")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Patient not found"));
    }

    @Test
    void aPatientWithThreePlansGetsA422AndNothingIsCreated() {
        var org = newOrg();
        String child = patient(org, "Sofia", "Lopez");
        String parent = patient(org, "Maria", "Lopez");
        for (String group : List.of("One", "Two", "Three")) {
            patientPlan(org, child, subscription(org, plan(org, group), parent, group + "-ID"), "child");
        }
        var before = counts(org);
        assertInvalid(org.api().body(allInline(org, child)).post("/enrollments").then(), "body", "patient_uuid")
                .body("detail[0].msg", containsString("3 active insurance plans"));
        assertThat(counts(org)).isEqualTo(before);
        assertThat(patientPlans(org, child)).isEqualTo(3);
        org.api().get("/plans?search=G-100").then().body("total", equalTo(0));
    }

    @Test
    void aRelationshipThatContradictsTheSubscriberRollsEverythingBack() {
        var org = newOrg();
        String child = patient(org, "Sofia", "Lopez");
        String parent = patient(org, "Maria", "Lopez");
        var before = counts(org);
        var request = allInline(org, child);
        request.remove("subscriber");
        request.put("subscriber_uuid", parent);
        request.put("relationship_to_subscriber", "self");
        assertInvalid(org.api().body(request).post("/enrollments").then(), "body", "relationship_to_subscriber")
                .body("detail[0].msg", containsString("not the subscriber"));
        assertThat(counts(org))
                .as("carrier, plan and subscription were written, then rolled back")
                .isEqualTo(before);
        org.api().get("/plans?search=G-100").then().body("total", equalTo(0));

        request.put("relationship_to_subscriber", "cousin");
        assertInvalid(org.api().body(request).post("/enrollments").then(), "body", "relationship_to_subscriber")
                .body("detail[0].type", equalTo("enum"));
        request.put("relationship_to_subscriber", "child");
        request.put("ordinal", 4);
        assertInvalid(org.api().body(request).post("/enrollments").then(), "body", "ordinal");
        assertThat(counts(org)).isEqualTo(before);
    }

    @Test
    void replacingThePlanAtAnOrdinalEndsTheOldOneAndEnrollsTheNewOneInOneCall() {
        var org = newOrg();
        String child = patient(org, "Sofia", "Lopez");
        String parent = patient(org, "Maria", "Lopez");
        String old = patientPlan(org, child, subscription(org, plan(org, "Old Employer"), parent, "OLD-1"), "child");

        // Without replace_existing the ordinal is taken: refused, nothing written.
        var before = counts(org);
        assertInvalid(
                        org.api()
                                .body(with(allInline(org, child), "ordinal", 1))
                                .post("/enrollments")
                                .then(),
                        "body",
                        "ordinal")
                .body("detail[0].msg", containsString("held by another active plan"));
        // replace_existing needs the ordinal it replaces.
        assertInvalid(
                        org.api()
                                .body(with(allInline(org, child), "replace_existing", true))
                                .post("/enrollments")
                                .then(),
                        "body",
                        "ordinal")
                .body("detail[0].msg", containsString("required when replace_existing is true"));
        assertThat(counts(org)).isEqualTo(before);
        org.api().get("/patients/" + child + "/insurance/" + old).then().body("status", equalTo("active"));

        var answer = org.api()
                .body(with(allInline(org, child), "ordinal", 1, "replace_existing", true))
                .post("/enrollments")
                .then()
                .statusCode(201)
                .body("replaced_patient_plan.id", equalTo(old))
                .body("replaced_patient_plan.status", equalTo("inactive"))
                .body("patient_plan.ordinal", equalTo(1))
                .extract();
        String replacement = answer.path("patient_plan.id");
        org.api().get("/patients/" + child + "/insurance/" + old).then().body("status", equalTo("inactive"));
        org.api()
                .get("/patients/" + child + "/insurance")
                .then()
                .body("total", equalTo(2))
                .body("items.findAll { it.status == 'active' }.id", equalTo(List.of(replacement)));
    }

    @Test
    void aFailingReplacementLeavesThePlanItWouldHaveEndedInForce() {
        var org = newOrg();
        String child = patient(org, "Sofia", "Lopez");
        String parent = patient(org, "Maria", "Lopez");
        String old = patientPlan(org, child, subscription(org, plan(org, "Old Employer"), parent, "OLD-1"), "child");
        var request = with(allInline(org, child), "ordinal", 1, "replace_existing", true);
        request.remove("subscriber");
        request.put("subscriber_uuid", parent);
        request.put("relationship_to_subscriber", "self");
        assertInvalid(org.api().body(request).post("/enrollments").then(), "body", "relationship_to_subscriber");
        org.api()
                .get("/patients/" + child + "/insurance/" + old)
                .then()
                .body("status", equalTo("active"))
                .body("ordinal", equalTo(1));

        // An ordinal that holds nothing is simply used: nothing is replaced.
        request.put("relationship_to_subscriber", "child");
        request.put("ordinal", 2);
        org.api()
                .body(request)
                .post("/enrollments")
                .then()
                .statusCode(201)
                .body("replaced_patient_plan", equalTo(null))
                .body("patient_plan.ordinal", equalTo(2));
        org.api().get("/patients/" + child + "/insurance/" + old).then().body("status", equalTo("active"));
    }

    @Test
    void enrollingTheSamePatientTwiceThroughOneSubscriptionIsAConflict() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        var request = body(
                "patient_uuid",
                ana,
                "insurance_plan_uuid",
                plan(org, "Acme"),
                "subscriber_id_number",
                "A-1",
                "relationship_to_subscriber",
                "self");
        org.api().body(request).post("/enrollments").then().statusCode(201);
        org.api()
                .body(request)
                .post("/enrollments")
                .then()
                .statusCode(409)
                .body("detail", containsString("already covered"));
        assertThat(patientPlans(org, ana)).isEqualTo(1);
    }

    @Test
    void anotherOrganisationsIdsAreNotFound() {
        var org = newOrg();
        var other = newOrg();
        String mine = patient(org, "Ana", "Rivera");
        String theirs = patient(other, "Ana", "Rivera");
        String theirPlan = plan(other, "Theirs");
        String theirCarrier = carrier(other, "Their Carrier");
        var request = body(
                "patient_uuid",
                theirs,
                "insurance_plan_uuid",
                plan(org, "Acme"),
                "subscriber_id_number",
                "A-1",
                "relationship_to_subscriber",
                "self");
        org.api()
                .body(request)
                .post("/enrollments")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Patient not found"));
        org.api()
                .body(with(request, "patient_uuid", mine, "insurance_plan_uuid", theirPlan))
                .post("/enrollments")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Plan not found"));
        var plan = new HashMap<>(inlinePlan("x", "G-1", List.of()));
        plan.remove("carrier");
        plan.put("carrier_uuid", theirCarrier);
        var inline = with(request, "patient_uuid", mine, "plan", plan);
        inline.remove("insurance_plan_uuid");
        org.api().body(inline).post("/enrollments").then().statusCode(404).body("detail", equalTo("Carrier not found"));
        org.api()
                .body(with(
                        request,
                        "patient_uuid",
                        mine,
                        "subscriber_uuid",
                        theirs,
                        "relationship_to_subscriber",
                        "spouse"))
                .post("/enrollments")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Subscriber not found"));
        other.api()
                .body(with(request, "insurance_plan_uuid", theirPlan))
                .post("/enrollments")
                .then()
                .statusCode(201);
        assertThat(patientPlans(org, mine)).isZero();
    }

    @Test
    void aReadOnlyTokenCannotEnroll() {
        var org = newOrg();
        String ana = patient(org, "Ana", "Rivera");
        org.as(org.tokenWithRole("read_only"))
                .body(allInline(org, ana))
                .post("/enrollments")
                .then()
                .statusCode(403);
        assertThat(counts(org)).isEqualTo(new Counts(1, 0, 0, 0));
    }

    @Test
    void aReplayWithTheSameIdempotencyKeyAnswersTheSameAndCreatesNothingTwice() {
        var org = newOrg();
        String child = patient(org, "Sofia", "Lopez");
        var request = allInline(org, child);
        var first = org.api()
                .header("Idempotency-Key", "enroll-1")
                .body(request)
                .post("/enrollments")
                .then()
                .statusCode(201)
                .extract();
        var replay = org.api()
                .header("Idempotency-Key", "enroll-1")
                .body(request)
                .post("/enrollments")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .extract();
        assertThat(replay.body().asString()).isEqualTo(first.body().asString());
        assertThat(counts(org)).isEqualTo(new Counts(2, 1, 1, 1));
        assertThat(patientPlans(org, child)).isEqualTo(1);
        org.api()
                .header("Idempotency-Key", "enroll-1")
                .body(with(request, "ordinal", 2))
                .post("/enrollments")
                .then()
                .statusCode(409);
    }

    @Test
    void isPublishedWithItsRequestAndAnswerShapes() {
        var doc = io.restassured.RestAssured.given()
                .port(port)
                .get("/openapi.json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> operation = doc.getMap("paths.'/api/v1/{org_id}/insurance/enrollments'.post");
        assertThat(operation).containsKeys("summary", "description");
        assertThat(doc.getMap("components.schemas.EnrollmentCreate.properties"))
                .containsKeys(
                        "patient_uuid",
                        "subscriber_uuid",
                        "subscriber",
                        "insurance_plan_uuid",
                        "plan",
                        "subscriber_id_number",
                        "relationship_to_subscriber",
                        "ordinal",
                        "date_effective");
        assertThat(doc.getMap("components.schemas.EnrollmentNewPlan.properties"))
                .containsKeys("carrier_uuid", "carrier", "plan_type", "group_number", "benefits");
        assertThat(doc.getMap("components.schemas.Enrollment.properties"))
                .containsKeys("plan", "subscription", "patient_plan", "benefits", "created", "reused", "notices");
        assertThat(doc.getString("paths.'/api/v1/{org_id}/insurance/enrollments'.post.operationId"))
                .isEqualTo("enrollPatient");
    }
}
