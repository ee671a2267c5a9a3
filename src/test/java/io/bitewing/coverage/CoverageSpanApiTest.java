package io.bitewing.coverage;

import static io.bitewing.coverage.CoverageCategoryApiTest.categoryId;
import static io.bitewing.coverage.CoverageCategoryApiTest.createCategory;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.bitewing.support.ApiTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CoverageSpanApiTest extends ApiTestSupport {

    private static String spans(String categoryId) {
        return "/coverage-categories/" + categoryId + "/spans";
    }

    private static String createSpan(Org org, String categoryId, String from, String to) {
        return org.api()
                .body(Map.of("from_code", from, "to_code", to))
                .post(spans(categoryId))
                .then()
                .statusCode(201)
                .extract()
                .path("span.id");
    }

    @Test
    void createsASpanWithUpperCasedCodesAndWarnsAboutOverlappingSpans() {
        var org = newOrg();
        String whitening = createCategory(org, "Whitening");
        org.api()
                .body(Map.of("from_code", "d9970", "to_code", "d9979"))
                .post(spans(whitening))
                .then()
                .statusCode(201)
                .body("span.id", notNullValue())
                .body("span.category_uuid", equalTo(whitening))
                .body("span.from_code", equalTo("D9970"))
                .body("span.to_code", equalTo("D9979"))
                .body("span.is_exclusion", equalTo(false))
                .body("span.item_order", equalTo(0))
                .body("span.version", equalTo(1))
                .body("span.created_at", notNullValue())
                .body("span.updated_at", notNullValue())
                .body("overlapping_spans.category_name", equalTo(List.of("General", "Adjunctive")))
                .body(
                        "overlapping_spans.category_uuid",
                        equalTo(List.of(categoryId(org, "General"), categoryId(org, "Adjunctive"))))
                .body("overlapping_spans.from_code", equalTo(List.of("D9000", "D9000")))
                .body("overlapping_spans.to_code", equalTo(List.of("D9999", "D9999")));
        org.api()
                .body(Map.of("from_code", "D9975", "to_code", "D9975", "is_exclusion", true, "item_order", 7))
                .post(spans(whitening))
                .then()
                .statusCode(201)
                .body("span.is_exclusion", equalTo(true))
                .body("span.item_order", equalTo(7))
                .body("overlapping_spans.category_name", equalTo(List.of("General", "Adjunctive", "Whitening")));
        org.api()
                .body(Map.of("from_code", "D9980", "to_code", "D9989"))
                .post(spans(whitening))
                .then()
                .statusCode(201)
                .body("span.item_order", equalTo(8));
    }

    @Test
    void aSpanSharingNoCodeWithAnotherHasNoWarningsAndArchivedCategoriesDoNotWarn() {
        var org = newOrg();
        String custom = createCategory(org, "Custom codes");
        org.api()
                .body(Map.of("from_code", "X0001", "to_code", "X0009"))
                .post(spans(custom))
                .then()
                .statusCode(201)
                .body("overlapping_spans", equalTo(List.of()));
        String ortho = categoryId(org, "Ortho");
        org.api().post("/coverage-categories/" + ortho + "/archive").then().statusCode(200);
        org.api()
                .body(Map.of("from_code", "D8010", "to_code", "D8090"))
                .post(spans(custom))
                .then()
                .statusCode(201)
                .body("overlapping_spans", equalTo(List.of()));
    }

    @Test
    void listsTheSpansOfACategoryInOrderWithPaging() {
        var org = newOrg();
        String general = categoryId(org, "General");
        org.api()
                .get(spans(general))
                .then()
                .statusCode(200)
                .body("items.from_code", equalTo(List.of("D0000", "D9000")))
                .body("items.category_uuid", equalTo(List.of(general, general)))
                .body("page", equalTo(1))
                .body("page_size", equalTo(100))
                .body("total", equalTo(2));
        org.api()
                .get(spans(general) + "?page=2&page_size=1")
                .then()
                .statusCode(200)
                .body("items.from_code", equalTo(List.of("D9000")))
                .body("total", equalTo(2));
        org.api()
                .get(spans(general) + "?page=5&page_size=1")
                .then()
                .body("items", equalTo(List.of()))
                .body("total", equalTo(2));
        org.api()
                .get(spans(categoryId(org, "Accident")))
                .then()
                .body("items", equalTo(List.of()))
                .body("total", equalTo(0));
        assertInvalid(org.api().get(spans(general) + "?page=0").then(), "query", "page");
        assertInvalid(org.api().get(spans(general) + "?page_size=201").then(), "query", "page_size");
        assertInvalid(org.api().get(spans(general) + "?page_size=ten").then(), "query", "page_size");
    }

    @Test
    void patchesASpanWithBaseVersionAndWarnsAboutOverlaps() {
        var org = newOrg();
        String custom = createCategory(org, "Custom");
        String id = createSpan(org, custom, "X0001", "X0009");
        org.api()
                .body(Map.of(
                        "base_version",
                        1,
                        "from_code",
                        "d8000",
                        "to_code",
                        "d8100",
                        "is_exclusion",
                        true,
                        "item_order",
                        4))
                .patch(spans(custom) + "/" + id)
                .then()
                .statusCode(200)
                .body("span.id", equalTo(id))
                .body("span.from_code", equalTo("D8000"))
                .body("span.to_code", equalTo("D8100"))
                .body("span.is_exclusion", equalTo(true))
                .body("span.item_order", equalTo(4))
                .body("span.version", equalTo(2))
                .body("overlapping_spans.category_name", equalTo(List.of("Ortho")));
        org.api()
                .body(Map.of("base_version", 1, "to_code", "D8200"))
                .patch(spans(custom) + "/" + id)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(2));
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 2, "from_code", "D9000"))
                        .patch(spans(custom) + "/" + id)
                        .then(),
                "body",
                "to_code");
        org.api()
                .get(spans(custom))
                .then()
                .body("items[0].to_code", equalTo("D8100"))
                .body("items[0].version", equalTo(2));
    }

    @Test
    void rejectsBadSpanBodiesNamingTheField() {
        var org = newOrg();
        String crowns = categoryId(org, "Crowns");
        assertInvalid(
                org.api().body(Map.of("to_code", "D2799")).post(spans(crowns)).then(), "body", "from_code");
        assertInvalid(
                org.api().body(Map.of("from_code", "D2700")).post(spans(crowns)).then(), "body", "to_code");
        assertInvalid(
                org.api()
                        .body(Map.of("from_code", "D2799", "to_code", "D2700"))
                        .post(spans(crowns))
                        .then(),
                "body",
                "to_code");
        assertInvalid(
                org.api()
                        .body(Map.of("from_code", "D27_00", "to_code", "D2799"))
                        .post(spans(crowns))
                        .then(),
                "body",
                "from_code");
        assertInvalid(
                org.api()
                        .body(Map.of("from_code", "", "to_code", "D2799"))
                        .post(spans(crowns))
                        .then(),
                "body",
                "from_code");
        assertInvalid(
                org.api()
                        .body(Map.of("from_code", "D2700", "to_code", "D2700000000000000"))
                        .post(spans(crowns))
                        .then(),
                "body",
                "to_code");
        assertInvalid(
                org.api()
                        .body(Map.of("from_code", 2700, "to_code", "D2799"))
                        .post(spans(crowns))
                        .then(),
                "body",
                "from_code");
        assertInvalid(
                org.api()
                        .body(Map.of("from_code", "D2700", "to_code", "D2799", "is_exclusion", "yes"))
                        .post(spans(crowns))
                        .then(),
                "body",
                "is_exclusion");
        assertInvalid(
                org.api()
                        .body(Map.of("from_code", "D2700", "to_code", "D2799", "item_order", 1.5))
                        .post(spans(crowns))
                        .then(),
                "body",
                "item_order");
        assertInvalid(
                        org.api()
                                .body(Map.of("from_code", "D2700", "to_code", "D2799", "category_uuid", crowns))
                                .post(spans(crowns))
                                .then(),
                        "body",
                        "category_uuid")
                .body("detail[0].type", equalTo("extra_forbidden"));
        String span = org.api().get(spans(crowns)).then().extract().path("items[0].id");
        assertInvalid(
                org.api()
                        .body(Map.of("to_code", "D2710"))
                        .patch(spans(crowns) + "/" + span)
                        .then(),
                "body",
                "base_version");
        var nullCode = new HashMap<String, Object>();
        nullCode.put("base_version", 1);
        nullCode.put("from_code", null);
        assertInvalid(org.api().body(nullCode).patch(spans(crowns) + "/" + span).then(), "body", "from_code");
        assertInvalid(
                org.api()
                        .body(Map.of("base_version", 1, "to_code", "D2799X0000000000"))
                        .patch(spans(crowns) + "/" + span)
                        .then(),
                "body",
                "to_code");
        assertInvalid(org.api().delete(spans(crowns) + "/x").then(), "path", "span_uuid");
        org.api()
                .get(spans(crowns))
                .then()
                .body("total", equalTo(1))
                .body("items[0].version", equalTo(1))
                .body("items[0].to_code", equalTo("D2799"));
    }

    @Test
    void deletesASpanForGood() {
        var org = newOrg();
        String custom = createCategory(org, "Custom");
        String kept = createSpan(org, custom, "X0001", "X0009");
        String gone = createSpan(org, custom, "X0100", "X0199");
        org.api().delete(spans(custom) + "/" + gone).then().statusCode(204);
        org.api().get(spans(custom)).then().body("items.id", equalTo(List.of(kept)));
        org.api()
                .delete(spans(custom) + "/" + gone)
                .then()
                .statusCode(404)
                .body("detail", equalTo("Coverage span not found"));
        org.api().get("/coverage-categories/" + custom).then().body("spans.id", equalTo(List.of(kept)));
    }

    @Test
    void answers404ForUnknownCategoriesAndSpansAndForAnotherOrganisationsIds() {
        var org = newOrg();
        var other = newOrg();
        String crowns = categoryId(org, "Crowns");
        String crownSpan = org.api().get(spans(crowns)).then().extract().path("items[0].id");
        String general = categoryId(org, "General");
        String theirCategory = categoryId(other, "Crowns");
        String theirSpan =
                other.api().get(spans(theirCategory)).then().extract().path("items[0].id");
        String unknown = UUID.randomUUID().toString();

        for (String category : List.of(unknown, theirCategory)) {
            org.api()
                    .get(spans(category))
                    .then()
                    .statusCode(404)
                    .body("detail", equalTo("Coverage category not found"));
            org.api()
                    .body(Map.of("from_code", "D2700", "to_code", "D2799"))
                    .post(spans(category))
                    .then()
                    .statusCode(404);
            org.api()
                    .body(Map.of("base_version", 1, "to_code", "D2710"))
                    .patch(spans(category) + "/" + theirSpan)
                    .then()
                    .statusCode(404);
            org.api().delete(spans(category) + "/" + theirSpan).then().statusCode(404);
        }
        for (String span : List.of(unknown, theirSpan)) {
            org.api()
                    .body(Map.of("base_version", 1, "to_code", "D2710"))
                    .patch(spans(crowns) + "/" + span)
                    .then()
                    .statusCode(404)
                    .body("detail", equalTo("Coverage span not found"));
            org.api().delete(spans(crowns) + "/" + span).then().statusCode(404);
        }
        // a span is found only under its own category
        org.api()
                .body(Map.of("base_version", 1, "to_code", "D2710"))
                .patch(spans(general) + "/" + crownSpan)
                .then()
                .statusCode(404);
        org.api().delete(spans(general) + "/" + crownSpan).then().statusCode(404);
        org.api()
                .get(spans(crowns))
                .then()
                .body("items.id", equalTo(List.of(crownSpan)))
                .body("items[0].version", equalTo(1));
        other.api()
                .get(spans(theirCategory))
                .then()
                .body("items.id", equalTo(List.of(theirSpan)))
                .body("items[0].to_code", equalTo("D2799"));
    }

    @Test
    void replaysASpanCreateWithTheSameIdempotencyKey() {
        var org = newOrg();
        String custom = createCategory(org, "Custom");
        String first = org.api()
                .header("Idempotency-Key", "span-1")
                .body(Map.of("from_code", "X0001", "to_code", "X0002"))
                .post(spans(custom))
                .then()
                .statusCode(201)
                .extract()
                .path("span.id");
        org.api()
                .header("Idempotency-Key", "span-1")
                .body(Map.of("from_code", "X0001", "to_code", "X0002"))
                .post(spans(custom))
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("span.id", equalTo(first));
        org.api()
                .get(spans(custom))
                .then()
                .body("total", equalTo(1))
                .body("items.from_code", not(hasItem("X3")))
                .body("items.id", containsInAnyOrder(first));
    }
}
