package io.bitewing.verification;

import static io.bitewing.support.CoverageFixtures.body;
import static io.bitewing.support.CoverageFixtures.patient;
import static io.bitewing.support.CoverageFixtures.patientPlan;
import static io.bitewing.support.CoverageFixtures.plan;
import static io.bitewing.support.CoverageFixtures.subscription;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VerificationApiTest extends ApiTestSupport {

    /** A family on one subscription: the subscriber and a child, both covered. */
    private record Family(String plan, String subscription, String ana, String anaPlan, String leo, String leoPlan) {}

    private static Family family(Org org) {
        String ana = patient(org, "Ana", "Rivera");
        String leo = patient(org, "Leo", "Rivera");
        String plan = plan(org, "Acme");
        String sub = subscription(org, plan, ana, "A-1");
        return new Family(plan, sub, ana, patientPlan(org, ana, sub, "self"), leo, patientPlan(org, leo, sub, "child"));
    }

    private static Map<String, Object> entry(String ownerField, String owner, String type, String status) {
        return body(
                ownerField,
                owner,
                "verification_type",
                type,
                "verification_source",
                "phone",
                "verification_status",
                status);
    }

    private static String today(int plusDays) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(plusDays).toString();
    }

    @Test
    void aVerifiedEligibilityCheckStampsThePatientPlanAndItsSubscription() {
        var org = newOrg();
        var f = family(org);
        var e = entry("patient_plan_uuid", f.leoPlan(), "eligibility", "verified");
        e.put("carrier_rep_name", "Dana");
        e.put("carrier_ref_number", "REF-77");
        e.put("call_duration_minutes", 12);
        var recorded = org.api()
                .body(e)
                .post("/verifications")
                .then()
                .statusCode(201)
                .body("patient_plan_uuid", equalTo(f.leoPlan()))
                .body("insurance_plan_uuid", nullValue())
                .body("verification_type", equalTo("eligibility"))
                .body("verification_source", equalTo("phone"))
                .body("verification_status", equalTo("verified"))
                .body("verified_at", notNullValue())
                .body("next_verification_due", equalTo(today(30)))
                .body("carrier_rep_name", equalTo("Dana"))
                .body("call_duration_minutes", equalTo(12))
                .body("raw_response_json", nullValue())
                .body("version", equalTo(1))
                .extract();
        String verifiedAt = recorded.path("verified_at");
        org.api()
                .get("/verifications/" + recorded.path("id"))
                .then()
                .statusCode(200)
                .body("carrier_ref_number", equalTo("REF-77"));
        org.api()
                .get("/patients/" + f.leo() + "/insurance/" + f.leoPlan())
                .then()
                .body("eligibility_last_verified_at", equalTo(verifiedAt))
                .body("benefits_last_verified_at", nullValue())
                .body("version", equalTo(2));
        org.api()
                .get("/patients/" + f.ana() + "/insurance/" + f.anaPlan())
                .then()
                .body("eligibility_last_verified_at", nullValue());
        org.api()
                .get("/subscriptions/" + f.subscription())
                .then()
                .body("last_verified_at", equalTo(verifiedAt))
                .body("last_verified_source", equalTo("phone"));
    }

    @Test
    void anElectronicCheckKeepsTheVendorsCheckTimeAndRawAnswer() {
        var org = newOrg();
        var f = family(org);
        var e = entry("patient_plan_uuid", f.leoPlan(), "eligibility", "verified");
        e.put("verification_source", "electronic");
        e.put("verified_at", "2026-11-02T15:30:00Z");
        e.put("raw_response_json", Map.of("eb", List.of(Map.of("code", "1", "service_types", List.of("35")))));
        String id = org.api()
                .body(e)
                .post("/verifications")
                .then()
                .statusCode(201)
                .body("verified_at", equalTo("2026-11-02T15:30:00Z"))
                .body("raw_response_json.eb[0].service_types", equalTo(List.of("35")))
                .extract()
                .path("id");
        org.api().get("/verifications/" + id).then().body("raw_response_json.eb[0].code", equalTo("1"));
        e.put("verified_at", today(3) + "T00:00:00Z");
        org.api().body(e).post("/verifications").then().statusCode(422);
    }

    @Test
    void benefitsChecksStampBenefitsOnThePatientPlanOrOnEveryPatientPlanOfTheInsurancePlan() {
        var org = newOrg();
        var f = family(org);
        String elsewhere = patient(org, "Zed", "Other");
        String otherPlan = patientPlan(org, elsewhere, subscription(org, plan(org, "Zeta"), elsewhere, "Z-1"), "self");
        String single = org.api()
                .body(entry("patient_plan_uuid", f.anaPlan(), "benefits", "verified"))
                .post("/verifications")
                .then()
                .statusCode(201)
                .body("next_verification_due", equalTo(today(90)))
                .extract()
                .path("verified_at");
        org.api()
                .get("/patients/" + f.ana() + "/insurance/" + f.anaPlan())
                .then()
                .body("benefits_last_verified_at", equalTo(single))
                .body("eligibility_last_verified_at", nullValue());
        org.api().get("/subscriptions/" + f.subscription()).then().body("last_verified_at", nullValue());

        String planWide = org.api()
                .body(entry("insurance_plan_uuid", f.plan(), "benefits", "verified"))
                .post("/verifications")
                .then()
                .statusCode(201)
                .body("insurance_plan_uuid", equalTo(f.plan()))
                .body("patient_plan_uuid", nullValue())
                .extract()
                .path("verified_at");
        org.api()
                .get("/patients/" + f.ana() + "/insurance/" + f.anaPlan())
                .then()
                .body("benefits_last_verified_at", equalTo(planWide));
        org.api()
                .get("/patients/" + f.leo() + "/insurance/" + f.leoPlan())
                .then()
                .body("benefits_last_verified_at", equalTo(planWide));
        org.api()
                .get("/patients/" + elsewhere + "/insurance/" + otherPlan)
                .then()
                .body("benefits_last_verified_at", nullValue());
    }

    @Test
    void onlyAVerifiedResultStampsAndOtherResultsAreDueAgainToday() {
        var org = newOrg();
        var f = family(org);
        for (String status : List.of("failed", "unable_to_verify", "partial")) {
            org.api()
                    .body(entry("patient_plan_uuid", f.anaPlan(), "eligibility", status))
                    .post("/verifications")
                    .then()
                    .statusCode(201)
                    .body("next_verification_due", equalTo(today(0)));
        }
        var explicit = entry("patient_plan_uuid", f.anaPlan(), "eligibility", "verified");
        explicit.put("next_verification_due", "2030-01-15");
        org.api()
                .body(explicit)
                .post("/verifications")
                .then()
                .statusCode(201)
                .body("next_verification_due", equalTo("2030-01-15"));
        org.api()
                .get("/patients/" + f.ana() + "/insurance/" + f.anaPlan())
                .then()
                .body("eligibility_last_verified_at", notNullValue());
        org.api()
                .get("/patients/" + f.leo() + "/insurance/" + f.leoPlan())
                .then()
                .body("eligibility_last_verified_at", nullValue());
    }

    @Test
    void theDefaultDueDateFollowsTheSettings() {
        var org = newOrg();
        var f = family(org);
        org.api()
                .body(Map.of("base_version", 1, "eligibility_verify_days", 14, "benefits_verify_days", 365))
                .patch("/settings")
                .then()
                .statusCode(200);
        org.api()
                .body(entry("patient_plan_uuid", f.anaPlan(), "eligibility", "verified"))
                .post("/verifications")
                .then()
                .body("next_verification_due", equalTo(today(14)));
        org.api()
                .body(entry("insurance_plan_uuid", f.plan(), "benefits", "verified"))
                .post("/verifications")
                .then()
                .body("next_verification_due", equalTo(today(365)));
    }

    @Test
    void needsExactlyOneLiveOwnerOfThisOrganisation() {
        var org = newOrg();
        var other = newOrg();
        var f = family(org);
        var both = entry("patient_plan_uuid", f.anaPlan(), "eligibility", "verified");
        both.put("insurance_plan_uuid", f.plan());
        assertInvalid(org.api().body(both).post("/verifications").then(), "body", "insurance_plan_uuid");
        var neither = entry("notes", "who?", "eligibility", "verified");
        assertInvalid(org.api().body(neither).post("/verifications").then(), "body", "patient_plan_uuid");
        org.api()
                .body(entry("patient_plan_uuid", UUID.randomUUID().toString(), "eligibility", "verified"))
                .post("/verifications")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Patient plan not found"));
        org.api()
                .body(entry("insurance_plan_uuid", UUID.randomUUID().toString(), "benefits", "verified"))
                .post("/verifications")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Plan not found"));
        var theirs = family(other);
        org.api()
                .body(entry("patient_plan_uuid", theirs.anaPlan(), "eligibility", "verified"))
                .post("/verifications")
                .then()
                .statusCode(404);
        org.api()
                .body(entry("insurance_plan_uuid", theirs.plan(), "benefits", "verified"))
                .post("/verifications")
                .then()
                .statusCode(404);
        org.api()
                .post("/patients/" + f.leo() + "/insurance/" + f.leoPlan() + "/archive")
                .then()
                .statusCode(200);
        org.api()
                .body(entry("patient_plan_uuid", f.leoPlan(), "eligibility", "verified"))
                .post("/verifications")
                .then()
                .statusCode(404);
        org.api().get("/verifications?insurance_plan_uuid=" + f.plan()).then().body("total", equalTo(0));
    }

    @Test
    void rejectsBadVerificationBodiesNamingTheField() {
        var org = newOrg();
        var f = family(org);
        var missingType = entry("patient_plan_uuid", f.anaPlan(), null, "verified");
        missingType.remove("verification_type");
        assertInvalid(org.api().body(missingType).post("/verifications").then(), "body", "verification_type");
        assertInvalid(
                org.api()
                        .body(entry("patient_plan_uuid", f.anaPlan(), "coverage", "verified"))
                        .post("/verifications")
                        .then(),
                "body",
                "verification_type");
        assertInvalid(
                org.api()
                        .body(entry("patient_plan_uuid", f.anaPlan(), "eligibility", "maybe"))
                        .post("/verifications")
                        .then(),
                "body",
                "verification_status");
        var e = entry("patient_plan_uuid", f.anaPlan(), "eligibility", "verified");
        e.put("call_duration_minutes", "5");
        assertInvalid(org.api().body(e).post("/verifications").then(), "body", "call_duration_minutes");
        e.put("call_duration_minutes", -1);
        assertInvalid(org.api().body(e).post("/verifications").then(), "body", "call_duration_minutes");
        e.remove("call_duration_minutes");
        e.put("notes", "n".repeat(4001));
        assertInvalid(org.api().body(e).post("/verifications").then(), "body", "notes");
        e.remove("notes");
        e.put("raw_response_json", "not an object");
        assertInvalid(org.api().body(e).post("/verifications").then(), "body", "raw_response_json");
        e.remove("raw_response_json");
        e.put("verified_by_user_uuid", UUID.randomUUID().toString());
        assertInvalid(org.api().body(e).post("/verifications").then(), "body", "verified_by_user_uuid");
        org.api().get("/verifications?patient_plan_uuid=" + f.anaPlan()).then().body("total", equalTo(0));
    }

    @Test
    void listsNeedAnOwnerFilterAndShowTheNewestFirst() {
        var org = newOrg();
        var f = family(org);
        String v1 = org.api()
                .body(entry("patient_plan_uuid", f.anaPlan(), "eligibility", "verified"))
                .post("/verifications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String v2 = org.api()
                .body(entry("patient_plan_uuid", f.anaPlan(), "benefits", "failed"))
                .post("/verifications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String v3 = org.api()
                .body(entry("insurance_plan_uuid", f.plan(), "benefits", "verified"))
                .post("/verifications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.api()
                .body(entry("patient_plan_uuid", f.leoPlan(), "eligibility", "verified"))
                .post("/verifications")
                .then()
                .statusCode(201);

        // With neither owner the reference answers an empty list, not every patient's checks.
        org.api()
                .get("/verifications")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo(0));
        org.api()
                .get("/verifications?verification_type=eligibility")
                .then()
                .statusCode(200)
                .body("items", empty());
        org.api()
                .get("/verifications?patient_plan_uuid=" + f.anaPlan())
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(v2, v1)));
        org.api()
                .get("/verifications?patient_plan_uuid=" + f.anaPlan() + "&verification_type=eligibility")
                .then()
                .body("items.id", equalTo(List.of(v1)));
        org.api().get("/verifications?insurance_plan_uuid=" + f.plan()).then().body("items.id", equalTo(List.of(v3)));
        org.api()
                .get("/verifications?patient_plan_uuid=" + f.anaPlan() + "&page=2&page_size=1")
                .then()
                .body("items.id", equalTo(List.of(v1)))
                .body("total", equalTo(2))
                .body("page", equalTo(2));
        assertInvalid(
                org.api()
                        .get("/verifications?patient_plan_uuid=" + f.anaPlan() + "&verification_type=coverage")
                        .then(),
                "query",
                "verification_type");

        org.api()
                .get("/patient-plans/" + f.anaPlan() + "/verifications")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(v2, v1)))
                .body("page_size", equalTo(50));
        org.api()
                .get("/patient-plans/" + f.anaPlan() + "/verifications?verification_type=benefits")
                .then()
                .body("items.id", equalTo(List.of(v2)));
        org.api()
                .get("/patient-plans/" + UUID.randomUUID() + "/verifications")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Patient plan not found"));
        newOrg().api()
                .get("/patient-plans/" + f.anaPlan() + "/verifications")
                .then()
                .statusCode(404);
        org.api()
                .get("/verifications/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("detail", equalTo("Verification not found"));
        newOrg().api().get("/verifications/" + v1).then().statusCode(404);
    }

    @Test
    void patchesWithBaseVersionAndMarkingVerifiedStampsTheOwner() {
        var org = newOrg();
        var f = family(org);
        String id = org.api()
                .body(entry("patient_plan_uuid", f.anaPlan(), "eligibility", "partial"))
                .post("/verifications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.api()
                .get("/patients/" + f.ana() + "/insurance/" + f.anaPlan())
                .then()
                .body("eligibility_last_verified_at", nullValue());
        String verifiedAt = org.api()
                .body(body(
                        "base_version",
                        1,
                        "verification_status",
                        "verified",
                        "notes",
                        "Called back",
                        "next_verification_due",
                        "2031-01-01"))
                .patch("/verifications/" + id)
                .then()
                .statusCode(200)
                .body("verification_status", equalTo("verified"))
                .body("notes", equalTo("Called back"))
                .body("next_verification_due", equalTo("2031-01-01"))
                .body("version", equalTo(2))
                .extract()
                .path("verified_at");
        org.api()
                .get("/patients/" + f.ana() + "/insurance/" + f.anaPlan())
                .then()
                .body("eligibility_last_verified_at", equalTo(verifiedAt));
        org.api()
                .body(body("base_version", 2, "notes", null))
                .patch("/verifications/" + id)
                .then()
                .statusCode(200)
                .body("notes", nullValue())
                .body("version", equalTo(3));
        org.api()
                .body(body("base_version", 2, "notes", "stale"))
                .patch("/verifications/" + id)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(3));
        assertInvalid(
                org.api()
                        .body(body("base_version", 3, "verification_status", null))
                        .patch("/verifications/" + id)
                        .then(),
                "body",
                "verification_status");
        assertInvalid(
                org.api()
                        .body(body("base_version", 3, "verification_type", "benefits"))
                        .patch("/verifications/" + id)
                        .then(),
                "body",
                "verification_type");
        assertInvalid(
                org.api().body(body("notes", "x")).patch("/verifications/" + id).then(), "body", "base_version");
        org.api()
                .body(body("base_version", 3))
                .patch("/verifications/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        newOrg().api()
                .body(body("base_version", 3))
                .patch("/verifications/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void bulkRecordsAllOrNothing() {
        var org = newOrg();
        var f = family(org);
        var good = entry("patient_plan_uuid", f.anaPlan(), "eligibility", "verified");
        var both = entry("patient_plan_uuid", f.leoPlan(), "eligibility", "verified");
        both.put("insurance_plan_uuid", f.plan());
        assertInvalid(
                org.api()
                        .body(Map.of("verifications", List.of(good, both)))
                        .post("/verifications/bulk")
                        .then(),
                "body",
                "verifications",
                1,
                "insurance_plan_uuid");
        var badType = entry("patient_plan_uuid", f.leoPlan(), "coverage", "verified");
        assertInvalid(
                org.api()
                        .body(Map.of("verifications", List.of(good, badType)))
                        .post("/verifications/bulk")
                        .then(),
                "body",
                "verifications",
                1,
                "verification_type");
        String unknown = UUID.randomUUID().toString();
        org.api()
                .body(Map.of(
                        "verifications", List.of(good, entry("patient_plan_uuid", unknown, "benefits", "verified"))))
                .post("/verifications/bulk")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Patient plan " + unknown + " not found"));
        assertInvalid(
                org.api()
                        .body(Map.of("verifications", List.of()))
                        .post("/verifications/bulk")
                        .then(),
                "body",
                "verifications");
        org.api().get("/verifications?patient_plan_uuid=" + f.anaPlan()).then().body("total", equalTo(0));
        org.api()
                .get("/patients/" + f.ana() + "/insurance/" + f.anaPlan())
                .then()
                .body("eligibility_last_verified_at", nullValue());

        org.api()
                .body(Map.of(
                        "verifications",
                        List.of(
                                good,
                                entry("patient_plan_uuid", f.leoPlan(), "benefits", "failed"),
                                entry("insurance_plan_uuid", f.plan(), "benefits", "verified"))))
                .post("/verifications/bulk")
                .then()
                .statusCode(201)
                .body("total", equalTo(3))
                .body("items.verification_type", equalTo(List.of("eligibility", "benefits", "benefits")))
                .body("items[1].next_verification_due", equalTo(today(0)));
        org.api()
                .get("/patients/" + f.ana() + "/insurance/" + f.anaPlan())
                .then()
                .body("eligibility_last_verified_at", notNullValue())
                .body("benefits_last_verified_at", notNullValue());
        org.api()
                .get("/patients/" + f.leo() + "/insurance/" + f.leoPlan())
                .then()
                .body("benefits_last_verified_at", notNullValue());
    }

    @Test
    void bulkMarkSetsOneStatusOrNamesTheFirstUnknownId() {
        var org = newOrg();
        var f = family(org);
        String a = org.api()
                .body(entry("patient_plan_uuid", f.anaPlan(), "eligibility", "failed"))
                .post("/verifications")
                .then()
                .extract()
                .path("id");
        String b = org.api()
                .body(entry("patient_plan_uuid", f.leoPlan(), "benefits", "unable_to_verify"))
                .post("/verifications")
                .then()
                .extract()
                .path("id");
        String verified = org.api()
                .body(entry("patient_plan_uuid", f.leoPlan(), "eligibility", "verified"))
                .post("/verifications")
                .then()
                .extract()
                .path("id");
        String unknown = UUID.randomUUID().toString();
        org.api()
                .body(Map.of("verification_status", "verified", "verification_uuids", List.of(a, unknown, b)))
                .post("/verifications/bulk-mark")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Verification " + unknown + " not found"));
        org.api()
                .get("/verifications/" + a)
                .then()
                .body("verification_status", equalTo("failed"))
                .body("version", equalTo(1));
        assertInvalid(
                org.api()
                        .body(Map.of("verification_status", "done", "verification_uuids", List.of(a)))
                        .post("/verifications/bulk-mark")
                        .then(),
                "body",
                "verification_status");
        assertInvalid(
                org.api()
                        .body(Map.of("verification_status", "verified", "verification_uuids", List.of()))
                        .post("/verifications/bulk-mark")
                        .then(),
                "body",
                "verification_uuids");

        org.api()
                .body(Map.of("verification_status", "verified", "verification_uuids", List.of(a, b, verified, a)))
                .post("/verifications/bulk-mark")
                .then()
                .statusCode(200)
                .body("updated", equalTo(2));
        org.api()
                .get("/verifications/" + b)
                .then()
                .body("verification_status", equalTo("verified"))
                .body("version", equalTo(2));
        org.api().get("/verifications/" + verified).then().body("version", equalTo(1));
        org.api()
                .get("/patients/" + f.ana() + "/insurance/" + f.anaPlan())
                .then()
                .body("eligibility_last_verified_at", notNullValue());
        org.api()
                .get("/patients/" + f.leo() + "/insurance/" + f.leoPlan())
                .then()
                .body("benefits_last_verified_at", notNullValue());
    }

    @Test
    void replaysARecordAndRefusesReadOnlyWrites() {
        var org = newOrg();
        var f = family(org);
        var e = entry("patient_plan_uuid", f.anaPlan(), "eligibility", "verified");
        String id = org.api()
                .header("Idempotency-Key", "ver-1")
                .body(e)
                .post("/verifications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.api()
                .header("Idempotency-Key", "ver-1")
                .body(e)
                .post("/verifications")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        org.api().get("/verifications?patient_plan_uuid=" + f.anaPlan()).then().body("total", equalTo(1));
        var readOnly = org.as(org.tokenWithRole("read_only"));
        readOnly.get("/verifications/" + id).then().statusCode(200);
        readOnly.get("/patient-plans/" + f.anaPlan() + "/verifications").then().statusCode(200);
        readOnly.body(e).post("/verifications").then().statusCode(403);
        readOnly.body(Map.of("verifications", List.of(e)))
                .post("/verifications/bulk")
                .then()
                .statusCode(403);
        readOnly.body(Map.of("verification_status", "failed", "verification_uuids", List.of(id)))
                .post("/verifications/bulk-mark")
                .then()
                .statusCode(403);
        readOnly.body(body("base_version", 1, "notes", "x"))
                .patch("/verifications/" + id)
                .then()
                .statusCode(403);
        org.api().get("/verifications/" + id).then().body("version", equalTo(1));
    }
}
