package io.bitewing.coverage.codegroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CodeGroupApiTest extends ApiTestSupport {

    static final List<String> DEFAULT_NAMES = List.of(
            "Exam", "BW", "PanoFMX", "Prophy", "Fluoride", "Sealant", "SRP", "Perio maintenance", "Crowns", "Dentures");

    static void createCodes(Org org, String... codes) {
        for (String code : codes) {
            org.practice()
                    .body(Map.of("code", code, "description", "Procedure " + code))
                    .post("/procedure-codes")
                    .then()
                    .statusCode(201);
        }
    }

    static String groupId(Org org, String name) {
        return org.api()
                .get("/code-groups?page_size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.name == '" + name + "' }.id");
    }

    static String createGroup(Org org, String name, List<String> codes) {
        return org.api()
                .body(Map.of("name", name, "codes", codes))
                .post("/code-groups")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aNewOrganisationHasTheDefaultGroupsEmptyBecauseItHasNoCodesYet() {
        var org = newOrg();
        org.api()
                .get("/code-groups")
                .then()
                .statusCode(200)
                .body("total", equalTo(10))
                .body("items.name", equalTo(DEFAULT_NAMES))
                .body("items.item_order", equalTo(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)))
                .body("items.codes.flatten()", equalTo(List.of()))
                .body("items.findAll { it.show_in_age_limits }.name", equalTo(List.of("Fluoride", "Sealant")))
                .body("items.findAll { !it.show_in_frequencies }", equalTo(List.of()));
    }

    @Test
    void defaultGroupsFillAsProcedureCodesAreCreatedAndImported() {
        var org = newOrg();
        createCodes(org, "D0120", "D9999");
        org.practice()
                .contentType("text/csv")
                .body(
                        "code,description,category,treat_area\n"
                                + "D0274,Four bitewings,X-Ray,mouth\nD0272,Two bitewings,X-Ray,mouth\nD2750,PFM crown,Crowns,tooth\n")
                .post("/procedure-codes/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(3));
        org.api()
                .get("/code-groups/" + groupId(org, "Exam"))
                .then()
                .statusCode(200)
                .body("codes", equalTo(List.of("D0120")))
                .body("version", equalTo(2));
        org.api().get("/code-groups/" + groupId(org, "BW")).then().body("codes", equalTo(List.of("D0272", "D0274")));
        org.api().get("/code-groups/" + groupId(org, "Crowns")).then().body("codes", equalTo(List.of("D2750")));
        org.api()
                .get("/code-groups/" + groupId(org, "Prophy"))
                .then()
                .body("codes", equalTo(List.of()))
                .body("version", equalTo(1));
    }

    @Test
    void codesAddedLaterSkipDefaultGroupsTheOfficeRemovedCodesFromArchivedOrRenamed() {
        var org = newOrg();
        String exam = groupId(org, "Exam");
        String prophy = groupId(org, "Prophy");
        org.api()
                .body(Map.of("base_version", 1, "name", "Exams"))
                .patch("/code-groups/" + exam)
                .then()
                .statusCode(200);
        org.api().post("/code-groups/" + prophy + "/archive").then().statusCode(200);
        createCodes(org, "D0120", "D1110");
        org.api().get("/code-groups/" + exam).then().body("codes", equalTo(List.of()));
        org.api().get("/code-groups/" + prophy).then().body("codes", equalTo(List.of()));
        createCodes(org, "D0272");
        String bw = groupId(org, "BW");
        org.api()
                .body(Map.of("base_version", 2, "codes", List.of()))
                .patch("/code-groups/" + bw)
                .then()
                .statusCode(200);
        org.practice()
                .contentType("text/csv")
                .body("code,description,category,treat_area\nD0272,Bitewings again,,\n")
                .post("/procedure-codes/import")
                .then()
                .statusCode(200)
                .body("updated", equalTo(1));
        org.api().get("/code-groups/" + bw).then().body("codes", equalTo(List.of()));
    }

    @Test
    void createsAndReadsAGroupWithItsCodesInCodeOrder() {
        var org = newOrg();
        createCodes(org, "D7140", "D7210");
        String id = org.api()
                .body(Map.of("name", " Extractions ", "codes", List.of("d7210", "D7140")))
                .post("/code-groups")
                .then()
                .statusCode(201)
                .body("name", equalTo("Extractions"))
                .body("codes", equalTo(List.of("D7140", "D7210")))
                .body("item_order", equalTo(10))
                .body("show_in_frequencies", equalTo(true))
                .body("show_in_age_limits", equalTo(false))
                .body("version", equalTo(1))
                .body("created_at", notNullValue())
                .body("updated_at", notNullValue())
                .body("deleted_at", nullValue())
                .extract()
                .path("id");
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        org.api().get("/code-groups/" + id).then().statusCode(200).body("codes", equalTo(List.of("D7140", "D7210")));
        org.api()
                .body(Map.of(
                        "name", "Empty", "item_order", 0, "show_in_frequencies", false, "show_in_age_limits", true))
                .post("/code-groups")
                .then()
                .statusCode(201)
                .body("codes", equalTo(List.of()))
                .body("item_order", equalTo(0))
                .body("show_in_frequencies", equalTo(false))
                .body("show_in_age_limits", equalTo(true));
    }

    @Test
    void rejectsCodesThatAreNotLiveProcedureCodesNamingEachEntry() {
        var org = newOrg();
        createCodes(org, "D0120", "D0140");
        String archived = org.practice()
                .get("/procedure-codes/by-code/D0140")
                .then()
                .extract()
                .path("id");
        org.practice().post("/procedure-codes/" + archived + "/archive").then().statusCode(200);
        org.api()
                .body(Map.of("name", "Bad", "codes", List.of("D0120", "D0999", "D0140", "d0120")))
                .post("/code-groups")
                .then()
                .statusCode(422)
                .body(
                        "detail.loc",
                        equalTo(List.of(
                                List.of("body", "codes", 1), List.of("body", "codes", 2), List.of("body", "codes", 3))))
                .body("detail[0].msg", containsString("D0999"))
                .body("detail[1].msg", containsString("D0140"))
                .body("detail[2].msg", containsString("codes[0]"));
        assertInvalid(
                org.api()
                        .body(Map.of("name", "Bad", "codes", List.of("D0120", "D-1")))
                        .post("/code-groups")
                        .then(),
                "body",
                "codes",
                1);
        org.api().get("/code-groups").then().body("items.name", not(hasItem("Bad")));
    }

    @Test
    void rejectsADuplicateLiveNameButAllowsItAfterArchive() {
        var org = newOrg();
        org.api()
                .body(Map.of("name", "bw"))
                .post("/code-groups")
                .then()
                .statusCode(409)
                .body("detail", notNullValue());
        String bw = groupId(org, "BW");
        org.api()
                .post("/code-groups/" + bw + "/archive")
                .then()
                .statusCode(200)
                .body("deleted_at", notNullValue())
                .body("version", equalTo(2));
        createGroup(org, "BW", List.of());
        String other = createGroup(org, "Other", List.of());
        org.api()
                .body(Map.of("base_version", 1, "name", "EXAM"))
                .patch("/code-groups/" + other)
                .then()
                .statusCode(409);
    }

    @Test
    void archivedGroupsLeaveTheListButStayReadableAndArchivingAgainChangesNothing() {
        var org = newOrg();
        String sealant = groupId(org, "Sealant");
        org.api().post("/code-groups/" + sealant + "/archive").then().statusCode(200);
        org.api()
                .post("/code-groups/" + sealant + "/archive")
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
        org.api().get("/code-groups").then().body("total", equalTo(9)).body("items.name", not(hasItem("Sealant")));
        org.api().get("/code-groups/" + sealant).then().statusCode(200).body("deleted_at", notNullValue());
    }

    @Test
    void listsWithSearchAndPaging() {
        var org = newOrg();
        org.api().get("/code-groups?search=pro").then().body("items.name", equalTo(List.of("Prophy")));
        org.api().get("/code-groups?search=%25").then().body("total", equalTo(0));
        org.api()
                .get("/code-groups?page=2&page_size=3")
                .then()
                .body("items.name", equalTo(DEFAULT_NAMES.subList(3, 6)))
                .body("page", equalTo(2))
                .body("page_size", equalTo(3))
                .body("total", equalTo(10));
        assertInvalid(org.api().get("/code-groups?page=0").then(), "query", "page");
        assertInvalid(org.api().get("/code-groups?page_size=201").then(), "query", "page_size");
    }

    @Test
    void patchesWithBaseVersionReplacingTheCodes() {
        var org = newOrg();
        createCodes(org, "D1206", "D1208", "D1110");
        String fluoride = groupId(org, "Fluoride");
        org.api()
                .get("/code-groups/" + fluoride)
                .then()
                .body("codes", equalTo(List.of("D1206", "D1208")))
                .body("version", equalTo(3));
        org.api()
                .body(Map.of("base_version", 3, "codes", List.of("D1208", "D1110"), "show_in_age_limits", false))
                .patch("/code-groups/" + fluoride)
                .then()
                .statusCode(200)
                .body("codes", equalTo(List.of("D1110", "D1208")))
                .body("show_in_age_limits", equalTo(false))
                .body("name", equalTo("Fluoride"))
                .body("version", equalTo(4));
        org.api()
                .body(Map.of("base_version", 3, "name", "Late"))
                .patch("/code-groups/" + fluoride)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(4));
        var nullCodes = new HashMap<String, Object>();
        nullCodes.put("base_version", 4);
        nullCodes.put("codes", null);
        assertInvalid(
                org.api().body(nullCodes).patch("/code-groups/" + fluoride).then(), "body", "codes");
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 4, "codes", List.of("D9999")))
                        .patch("/code-groups/" + fluoride)
                        .then(),
                "body",
                "codes",
                0);
        assertInvalid(
                org.api()
                        .body(Map.of("codes", List.of()))
                        .patch("/code-groups/" + fluoride)
                        .then(),
                "body",
                "base_version");
        org.api()
                .get("/code-groups/" + fluoride)
                .then()
                .body("version", equalTo(4))
                .body("codes", equalTo(List.of("D1110", "D1208")));
    }

    @Test
    void rejectsBadBodiesNamingTheField() {
        var org = newOrg();
        assertInvalid(org.api().body(Map.of()).post("/code-groups").then(), "body", "name");
        assertInvalid(org.api().body(Map.of("name", " ")).post("/code-groups").then(), "body", "name");
        assertInvalid(
                org.api()
                        .body(Map.of("name", "x", "codes", "D0120"))
                        .post("/code-groups")
                        .then(),
                "body",
                "codes");
        assertInvalid(
                org.api()
                        .body(Map.of("name", "x", "item_order", -1))
                        .post("/code-groups")
                        .then(),
                "body",
                "item_order");
        assertInvalid(
                org.api()
                        .body(Map.of("name", "x", "show_in_age_limits", "yes"))
                        .post("/code-groups")
                        .then(),
                "body",
                "show_in_age_limits");
        assertInvalid(
                        org.api()
                                .body(Map.of("name", "x", "code_list", List.of()))
                                .post("/code-groups")
                                .then(),
                        "body",
                        "code_list")
                .body("detail[0].type", equalTo("extra_forbidden"));
        assertInvalid(org.api().get("/code-groups/not-a-uuid").then(), "path", "code_group_uuid");
    }

    @Test
    void answers404ForUnknownIdsAndForAnotherOrganisationsIds() {
        var org = newOrg();
        var other = newOrg();
        String theirs = groupId(other, "Exam");
        String unknown = UUID.randomUUID().toString();
        org.api().get("/code-groups/" + unknown).then().statusCode(404).body("detail", equalTo("Code group not found"));
        for (String id : List.of(unknown, theirs)) {
            org.api().get("/code-groups/" + id).then().statusCode(404);
            org.api()
                    .body(Map.of("base_version", 1, "name", "Mine"))
                    .patch("/code-groups/" + id)
                    .then()
                    .statusCode(404);
            org.api().post("/code-groups/" + id + "/archive").then().statusCode(404);
        }
        other.api()
                .get("/code-groups/" + theirs)
                .then()
                .statusCode(200)
                .body("name", equalTo("Exam"))
                .body("version", equalTo(1));
    }

    @Test
    void replaysACreateWithTheSameIdempotencyKey() {
        var org = newOrg();
        var first = org.api()
                .header("Idempotency-Key", "cg-1")
                .body(Map.of("name", "Once"))
                .post("/code-groups")
                .then()
                .statusCode(201)
                .extract();
        org.api()
                .header("Idempotency-Key", "cg-1")
                .body(Map.of("name", "Once"))
                .post("/code-groups")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        org.api().get("/code-groups?search=once").then().body("total", equalTo(1));
    }

    @Test
    void readOnlyTokensMayReadButNotWrite() {
        var org = newOrg();
        String exam = groupId(org, "Exam");
        String readOnly = org.tokenWithRole("read_only");
        org.as(readOnly).get("/code-groups").then().statusCode(200);
        org.as(readOnly).get("/code-groups/" + exam).then().statusCode(200);
        org.as(readOnly)
                .body(Map.of("name", "Nope"))
                .post("/code-groups")
                .then()
                .statusCode(403);
        org.as(readOnly)
                .body(Map.of("base_version", 1, "name", "Nope"))
                .patch("/code-groups/" + exam)
                .then()
                .statusCode(403);
        org.as(readOnly).post("/code-groups/" + exam + "/archive").then().statusCode(403);
        org.api().get("/code-groups/" + exam).then().body("version", equalTo(1)).body("deleted_at", nullValue());
    }
}
