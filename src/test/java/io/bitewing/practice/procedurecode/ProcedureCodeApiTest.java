package io.bitewing.practice.procedurecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.support.ApiTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProcedureCodeApiTest extends ApiTestSupport {

    @Autowired
    ProcedureCodeService procedureCodeService;

    static String createCode(Org org, String code, String description) {
        return org.practice()
                .body(Map.of("code", code, "description", description))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> body(Object... pairs) {
        var map = new HashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void createsAndReadsAProcedureCodeWithDefaults() {
        var org = newOrg();
        String id = org.practice()
                .body(body("code", "d0120", "description", "Periodic exam", "category", "Diagnostic"))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .body("code", equalTo("D0120"))
                .body("description", equalTo("Periodic exam"))
                .body("category", equalTo("Diagnostic"))
                .body("treat_area", equalTo("none"))
                .body("substitution_code", nullValue())
                .body("substitution_condition", equalTo("never"))
                .body("is_hidden", equalTo(false))
                .body("version", equalTo(1))
                .body("created_at", notNullValue())
                .body("deleted_at", nullValue())
                .extract()
                .path("id");
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        org.practice().get("/procedure-codes/" + id).then().statusCode(200).body("code", equalTo("D0120"));
        org.practice()
                .body(body(
                        "code",
                        "D2391",
                        "description",
                        "One surface posterior resin",
                        "treat_area",
                        "surf",
                        "substitution_code",
                        "d2140",
                        "substitution_condition",
                        "posterior",
                        "is_hidden",
                        true))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .body("treat_area", equalTo("surf"))
                .body("substitution_code", equalTo("D2140"))
                .body("substitution_condition", equalTo("posterior"))
                .body("is_hidden", equalTo(true));
    }

    @Test
    void acceptsOfficeCodesOfUpToFifteenLettersDigitsDotsAndDashesAndKeepsThemApart() {
        var org = newOrg();
        String exam = createCode(org, "D0120", "Periodic exam");
        String sub = createCode(org, "d0120.1", "Periodic exam, second part");
        String office = createCode(org, "OFFICE-VISIT-01", "After-hours visit");
        org.practice().get("/procedure-codes/" + sub).then().statusCode(200).body("code", equalTo("D0120.1"));
        org.practice().get("/procedure-codes/" + office).then().body("code", equalTo("OFFICE-VISIT-01"));
        org.practice().get("/procedure-codes/" + exam).then().body("code", equalTo("D0120"));
        for (String bad : List.of("OFFICE-VISIT-012", "D01 20", "D0120/1", "D0120_1")) {
            assertInvalid(
                    org.practice()
                            .body(Map.of("code", bad, "description", "Bad"))
                            .post("/procedure-codes")
                            .then(),
                    "body",
                    "code");
        }
        // A code group listing the sub-code does not hold the plain code: membership is exact.
        String group = org.api()
                .body(Map.of("name", "Sub-codes", "codes", List.of("D0120.1")))
                .post("/code-groups")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.api().get("/code-groups/" + group).then().body("codes", equalTo(List.of("D0120.1")));
    }

    @Test
    void findsALiveCodeByItsCodeInAnyCase() {
        var org = newOrg();
        String id = createCode(org, "D0274", "Four bitewing images");
        org.practice()
                .get("/procedure-codes/by-code/d0274")
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
        org.practice()
                .get("/procedure-codes/by-code/D9999")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Procedure code not found"));
        assertInvalid(org.practice().get("/procedure-codes/by-code/D0274_X").then(), "path", "code");
        org.practice().post("/procedure-codes/" + id + "/archive").then().statusCode(200);
        org.practice().get("/procedure-codes/by-code/D0274").then().statusCode(404);
        var other = newOrg();
        other.practice().get("/procedure-codes/by-code/D0274").then().statusCode(404);
    }

    @Test
    void rejectsADuplicateLiveCodeButAllowsItAfterArchive() {
        var org = newOrg();
        String id = createCode(org, "D1110", "Adult cleaning");
        String other = createCode(org, "D1120", "Child cleaning");
        org.practice()
                .body(body("code", "d1110", "description", "Again"))
                .post("/procedure-codes")
                .then()
                .statusCode(409)
                .body("detail", notNullValue());
        org.practice()
                .body(body("base_version", 1, "code", "d1110"))
                .patch("/procedure-codes/" + other)
                .then()
                .statusCode(409);
        org.practice()
                .post("/procedure-codes/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("deleted_at", notNullValue())
                .body("version", equalTo(2));
        org.practice()
                .post("/procedure-codes/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
        String replacement = createCode(org, "D1110", "Adult cleaning, reworded");
        org.practice().get("/procedure-codes/by-code/D1110").then().body("id", equalTo(replacement));
        org.practice().get("/procedure-codes/" + id).then().statusCode(200).body("deleted_at", notNullValue());
        org.practice()
                .get("/procedure-codes/" + other)
                .then()
                .body("code", equalTo("D1120"))
                .body("version", equalTo(1));
    }

    @Test
    void listsWithSearchCategoryHiddenCodesAndPaging() {
        var org = newOrg();
        org.practice()
                .body(body("code", "D0140", "description", "Limited exam", "category", "Diagnostic"))
                .post("/procedure-codes");
        org.practice()
                .body(body("code", "D0120", "description", "Periodic exam", "category", "Diagnostic"))
                .post("/procedure-codes");
        org.practice()
                .body(body("code", "D1206", "description", "Fluoride varnish", "category", "Preventive"))
                .post("/procedure-codes");
        org.practice()
                .body(body(
                        "code",
                        "D1351",
                        "description",
                        "Sealant per tooth",
                        "category",
                        "Preventive",
                        "is_hidden",
                        true))
                .post("/procedure-codes");
        String archived = createCode(org, "D0150", "Comprehensive exam");
        org.practice().post("/procedure-codes/" + archived + "/archive").then().statusCode(200);

        org.practice()
                .get("/procedure-codes")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("D0120", "D0140", "D1206")))
                .body("total", equalTo(3));
        org.practice()
                .get("/procedure-codes?include_hidden=true&sort_by=code&sort_order=desc")
                .then()
                .body("items.code", equalTo(List.of("D1351", "D1206", "D0140", "D0120")));
        org.practice()
                .get("/procedure-codes?search=exam")
                .then()
                .body("items.code", equalTo(List.of("D0120", "D0140")));
        org.practice().get("/procedure-codes?search=d12").then().body("items.code", equalTo(List.of("D1206")));
        org.practice()
                .get("/procedure-codes?category=Preventive&include_hidden=true")
                .then()
                .body("items.code", equalTo(List.of("D1206", "D1351")));
        org.practice().get("/procedure-codes?category=preventive").then().body("total", equalTo(0));
        org.practice()
                .get("/procedure-codes?page=2&page_size=2")
                .then()
                .body("items.code", equalTo(List.of("D1206")))
                .body("total", equalTo(3));
        assertInvalid(org.practice().get("/procedure-codes?sort_by=description").then(), "query", "sort_by");
        assertInvalid(
                org.practice().get("/procedure-codes?include_hidden=perhaps").then(), "query", "include_hidden");
    }

    @Test
    void patchesWithBaseVersionAndRejectsAStaleOne() {
        var org = newOrg();
        String id = org.practice()
                .body(body("code", "D2140", "description", "One surface amalgam", "category", "Restorative"))
                .post("/procedure-codes")
                .then()
                .extract()
                .path("id");
        org.practice()
                .body(body("base_version", 1, "treat_area", "surf", "category", null, "is_hidden", true))
                .patch("/procedure-codes/" + id)
                .then()
                .statusCode(200)
                .body("treat_area", equalTo("surf"))
                .body("category", nullValue())
                .body("is_hidden", equalTo(true))
                .body("description", equalTo("One surface amalgam"))
                .body("version", equalTo(2));
        org.practice()
                .body(body("base_version", 1, "description", "Late"))
                .patch("/procedure-codes/" + id)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(2));
        org.practice()
                .get("/procedure-codes/" + id)
                .then()
                .body("description", equalTo("One surface amalgam"))
                .body("version", equalTo(2));
    }

    @Test
    void rejectsBadBodiesNamingTheField() {
        var org = newOrg();
        String id = createCode(org, "D0210", "Full mouth images");
        String path = "/procedure-codes";
        assertInvalid(
                org.practice().body(body("description", "No code")).post(path).then(), "body", "code");
        assertInvalid(org.practice().body(body("code", "D0001")).post(path).then(), "body", "description");
        assertInvalid(
                        org.practice()
                                .body(body("code", 120, "description", "X"))
                                .post(path)
                                .then(),
                        "body",
                        "code")
                .body("detail[0].type", equalTo("type_error"));
        assertInvalid(
                org.practice()
                        .body(body("code", "D0 120", "description", "X"))
                        .post(path)
                        .then(),
                "body",
                "code");
        assertInvalid(
                org.practice()
                        .body(body("code", "D012345678X012345", "description", "X"))
                        .post(path)
                        .then(),
                "body",
                "code");
        assertInvalid(
                org.practice()
                        .body(body("code", "D0001", "description", "X".repeat(1001)))
                        .post(path)
                        .then(),
                "body",
                "description");
        assertInvalid(
                        org.practice()
                                .body(body("code", "D0001", "description", "X", "treat_area", "elbow"))
                                .post(path)
                                .then(),
                        "body",
                        "treat_area")
                .body("detail[0].type", equalTo("enum"));
        assertInvalid(
                        org.practice()
                                .body(body("code", "D0001", "description", "X", "substitution_condition", "sometimes"))
                                .post(path)
                                .then(),
                        "body",
                        "substitution_condition")
                .body("detail[0].type", equalTo("enum"));
        assertInvalid(
                org.practice()
                        .body(body("code", "D0001", "description", "X", "is_hidden", "yes"))
                        .post(path)
                        .then(),
                "body",
                "is_hidden");
        assertInvalid(
                        org.practice()
                                .body(body("code", "D0001", "description", "X", "fee", 10))
                                .post(path)
                                .then(),
                        "body",
                        "fee")
                .body("detail[0].type", equalTo("extra_forbidden"));
        assertInvalid(
                org.practice()
                        .body(body("description", "X"))
                        .patch(path + "/" + id)
                        .then(),
                "body",
                "base_version");
        assertInvalid(
                org.practice()
                        .body(body("base_version", 1, "treat_area", null))
                        .patch(path + "/" + id)
                        .then(),
                "body",
                "treat_area");
        assertInvalid(
                org.practice()
                        .body(body("base_version", 1, "code", null))
                        .patch(path + "/" + id)
                        .then(),
                "body",
                "code");
        assertInvalid(
                org.practice()
                        .body(body("base_version", 1, "description", " "))
                        .patch(path + "/" + id)
                        .then(),
                "body",
                "description");
        assertInvalid(org.practice().get(path + "/D0210").then(), "path", "procedure_code_uuid");
        org.practice().get(path + "/" + id).then().body("version", equalTo(1));
        org.practice().get(path).then().body("total", equalTo(1));
    }

    @Test
    void answers404ForUnknownIdsAndForAnotherOrganisationsIds() {
        var org = newOrg();
        var other = newOrg();
        String theirs = createCode(other, "D0330", "Panoramic image");
        org.practice()
                .get("/procedure-codes/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("detail", equalTo("Procedure code not found"));
        org.practice()
                .get("/procedure-codes/" + theirs)
                .then()
                .statusCode(404)
                .body("detail", equalTo("Procedure code not found"));
        org.practice()
                .body(body("base_version", 1, "description", "X"))
                .patch("/procedure-codes/" + theirs)
                .then()
                .statusCode(404);
        org.practice()
                .body(body("base_version", 1, "description", "X"))
                .patch("/procedure-codes/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        org.practice().post("/procedure-codes/" + theirs + "/archive").then().statusCode(404);
        org.practice()
                .post("/procedure-codes/" + UUID.randomUUID() + "/archive")
                .then()
                .statusCode(404);
        other.practice()
                .get("/procedure-codes/" + theirs)
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("description", equalTo("Panoramic image"));
        createCode(org, "D0330", "Our own panoramic image");
    }

    @Test
    void replaysACreateWithTheSameIdempotencyKey() {
        var org = newOrg();
        String first = org.practice()
                .header("Idempotency-Key", "c-1")
                .body(body("code", "D9110", "description", "Pain relief"))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.practice()
                .header("Idempotency-Key", "c-1")
                .body(body("code", "D9110", "description", "Pain relief"))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        org.practice().get("/procedure-codes").then().body("total", equalTo(1));
    }

    @Test
    void readOnlyTokensMayReadButNotWrite() {
        var org = newOrg();
        String id = createCode(org, "D0140", "Limited exam");
        var readOnly = org.as(org.tokenWithRole("read_only")).basePath("/api/v1/" + org.id());
        readOnly.get("/procedure-codes/" + id).then().statusCode(200);
        readOnly.get("/procedure-codes/by-code/D0140").then().statusCode(200);
        readOnly.get("/procedure-codes").then().statusCode(200);
        readOnly.body(body("code", "D0150", "description", "No"))
                .post("/procedure-codes")
                .then()
                .statusCode(403);
        readOnly.body(body("base_version", 1, "description", "No"))
                .patch("/procedure-codes/" + id)
                .then()
                .statusCode(403);
        readOnly.post("/procedure-codes/" + id + "/archive").then().statusCode(403);
        readOnly.body(List.of(body("code", "D0150", "description", "No")))
                .post("/procedure-codes/import")
                .then()
                .statusCode(403);
        readOnly.contentType("text/csv")
                .body("code,description,category,treat_area\nD0150,No,,\n")
                .post("/procedure-codes/import")
                .then()
                .statusCode(403);
        org.practice().get("/procedure-codes").then().body("items.code", equalTo(List.of("D0140")));
        org.practice().get("/procedure-codes/" + id).then().body("version", equalTo(1));
    }

    @Test
    void looksUpCodesForOtherModules() {
        var org = newOrg();
        String id = createCode(org, "D0120", "Periodic exam");
        createCode(org, "D0140", "Limited exam");
        var tenant = new Tenant(org.id(), null);
        assertThat(procedureCodeService.findByCode(tenant, "d0120"))
                .hasValueSatisfying(c -> assertThat(c.id().toString()).isEqualTo(id));
        assertThat(procedureCodeService.findByCode(tenant, "D9999")).isEmpty();
        assertThat(procedureCodeService.findByCode(tenant, "not a code")).isEmpty();
        assertThat(procedureCodeService.findByCodes(tenant, List.of("D0120", "d0140", "D9999")))
                .containsOnlyKeys("D0120", "D0140");
        assertThat(procedureCodeService.findByCode(new Tenant(newOrg().id(), null), "D0120"))
                .isEmpty();
    }
}
