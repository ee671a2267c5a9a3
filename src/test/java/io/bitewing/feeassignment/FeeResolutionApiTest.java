package io.bitewing.feeassignment;

import static io.bitewing.support.CoverageFixtures.carrier;
import static io.bitewing.support.CoverageFixtures.plan;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class FeeResolutionApiTest extends ApiTestSupport {

    private static final String PATH = "/fee-schedule-assignments";

    @Autowired
    JdbcClient jdbc;

    private static String create(Org org, Map<String, Object> body) {
        return org.api().body(body).post(PATH).then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse resolve(
            Org org, String location, String kind, String date, String carrier, String plan) {
        var request = org.api()
                .queryParam("location_uuid", location)
                .queryParam("kind", kind)
                .queryParam("as_of_date", date);
        if (carrier != null) {
            request.queryParam("carrier_uuid", carrier);
        }
        if (plan != null) {
            request.queryParam("insurance_plan_uuid", plan);
        }
        return request.get(PATH + "/resolve").then().statusCode(200);
    }

    @Test
    void resolvesPlanBeforeCarrierBeforeLocationDefaultWithinTheirDates() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String location = fees.location("Main");
        String delta = carrier(org, "Delta");
        String planA = plan(org, delta, "Plan A");
        String planB = plan(org, delta, "Plan B");
        String other = plan(org, "Other");
        String byLocation = create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        fees.insurance("House PPO"),
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "primary",
                        "effective_start",
                        "2024-01-01"));
        String byCarrier = create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        fees.insurance("Delta PPO"),
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "primary",
                        "carrier_uuid",
                        delta,
                        "effective_start",
                        "2024-01-01"));
        String byPlan = create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        fees.insurance("Plan A PPO"),
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "primary",
                        "insurance_plan_uuid",
                        planA,
                        "effective_start",
                        "2025-01-01",
                        "effective_end",
                        "2025-12-31"));
        resolve(org, location, "primary", "2025-06-01", null, planA)
                .body("resolved", equalTo(true))
                .body("resolution_level", equalTo("plan"))
                .body("assignment.id", equalTo(byPlan));
        // Outside the plan assignment's dates the carrier's applies
        resolve(org, location, "primary", "2026-01-01", null, planA)
                .body("resolution_level", equalTo("carrier"))
                .body("assignment.id", equalTo(byCarrier));
        resolve(org, location, "primary", "2025-06-01", null, planB)
                .body("resolution_level", equalTo("carrier"))
                .body("assignment.id", equalTo(byCarrier));
        resolve(org, location, "primary", "2025-06-01", delta, null).body("resolution_level", equalTo("carrier"));
        resolve(org, location, "primary", "2025-06-01", null, other)
                .body("resolution_level", equalTo("location"))
                .body("assignment.id", equalTo(byLocation));
        resolve(org, location, "primary", "2023-12-31", null, planA)
                .body("resolved", equalTo(false))
                .body("resolution_level", nullValue())
                .body("assignment", nullValue());
        resolve(org, location, "ucr", "2025-06-01", null, null).body("resolved", equalTo(false));
        // An archived assignment no longer resolves
        org.api().post(PATH + "/" + byCarrier + "/archive").then().statusCode(200);
        resolve(org, location, "primary", "2026-01-01", null, planA).body("resolution_level", equalTo("location"));
    }

    @Test
    void resolveAnswers404ForUnknownReferencesAnd422ForBadParameters() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String location = fees.location("Main");
        org.api()
                .queryParam("location_uuid", UUID.randomUUID().toString())
                .queryParam("kind", "ucr")
                .queryParam("as_of_date", "2025-01-01")
                .get(PATH + "/resolve")
                .then()
                .statusCode(404);
        newOrg().api()
                .queryParam("location_uuid", location)
                .queryParam("kind", "ucr")
                .queryParam("as_of_date", "2025-01-01")
                .get(PATH + "/resolve")
                .then()
                .statusCode(404);
        org.api()
                .queryParam("location_uuid", location)
                .queryParam("kind", "ucr")
                .queryParam("as_of_date", "2025-01-01")
                .queryParam("insurance_plan_uuid", UUID.randomUUID().toString())
                .get(PATH + "/resolve")
                .then()
                .statusCode(404);
        assertInvalid(
                org.api()
                        .queryParam("location_uuid", location)
                        .queryParam("kind", "ucr")
                        .get(PATH + "/resolve")
                        .then(),
                "query",
                "as_of_date");
        assertInvalid(
                org.api()
                        .queryParam("location_uuid", location)
                        .queryParam("kind", "nope")
                        .queryParam("as_of_date", "2025-01-01")
                        .get(PATH + "/resolve")
                        .then(),
                "query",
                "kind");
    }

    @Test
    void debugTracesEachKindThroughPlanCarrierAndLocationLevels() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String location = fees.location("Main");
        String delta = carrier(org, "Delta");
        String planA = plan(org, delta, "Plan A");
        String code = fees.code("D0120");
        String provider = fees.provider("Smith");
        String ucr = fees.office("UCR");
        String deltaPpo = fees.insurance("Delta PPO");
        String copay = fees.schedule("Copays", "copay", "insurance");
        String allowed = fees.schedule("Allowed", "allowed", "allowed");
        fees.fee(ucr, code, null, null, LocalDate.of(2020, 1, 1), "150.00");
        fees.fee(ucr, code, null, null, LocalDate.of(2025, 7, 1), "160.00");
        fees.fee(ucr, code, location, provider, LocalDate.of(2020, 1, 1), "175.00");
        fees.fee(deltaPpo, code, null, null, LocalDate.of(2020, 1, 1), "120.00");
        fees.fee(deltaPpo, code, location, null, LocalDate.of(2020, 1, 1), "118.00");
        fees.fee(copay, code, null, null, LocalDate.of(2020, 1, 1), "10.00");
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
                        "2020-01-01"));
        create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        deltaPpo,
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "primary",
                        "carrier_uuid",
                        delta,
                        "effective_start",
                        "2020-01-01"));
        String planCopay = create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        copay,
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "copay",
                        "insurance_plan_uuid",
                        planA,
                        "effective_start",
                        "2020-01-01"));
        String archivedAllowed = create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        allowed,
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "allowed",
                        "insurance_plan_uuid",
                        planA,
                        "effective_start",
                        "2020-01-01"));
        fees.archiveSchedule(allowed);

        org.api()
                .body(Map.of(
                        "date_of_service",
                        "2025-06-01",
                        "insurance_plan_uuid",
                        planA,
                        "location_uuid",
                        location,
                        "procedure_code",
                        "d0120"))
                .post("/fee-resolution/debug")
                .then()
                .statusCode(200)
                .body("procedure_code", equalTo("D0120"))
                .body("insurance_plan.name", equalTo("Plan A"))
                .body("location.name", equalTo("Main"))
                .body("status", equalTo("resolved"))
                .body("summary.ucr", equalTo(150.00f))
                .body("summary.primary", equalTo(118.00f))
                .body("summary.copay", equalTo(10.00f))
                // ucr: location default
                .body("traces[0].kind", equalTo("ucr"))
                .body("traces[0].resolution_level", equalTo("location"))
                .body("traces[0].levels.outcome", equalTo(java.util.List.of("miss", "miss", "match")))
                .body("traces[0].fee.amount", equalTo("150.00"))
                // primary: carrier level, the clinic fee beats the plain one
                .body("traces[1].resolution_level", equalTo("carrier"))
                .body("traces[1].levels.outcome", equalTo(java.util.List.of("miss", "match", "skip")))
                .body("traces[1].fee.amount", equalTo("118.00"))
                .body("traces[1].fee.clinic_uuid", equalTo(location))
                // copay: plan level
                .body("traces[2].resolution_level", equalTo("plan"))
                .body("traces[2].assignment_uuid", equalTo(planCopay))
                .body("traces[2].levels.outcome", equalTo(java.util.List.of("match", "skip", "skip")))
                // allowed: the plan's assignment points at an archived schedule and is skipped
                .body("traces[4].kind", equalTo("allowed"))
                .body("traces[4].status", equalTo("no_match"))
                .body("traces[4].levels[0].outcome", equalTo("skip"))
                .body("traces[4].levels[0].assignment_uuid", equalTo(archivedAllowed));

        // Later date picks the later fee; the provider picks the clinic+provider fee
        org.api()
                .body(Map.of(
                        "date_of_service",
                        "2025-08-01",
                        "insurance_plan_uuid",
                        planA,
                        "location_uuid",
                        location,
                        "procedure_code",
                        "D0120"))
                .post("/fee-resolution/debug")
                .then()
                .body("summary.ucr", equalTo(160.00f));
        org.api()
                .body(Map.of(
                        "date_of_service",
                        "2025-08-01",
                        "insurance_plan_uuid",
                        planA,
                        "location_uuid",
                        location,
                        "procedure_code",
                        "D0120",
                        "provider_uuid",
                        provider))
                .post("/fee-resolution/debug")
                .then()
                .body("summary.ucr", equalTo(175.00f))
                .body("traces[0].fee.provider_uuid", equalTo(provider));
    }

    @Test
    void debugStatusIsPartialWithoutUcrAndNoMatchWithoutAnyFee() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String location = fees.location("Main");
        String planA = plan(org, "Plan A");
        String code = fees.code("D1110");
        var request = Map.<String, Object>of(
                "date_of_service",
                "2025-06-01",
                "insurance_plan_uuid",
                planA,
                "location_uuid",
                location,
                "procedure_code",
                "D1110");
        org.api()
                .body(request)
                .post("/fee-resolution/debug")
                .then()
                .statusCode(200)
                .body("status", equalTo("no_match"));
        String ppo = fees.insurance("PPO");
        fees.fee(ppo, code, null, null, LocalDate.of(2020, 1, 1), "80.00");
        create(
                org,
                Map.of(
                        "fee_schedule_uuid",
                        ppo,
                        "location_uuid",
                        location,
                        "assignment_kind",
                        "primary",
                        "insurance_plan_uuid",
                        planA,
                        "effective_start",
                        "2020-01-01"));
        org.api()
                .body(request)
                .post("/fee-resolution/debug")
                .then()
                .body("status", equalTo("partial"))
                .body("traces[0].levels.outcome", equalTo(java.util.List.of("miss", "miss", "miss")));
    }

    @Test
    void debugAnswers404ForUnknownReferencesAndRefusesReadOnlyTokens() {
        var org = newOrg();
        var fees = new FeeFixtures(jdbc, org);
        String location = fees.location("Main");
        String planA = plan(org, "Plan A");
        fees.code("D0120");
        org.api()
                .body(Map.of(
                        "date_of_service",
                        "2025-06-01",
                        "insurance_plan_uuid",
                        planA,
                        "location_uuid",
                        location,
                        "procedure_code",
                        "D9999"))
                .post("/fee-resolution/debug")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Procedure code not found"));
        org.api()
                .body(Map.of(
                        "date_of_service",
                        "2025-06-01",
                        "insurance_plan_uuid",
                        UUID.randomUUID().toString(),
                        "location_uuid",
                        location,
                        "procedure_code",
                        "D0120"))
                .post("/fee-resolution/debug")
                .then()
                .statusCode(404);
        org.api()
                .body(Map.of(
                        "date_of_service",
                        "2025-06-01",
                        "insurance_plan_uuid",
                        planA,
                        "location_uuid",
                        location,
                        "procedure_code",
                        "D0120",
                        "provider_uuid",
                        UUID.randomUUID().toString()))
                .post("/fee-resolution/debug")
                .then()
                .statusCode(404);
        newOrg().api()
                .body(Map.of(
                        "date_of_service",
                        "2025-06-01",
                        "insurance_plan_uuid",
                        planA,
                        "location_uuid",
                        location,
                        "procedure_code",
                        "D0120"))
                .post("/fee-resolution/debug")
                .then()
                .statusCode(404);
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "insurance_plan_uuid", planA, "location_uuid", location, "procedure_code", "D0120"))
                        .post("/fee-resolution/debug")
                        .then(),
                "body",
                "date_of_service");
        org.as(org.tokenWithRole("read_only"))
                .body(Map.of(
                        "date_of_service",
                        "2025-06-01",
                        "insurance_plan_uuid",
                        planA,
                        "location_uuid",
                        location,
                        "procedure_code",
                        "D0120"))
                .post("/fee-resolution/debug")
                .then()
                .statusCode(403);
    }
}
