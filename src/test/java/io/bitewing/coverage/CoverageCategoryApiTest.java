package io.bitewing.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CoverageCategoryApiTest extends ApiTestSupport {

    static final List<String> DEFAULT_NAMES = List.of(
            "General",
            "Diagnostic",
            "X-Ray",
            "Preventive",
            "Restorative",
            "Endo",
            "Perio",
            "Oral Surgery",
            "Crowns",
            "Prosth",
            "Maxillofacial Prosth",
            "Implants",
            "Accident",
            "Ortho",
            "Adjunctive");

    static String categoryId(Org org, String name) {
        return org.api()
                .get("/coverage-categories?include_hidden=true&page_size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.category_name == '" + name + "' }.id");
    }

    static String createCategory(Org org, String name) {
        return org.api()
                .body(Map.of("category_name", name))
                .post("/coverage-categories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aNewOrganisationHasTheFifteenDefaultCategoriesWithGeneralAsTheSystemCategory() {
        var org = newOrg();
        org.api()
                .get("/coverage-categories")
                .then()
                .statusCode(200)
                .body("total", equalTo(15))
                .body("page", equalTo(1))
                .body("page_size", equalTo(50))
                .body("items.category_name", equalTo(DEFAULT_NAMES))
                .body("items.item_order", equalTo(IntStream.range(0, 15).boxed().toList()))
                .body("items.findAll { it.is_system }.category_name", equalTo(List.of("General")))
                // The reference's item shape always has spans: null says "not loaded", unlike [] ("has none").
                .body("items[0]", hasKey("spans"))
                .body("items[0].spans", nullValue());
        org.api()
                .get("/coverage-categories?include_spans=true")
                .then()
                .statusCode(200)
                .body("items[0].spans.from_code", equalTo(List.of("D0000", "D9000")))
                .body("items[0].spans.to_code", equalTo(List.of("D7999", "D9999")))
                .body("items.find { it.category_name == 'Prosth' }.spans.from_code", equalTo(List.of("D5000", "D6200")))
                .body("items.find { it.category_name == 'Accident' }.spans", equalTo(List.of()))
                .body("items.find { it.category_name == 'Ortho' }.spans.from_code", equalTo(List.of("D8000")))
                .body("items.find { it.category_name == 'Adjunctive' }.spans.from_code", equalTo(List.of("D9000")))
                .body("items.find { it.category_name == 'Adjunctive' }.spans.to_code", equalTo(List.of("D9999")));
    }

    @Test
    void createsACategoryAfterTheOthersAndReadsItWithItsSpans() {
        var org = newOrg();
        String id = org.api()
                .body(Map.of("category_name", " Sealants ", "description", "Pit and fissure"))
                .post("/coverage-categories")
                .then()
                .statusCode(201)
                .body("category_name", equalTo("Sealants"))
                .body("description", equalTo("Pit and fissure"))
                .body("is_hidden", equalTo(false))
                .body("is_system", equalTo(false))
                .body("item_order", equalTo(15))
                .body("spans", equalTo(List.of()))
                .body("version", equalTo(1))
                .body("created_at", notNullValue())
                .body("updated_at", notNullValue())
                .body("deleted_at", nullValue())
                .extract()
                .path("id");
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        org.api()
                .get("/coverage-categories/" + id)
                .then()
                .statusCode(200)
                .body("category_name", equalTo("Sealants"))
                .body("spans", equalTo(List.of()));
        org.api()
                .get("/coverage-categories/" + id + "?include_spans=false")
                .then()
                .statusCode(200)
                .body("$", hasKey("spans"))
                .body("spans", nullValue());
        org.api()
                .body(Map.of("category_name", "First", "item_order", 0, "is_hidden", true))
                .post("/coverage-categories")
                .then()
                .statusCode(201)
                .body("item_order", equalTo(0))
                .body("is_hidden", equalTo(true));
    }

    @Test
    void listsWithSearchHiddenCategoriesAndPaging() {
        var org = newOrg();
        org.api()
                .body(Map.of("category_name", "Whitening", "is_hidden", true))
                .post("/coverage-categories")
                .then()
                .statusCode(201);
        org.api()
                .get("/coverage-categories")
                .then()
                .body("total", equalTo(15))
                .body("items.category_name", not(hasItem("Whitening")));
        org.api()
                .get("/coverage-categories?include_hidden=true")
                .then()
                .body("total", equalTo(16))
                .body("items[15].category_name", equalTo("Whitening"));
        org.api().get("/coverage-categories?search=RAY").then().body("items.category_name", equalTo(List.of("X-Ray")));
        org.api()
                .get("/coverage-categories?search=prost")
                .then()
                .body("items.category_name", equalTo(List.of("Prosth", "Maxillofacial Prosth")));
        org.api().get("/coverage-categories?search=whiten").then().body("total", equalTo(0));
        org.api().get("/coverage-categories?search=%25").then().body("total", equalTo(0));
        org.api()
                .get("/coverage-categories?page=2&page_size=5")
                .then()
                .body("items.category_name", equalTo(DEFAULT_NAMES.subList(5, 10)))
                .body("page", equalTo(2))
                .body("page_size", equalTo(5))
                .body("total", equalTo(15));
        org.api()
                .get("/coverage-categories?page=9&page_size=5&include_spans=true")
                .then()
                .body("items", equalTo(List.of()))
                .body("total", equalTo(15));
        org.api()
                .get("/coverage-categories?page=2&page_size=5&include_spans=true")
                .then()
                .body("items.find { it.category_name == 'Perio' }.spans.from_code", equalTo(List.of("D4000")))
                .body("items.find { it.category_name == 'Crowns' }.spans.from_code", equalTo(List.of("D2700")));
    }

    @Test
    void rejectsBadListParameters() {
        var org = newOrg();
        assertInvalid(org.api().get("/coverage-categories?page=0").then(), "query", "page");
        assertInvalid(org.api().get("/coverage-categories?page=abc").then(), "query", "page");
        assertInvalid(org.api().get("/coverage-categories?page_size=0").then(), "query", "page_size");
        assertInvalid(org.api().get("/coverage-categories?page_size=201").then(), "query", "page_size");
        assertInvalid(org.api().get("/coverage-categories?include_hidden=maybe").then(), "query", "include_hidden");
        assertInvalid(org.api().get("/coverage-categories?include_spans=maybe").then(), "query", "include_spans");
        String id = categoryId(org, "General");
        assertInvalid(
                org.api().get("/coverage-categories/" + id + "?include_spans=2").then(), "query", "include_spans");
    }

    @Test
    void patchesWithBaseVersionAndClearsFieldsSentAsNull() {
        var org = newOrg();
        String id = org.api()
                .body(Map.of("category_name", "Night Guards", "description", "Occlusal guards"))
                .post("/coverage-categories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        var body = new HashMap<String, Object>();
        body.put("base_version", 1);
        body.put("category_name", "Guards");
        body.put("description", null);
        body.put("is_hidden", true);
        body.put("item_order", 3);
        org.api()
                .body(body)
                .patch("/coverage-categories/" + id)
                .then()
                .statusCode(200)
                .body("category_name", equalTo("Guards"))
                .body("description", nullValue())
                .body("is_hidden", equalTo(true))
                .body("item_order", equalTo(3))
                .body("spans", equalTo(List.of()))
                .body("version", equalTo(2));
        org.api()
                .body(Map.of("base_version", 1, "category_name", "Late"))
                .patch("/coverage-categories/" + id)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(2))
                .body("detail", notNullValue());
        org.api()
                .get("/coverage-categories/" + id)
                .then()
                .body("category_name", equalTo("Guards"))
                .body("version", equalTo(2));
        String general = categoryId(org, "General");
        org.api()
                .body(Map.of("base_version", 1, "description", "What the annual maximum covers"))
                .patch("/coverage-categories/" + general)
                .then()
                .statusCode(200)
                .body("is_system", equalTo(true))
                .body("spans.from_code", equalTo(List.of("D0000", "D9000")));
    }

    @Test
    void rejectsBadBodiesNamingTheField() {
        var org = newOrg();
        String id = createCategory(org, "Bleaching");
        assertInvalid(org.api().body(Map.of()).post("/coverage-categories").then(), "body", "category_name");
        assertInvalid(
                org.api()
                        .body(Map.of("category_name", " "))
                        .post("/coverage-categories")
                        .then(),
                "body",
                "category_name");
        assertInvalid(
                org.api()
                        .body(Map.of("category_name", 42))
                        .post("/coverage-categories")
                        .then(),
                "body",
                "category_name");
        assertInvalid(
                org.api()
                        .body(Map.of("category_name", "x", "item_order", "3"))
                        .post("/coverage-categories")
                        .then(),
                "body",
                "item_order");
        assertInvalid(
                org.api()
                        .body(Map.of("category_name", "x", "is_hidden", "yes"))
                        .post("/coverage-categories")
                        .then(),
                "body",
                "is_hidden");
        assertInvalid(
                org.api()
                        .body(Map.of("category_name", "x", "item_order", -1))
                        .post("/coverage-categories")
                        .then(),
                "body",
                "item_order");
        assertInvalid(
                        org.api()
                                .body(Map.of("category_name", "x", "is_system", true))
                                .post("/coverage-categories")
                                .then(),
                        "body",
                        "is_system")
                .body("detail[0].type", equalTo("extra_forbidden"));
        assertInvalid(
                        org.api()
                                .body(Map.of("categoryName", "x"))
                                .post("/coverage-categories")
                                .then(),
                        "body",
                        "categoryName")
                .body("detail[0].type", equalTo("extra_forbidden"));
        assertInvalid(
                org.api()
                        .body(Map.of("category_name", "x".repeat(201)))
                        .post("/coverage-categories")
                        .then(),
                "body",
                "category_name");
        assertInvalid(
                org.api()
                        .body(Map.of("category_name", "x", "description", "x".repeat(2001)))
                        .post("/coverage-categories")
                        .then(),
                "body",
                "description");
        assertInvalid(
                        org.api()
                                .body("{\"category_name\": ")
                                .post("/coverage-categories")
                                .then(),
                        "body")
                .body("detail[0].type", equalTo("json_invalid"));
        assertInvalid(
                org.api()
                        .body(Map.of("description", "no version"))
                        .patch("/coverage-categories/" + id)
                        .then(),
                "body",
                "base_version");
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", "1"))
                        .patch("/coverage-categories/" + id)
                        .then(),
                "body",
                "base_version");
        var nullName = new HashMap<String, Object>();
        nullName.put("base_version", 1);
        nullName.put("category_name", null);
        assertInvalid(
                org.api().body(nullName).patch("/coverage-categories/" + id).then(), "body", "category_name");
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 1, "category_name", "y".repeat(201)))
                        .patch("/coverage-categories/" + id)
                        .then(),
                "body",
                "category_name");
        assertInvalid(org.api().get("/coverage-categories/not-a-uuid").then(), "path", "category_uuid");
        org.api()
                .get("/coverage-categories/" + id)
                .then()
                .body("version", equalTo(1))
                .body("category_name", equalTo("Bleaching"));
        org.api().get("/coverage-categories?include_hidden=true").then().body("total", equalTo(16));
    }

    @Test
    void answers404ForUnknownIdsAndForAnotherOrganisationsIds() {
        var org = newOrg();
        var other = newOrg();
        String theirs = createCategory(other, "Theirs");
        String unknown = UUID.randomUUID().toString();
        org.api()
                .get("/coverage-categories/" + unknown)
                .then()
                .statusCode(404)
                .body("detail", equalTo("Coverage category not found"));
        for (String id : List.of(unknown, theirs)) {
            org.api().get("/coverage-categories/" + id).then().statusCode(404);
            org.api()
                    .body(Map.of("base_version", 1, "description", "x"))
                    .patch("/coverage-categories/" + id)
                    .then()
                    .statusCode(404);
            org.api().post("/coverage-categories/" + id + "/archive").then().statusCode(404);
        }
        other.api()
                .get("/coverage-categories/" + theirs)
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("description", nullValue())
                .body("deleted_at", nullValue());
    }

    @Test
    void archivedCategoriesLeaveListsButStayReadableWithTheirSpans() {
        var org = newOrg();
        String ortho = categoryId(org, "Ortho");
        org.api()
                .post("/coverage-categories/" + ortho + "/archive")
                .then()
                .statusCode(200)
                .body("deleted_at", notNullValue())
                .body("version", equalTo(2))
                .body("spans.from_code", equalTo(List.of("D8000")));
        org.api()
                .get("/coverage-categories?include_hidden=true")
                .then()
                .body("total", equalTo(14))
                .body("items.category_name", not(hasItem("Ortho")));
        org.api()
                .get("/coverage-categories/" + ortho)
                .then()
                .statusCode(200)
                .body("deleted_at", notNullValue())
                .body("spans.to_code", equalTo(List.of("D8999")));
        org.api()
                .get("/coverage-categories/" + ortho + "/spans")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        org.api()
                .post("/coverage-categories/" + ortho + "/archive")
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
    }

    @Test
    void theSystemCategoryRefusesToBeArchived() {
        var org = newOrg();
        String general = categoryId(org, "General");
        assertInvalid(
                        org.api()
                                .post("/coverage-categories/" + general + "/archive")
                                .then(),
                        "path",
                        "category_uuid")
                .body("detail[0].msg", equalTo("'General' is a system category and cannot be archived"));
        org.api()
                .get("/coverage-categories/" + general)
                .then()
                .body("deleted_at", nullValue())
                .body("version", equalTo(1));
    }

    @Test
    void reordersCategoriesBumpingTheVersionOfThoseThatMoved() {
        var org = newOrg();
        String crowns = categoryId(org, "Crowns");
        String restorative = categoryId(org, "Restorative");
        String endo = categoryId(org, "Endo");
        org.api()
                .body(Map.of(
                        "items",
                        List.of(
                                Map.of("category_uuid", crowns, "item_order", 4),
                                Map.of("category_uuid", restorative, "item_order", 8),
                                Map.of("category_uuid", endo, "item_order", 5))))
                .post("/coverage-categories/reorder")
                .then()
                .statusCode(200)
                .body("items.category_name", equalTo(List.of("Crowns", "Endo", "Restorative")))
                .body("items.item_order", equalTo(List.of(4, 5, 8)))
                .body("items.version", equalTo(List.of(2, 1, 2)));
        org.api()
                .get("/coverage-categories?page_size=10")
                .then()
                .body(
                        "items.category_name",
                        equalTo(List.of(
                                "General",
                                "Diagnostic",
                                "X-Ray",
                                "Preventive",
                                "Crowns",
                                "Endo",
                                "Perio",
                                "Oral Surgery",
                                "Restorative",
                                "Prosth")));
    }

    @Test
    void reorderIsAllOrNothing() {
        var org = newOrg();
        var other = newOrg();
        String crowns = categoryId(org, "Crowns");
        String accident = categoryId(org, "Accident");
        org.api().post("/coverage-categories/" + accident + "/archive").then().statusCode(200);
        for (String missing : List.of(UUID.randomUUID().toString(), accident, categoryId(other, "Perio"))) {
            org.api()
                    .body(Map.of(
                            "items",
                            List.of(
                                    Map.of("category_uuid", crowns, "item_order", 1),
                                    Map.of("category_uuid", missing, "item_order", 2))))
                    .post("/coverage-categories/reorder")
                    .then()
                    .statusCode(404)
                    .body("detail", equalTo("Coverage category not found"));
        }
        assertInvalid(
                org.api()
                        .body(Map.of(
                                "items",
                                List.of(
                                        Map.of("category_uuid", crowns, "item_order", 1),
                                        Map.of("category_uuid", crowns, "item_order", 2))))
                        .post("/coverage-categories/reorder")
                        .then(),
                "body",
                "items",
                1,
                "category_uuid");
        assertInvalid(
                org.api()
                        .body(Map.of("items", List.of()))
                        .post("/coverage-categories/reorder")
                        .then(),
                "body",
                "items");
        assertInvalid(
                org.api().body(Map.of()).post("/coverage-categories/reorder").then(), "body", "items");
        assertInvalid(
                org.api()
                        .body(Map.of("items", List.of(Map.of("category_uuid", crowns))))
                        .post("/coverage-categories/reorder")
                        .then(),
                "body",
                "items",
                0,
                "item_order");
        assertInvalid(
                org.api()
                        .body(Map.of("items", List.of(Map.of("category_uuid", "nope", "item_order", 1))))
                        .post("/coverage-categories/reorder")
                        .then(),
                "body",
                "items",
                0,
                "category_uuid");
        org.api()
                .get("/coverage-categories/" + crowns)
                .then()
                .body("item_order", equalTo(8))
                .body("version", equalTo(1));
    }

    @Test
    void replaysACreateWithTheSameIdempotencyKey() {
        var org = newOrg();
        String first = org.api()
                .header("Idempotency-Key", "cat-1")
                .body(Map.of("category_name", "Once"))
                .post("/coverage-categories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.api()
                .header("Idempotency-Key", "cat-1")
                .body(Map.of("category_name", "Once"))
                .post("/coverage-categories")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        org.api()
                .header("Idempotency-Key", "cat-1")
                .body(Map.of("category_name", "Twice"))
                .post("/coverage-categories")
                .then()
                .statusCode(409);
        org.api().get("/coverage-categories?search=once").then().body("total", equalTo(1));
        org.api().get("/coverage-categories").then().body("total", equalTo(16));
    }

    @Test
    void readOnlyTokensMayReadButNotWrite() {
        var org = newOrg();
        String crowns = categoryId(org, "Crowns");
        String span = org.api()
                .get("/coverage-categories/" + crowns + "/spans")
                .then()
                .extract()
                .path("items[0].id");
        String readOnly = org.tokenWithRole("read_only");
        org.as(readOnly).get("/coverage-categories").then().statusCode(200);
        org.as(readOnly).get("/coverage-categories/" + crowns).then().statusCode(200);
        org.as(readOnly).get("/coverage-categories/" + crowns + "/spans").then().statusCode(200);
        org.as(readOnly)
                .body(Map.of("category_name", "Nope"))
                .post("/coverage-categories")
                .then()
                .statusCode(403);
        org.as(readOnly)
                .body(Map.of("base_version", 1, "category_name", "Nope"))
                .patch("/coverage-categories/" + crowns)
                .then()
                .statusCode(403);
        org.as(readOnly)
                .post("/coverage-categories/" + crowns + "/archive")
                .then()
                .statusCode(403);
        org.as(readOnly)
                .body(Map.of("items", List.of(Map.of("category_uuid", crowns, "item_order", 0))))
                .post("/coverage-categories/reorder")
                .then()
                .statusCode(403);
        org.as(readOnly)
                .body(Map.of("from_code", "D2700", "to_code", "D2710"))
                .post("/coverage-categories/" + crowns + "/spans")
                .then()
                .statusCode(403);
        org.as(readOnly)
                .body(Map.of("base_version", 1, "to_code", "D2710"))
                .patch("/coverage-categories/" + crowns + "/spans/" + span)
                .then()
                .statusCode(403);
        org.as(readOnly)
                .delete("/coverage-categories/" + crowns + "/spans/" + span)
                .then()
                .statusCode(403);
        org.api()
                .get("/coverage-categories/" + crowns)
                .then()
                .body("version", equalTo(1))
                .body("deleted_at", nullValue())
                .body("item_order", equalTo(8))
                .body("spans.to_code", equalTo(List.of("D2799")))
                .body("spans[0].version", equalTo(1));
        org.api().get("/coverage-categories").then().body("items.category_name", not(hasItem("Nope")));
    }
}
