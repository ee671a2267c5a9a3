package io.bitewing.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CarrierApiTest extends ApiTestSupport {

    private String createCarrier(Org org, String name) {
        return org.api()
                .body(Map.of("carrier_name", name))
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void createsAndReadsACarrierWithDefaults() {
        var org = newOrg();
        String id = org.api()
                .body(Map.of(
                        "carrier_name",
                        "Delta Dental",
                        "electronic_id",
                        "94276",
                        "electronic_filing_type",
                        "send_electronically"))
                .post("/carriers")
                .then()
                .statusCode(201)
                .body("carrier_name", equalTo("Delta Dental"))
                .body("trust_level", equalTo("standard"))
                .body("is_hidden", equalTo(false))
                .body("version", equalTo(1))
                .body("deleted_at", nullValue())
                .body("created_at", notNullValue())
                .extract()
                .path("id");
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        org.api()
                .get("/carriers/" + id)
                .then()
                .statusCode(200)
                .body("electronic_id", equalTo("94276"))
                .body("electronic_filing_type", equalTo("send_electronically"));
    }

    @Test
    void rejectsADuplicateLiveNameButAllowsItAfterArchive() {
        var org = newOrg();
        String id = createCarrier(org, "Aetna");
        org.api()
                .body(Map.of("carrier_name", "aetna"))
                .post("/carriers")
                .then()
                .statusCode(409)
                .body("detail", notNullValue());
        org.api()
                .post("/carriers/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("deleted_at", notNullValue())
                .body("version", equalTo(2));
        createCarrier(org, "Aetna");
    }

    @Test
    void archivedCarriersLeaveTheListButStayReadable() {
        var org = newOrg();
        String kept = createCarrier(org, "Cigna");
        String archived = createCarrier(org, "Guardian");
        org.api().post("/carriers/" + archived + "/archive").then().statusCode(200);
        org.api()
                .get("/carriers")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(kept)))
                .body("total", equalTo(1))
                .body("page", equalTo(1))
                .body("page_size", equalTo(50));
        org.api().get("/carriers/" + archived).then().statusCode(200).body("deleted_at", notNullValue());
    }

    @Test
    void listsWithSearchFiltersSortingAndHiddenCarriers() {
        var org = newOrg();
        org.api()
                .body(Map.of("carrier_name", "MetLife", "carrier_group_name", "National"))
                .post("/carriers")
                .then()
                .statusCode(201);
        org.api()
                .body(Map.of("carrier_name", "Humana", "electronic_id", "73288"))
                .post("/carriers")
                .then()
                .statusCode(201);
        org.api()
                .body(Map.of("carrier_name", "Ameritas", "is_hidden", true))
                .post("/carriers")
                .then()
                .statusCode(201);

        org.api().get("/carriers").then().body("items.carrier_name", equalTo(List.of("Humana", "MetLife")));
        org.api()
                .get("/carriers?include_hidden=true&sort_by=carrier_name&sort_order=desc")
                .then()
                .body("items.carrier_name", equalTo(List.of("MetLife", "Humana", "Ameritas")));
        org.api().get("/carriers?search=7328").then().body("items.carrier_name", equalTo(List.of("Humana")));
        org.api().get("/carriers?search=nation").then().body("items.carrier_name", equalTo(List.of("MetLife")));
        org.api().get("/carriers?carrier_group_name=National").then().body("total", equalTo(1));
        org.api().get("/carriers?search=%25").then().body("total", equalTo(0));
        org.api()
                .get("/carriers?page=2&page_size=1")
                .then()
                .body("items.carrier_name", equalTo(List.of("MetLife")))
                .body("total", equalTo(2));
        org.api()
                .get("/carriers?page=9&page_size=1")
                .then()
                .body("items", equalTo(List.of()))
                .body("total", equalTo(2));
    }

    @Test
    void rejectsBadListParameters() {
        var org = newOrg();
        assertInvalid(org.api().get("/carriers?sort_by=password").then(), "query", "sort_by");
        assertInvalid(org.api().get("/carriers?sort_order=up").then(), "query", "sort_order");
        assertInvalid(org.api().get("/carriers?page=0").then(), "query", "page");
        assertInvalid(org.api().get("/carriers?page_size=201").then(), "query", "page_size");
        assertInvalid(org.api().get("/carriers?page=abc").then(), "query", "page");
        assertInvalid(org.api().get("/carriers?include_hidden=maybe").then(), "query", "include_hidden");
    }

    @Test
    void patchesWithBaseVersionAndClearsFieldsSentAsNull() {
        var org = newOrg();
        String id = org.api()
                .body(Map.of("carrier_name", "United Concordia", "phone", "800-000-0000"))
                .post("/carriers")
                .then()
                .extract()
                .path("id");
        var body = new java.util.HashMap<String, Object>();
        body.put("base_version", 1);
        body.put("trust_level", "trusted");
        body.put("phone", null);
        org.api()
                .body(body)
                .patch("/carriers/" + id)
                .then()
                .statusCode(200)
                .body("trust_level", equalTo("trusted"))
                .body("phone", nullValue())
                .body("carrier_name", equalTo("United Concordia"))
                .body("version", equalTo(2));
        org.api()
                .body(Map.of("base_version", 1, "notes", "late"))
                .patch("/carriers/" + id)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(2));
        org.api().get("/carriers/" + id).then().body("notes", nullValue()).body("version", equalTo(2));
    }

    @Test
    void rejectsBadBodiesNamingTheField() {
        var org = newOrg();
        String id = createCarrier(org, "Principal");
        assertInvalid(org.api().body(Map.of()).post("/carriers").then(), "body", "carrier_name");
        assertInvalid(
                org.api().body(Map.of("carrier_name", "  ")).post("/carriers").then(), "body", "carrier_name");
        assertInvalid(
                org.api().body(Map.of("carrier_name", 42)).post("/carriers").then(), "body", "carrier_name");
        assertInvalid(
                        org.api()
                                .body(Map.of("carrier_name", "x", "trust_level", "gold"))
                                .post("/carriers")
                                .then(),
                        "body",
                        "trust_level")
                .body("detail[0].type", equalTo("enum"));
        assertInvalid(
                        org.api()
                                .body(Map.of("carrier_name", "x", "carrierName", "y"))
                                .post("/carriers")
                                .then(),
                        "body",
                        "carrierName")
                .body("detail[0].type", equalTo("extra_forbidden"));
        assertInvalid(
                org.api()
                        .body(Map.of("carrier_name", "x".repeat(10_000)))
                        .post("/carriers")
                        .then(),
                "body",
                "carrier_name");
        assertInvalid(org.api().body("{\"carrier_name\": ").post("/carriers").then(), "body")
                .body("detail[0].type", equalTo("json_invalid"));
        assertInvalid(
                org.api()
                        .body(Map.of("notes", "no version"))
                        .patch("/carriers/" + id)
                        .then(),
                "body",
                "base_version");
        var nullName = new java.util.HashMap<String, Object>();
        nullName.put("base_version", 1);
        nullName.put("carrier_name", null);
        assertInvalid(org.api().body(nullName).patch("/carriers/" + id).then(), "body", "carrier_name");
        assertInvalid(org.api().get("/carriers/not-a-uuid").then(), "path", "carrier_uuid");
        org.api().get("/carriers/" + id).then().body("version", equalTo(1));
    }

    @Test
    void answers404ForUnknownIdsAndForAnotherOrganisationsIds() {
        var org = newOrg();
        var other = newOrg();
        String theirs = createCarrier(other, "Their Carrier");
        org.api()
                .get("/carriers/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("detail", equalTo("Carrier not found"));
        org.api().get("/carriers/" + theirs).then().statusCode(404);
        org.api()
                .body(Map.of("base_version", 1, "notes", "x"))
                .patch("/carriers/" + theirs)
                .then()
                .statusCode(404);
        org.api().post("/carriers/" + theirs + "/archive").then().statusCode(404);
        other.api()
                .get("/carriers/" + theirs)
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("notes", nullValue());
    }

    @Test
    void combinesCarriersArchivingTheSources() {
        var org = newOrg();
        String target = createCarrier(org, "Delta Dental of Somewhere");
        String a = createCarrier(org, "Delta Dental (old)");
        String b = createCarrier(org, "DDS Inc");
        org.api()
                .body(Map.of("source_uuids", List.of(a, b), "target_uuid", target))
                .post("/carriers/combine")
                .then()
                .statusCode(200)
                .body("carrier.id", equalTo(target))
                .body("plans_moved", equalTo(0));
        org.api().get("/carriers/" + a).then().body("deleted_at", notNullValue());
        org.api().get("/carriers").then().body("items.id", equalTo(List.of(target)));
    }

    @Test
    void combineRefusesUnknownIdsAndATargetAmongTheSourcesChangingNothing() {
        var org = newOrg();
        String target = createCarrier(org, "Target");
        String source = createCarrier(org, "Source");
        org.api()
                .body(Map.of("source_uuids", List.of(source, UUID.randomUUID().toString()), "target_uuid", target))
                .post("/carriers/combine")
                .then()
                .statusCode(404);
        assertInvalid(
                org.api()
                        .body(Map.of("source_uuids", List.of(source, target), "target_uuid", target))
                        .post("/carriers/combine")
                        .then(),
                "body",
                "target_uuid");
        assertInvalid(
                org.api()
                        .body(Map.of("source_uuids", List.of(), "target_uuid", target))
                        .post("/carriers/combine")
                        .then(),
                "body",
                "source_uuids");
        org.api().get("/carriers/" + source).then().body("deleted_at", nullValue());
    }

    @Test
    void statsListsEveryLiveCarrier() {
        var org = newOrg();
        String a = createCarrier(org, "A Carrier");
        String b = createCarrier(org, "B Carrier");
        org.api().post("/carriers/" + b + "/archive");
        org.api()
                .get("/carriers/stats")
                .then()
                .statusCode(200)
                .body("items.carrier_uuid", equalTo(List.of(a)))
                .body("items[0].plan_count", equalTo(0))
                .body("items[0].subscriber_count", equalTo(0));
    }

    @Test
    void replaysACreateWithTheSameIdempotencyKey() {
        var org = newOrg();
        var first = org.api()
                .header("Idempotency-Key", "k-1")
                .body(Map.of("carrier_name", "Once"))
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract();
        org.api()
                .header("Idempotency-Key", "k-1")
                .body(Map.of("carrier_name", "Once"))
                .post("/carriers")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        org.api()
                .header("Idempotency-Key", "k-1")
                .body(Map.of("carrier_name", "Twice"))
                .post("/carriers")
                .then()
                .statusCode(409);
        org.api().get("/carriers").then().body("total", equalTo(1));
    }

    @Test
    void readOnlyTokensMayReadButNotWrite() {
        var org = newOrg();
        String id = createCarrier(org, "Readable");
        String readOnly = org.tokenWithRole("read_only");
        org.as(readOnly).get("/carriers/" + id).then().statusCode(200);
        org.as(readOnly).get("/carriers/stats").then().statusCode(200);
        org.as(readOnly)
                .body(Map.of("carrier_name", "Nope"))
                .post("/carriers")
                .then()
                .statusCode(403);
        org.as(readOnly)
                .body(Map.of("base_version", 1))
                .patch("/carriers/" + id)
                .then()
                .statusCode(403);
        org.as(readOnly).post("/carriers/" + id + "/archive").then().statusCode(403);
        org.as(readOnly)
                .body(Map.of("source_uuids", List.of(id), "target_uuid", id))
                .post("/carriers/combine")
                .then()
                .statusCode(403);
        org.api().get("/carriers").then().body("items.carrier_name", not(hasItem("Nope")));
    }
}
