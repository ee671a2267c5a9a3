package io.bitewing.practice.provider;

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

class ProviderApiTest extends ApiTestSupport {

    @Autowired
    ProviderService providerService;

    private static String createProvider(Org org, String first, String last) {
        return org.practice()
                .body(Map.of("first_name", first, "last_name", last))
                .post("/providers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> body(Object... pairs) {
        var map = new HashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void createsAndReadsAProvider() {
        var org = newOrg();
        String id = org.practice()
                .body(body(
                        "first_name", "Nadia", "last_name", "Ortiz", "npi", "1234567893", "specialty", "Periodontics"))
                .post("/providers")
                .then()
                .statusCode(201)
                .body("first_name", equalTo("Nadia"))
                .body("last_name", equalTo("Ortiz"))
                .body("npi", equalTo("1234567893"))
                .body("specialty", equalTo("Periodontics"))
                .body("version", equalTo(1))
                .body("created_at", notNullValue())
                .body("deleted_at", nullValue())
                .extract()
                .path("id");
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        org.practice().get("/providers/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void listsBySearchAndNameOrderWithPaging() {
        var org = newOrg();
        createProvider(org, "Ben", "Okafor");
        createProvider(org, "Amy", "Okafor");
        org.practice()
                .body(body("first_name", "Carl", "last_name", "Berg", "npi", "1987654321"))
                .post("/providers");
        org.practice()
                .get("/providers")
                .then()
                .statusCode(200)
                .body("items.first_name", equalTo(List.of("Carl", "Amy", "Ben")))
                .body("total", equalTo(3));
        org.practice()
                .get("/providers?sort_by=first_name&sort_order=desc")
                .then()
                .body("items.first_name", equalTo(List.of("Carl", "Ben", "Amy")));
        org.practice().get("/providers?search=Okafor, B").then().body("items.first_name", equalTo(List.of("Ben")));
        org.practice().get("/providers?search=amy okafor").then().body("items.first_name", equalTo(List.of("Amy")));
        org.practice().get("/providers?search=198765").then().body("items.first_name", equalTo(List.of("Carl")));
        org.practice()
                .get("/providers?page=2&page_size=2")
                .then()
                .body("items.first_name", equalTo(List.of("Ben")))
                .body("total", equalTo(3));
        assertInvalid(org.practice().get("/providers?sort_by=npi").then(), "query", "sort_by");
        assertInvalid(org.practice().get("/providers?page=x").then(), "query", "page");
    }

    @Test
    void archivedProvidersLeaveTheListButStayReadable() {
        var org = newOrg();
        String kept = createProvider(org, "Kept", "Doc");
        String archived = createProvider(org, "Gone", "Doc");
        org.practice()
                .post("/providers/" + archived + "/archive")
                .then()
                .statusCode(200)
                .body("deleted_at", notNullValue())
                .body("version", equalTo(2));
        org.practice()
                .post("/providers/" + archived + "/archive")
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
        org.practice().get("/providers").then().body("items.id", equalTo(List.of(kept)));
        org.practice().get("/providers/" + archived).then().statusCode(200).body("deleted_at", notNullValue());
    }

    @Test
    void patchesWithBaseVersionAndRejectsAStaleOne() {
        var org = newOrg();
        String id = org.practice()
                .body(body("first_name", "Ivy", "last_name", "Chen", "specialty", "Endodontics"))
                .post("/providers")
                .then()
                .extract()
                .path("id");
        org.practice()
                .body(body("base_version", 1, "npi", "1234567893", "specialty", null))
                .patch("/providers/" + id)
                .then()
                .statusCode(200)
                .body("npi", equalTo("1234567893"))
                .body("specialty", nullValue())
                .body("last_name", equalTo("Chen"))
                .body("version", equalTo(2));
        org.practice()
                .body(body("base_version", 1, "last_name", "Late"))
                .patch("/providers/" + id)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(2));
        org.practice()
                .get("/providers/" + id)
                .then()
                .body("last_name", equalTo("Chen"))
                .body("version", equalTo(2));
    }

    @Test
    void rejectsBadBodiesNamingTheField() {
        var org = newOrg();
        String id = createProvider(org, "Val", "Id");
        assertInvalid(
                org.practice().body(body("last_name", "X")).post("/providers").then(), "body", "first_name");
        assertInvalid(
                org.practice().body(body("first_name", "X")).post("/providers").then(), "body", "last_name");
        assertInvalid(
                        org.practice()
                                .body(body("first_name", List.of("X"), "last_name", "Y"))
                                .post("/providers")
                                .then(),
                        "body",
                        "first_name")
                .body("detail[0].type", equalTo("type_error"));
        assertInvalid(
                org.practice()
                        .body(body("first_name", "X", "last_name", "Y", "npi", "123456789"))
                        .post("/providers")
                        .then(),
                "body",
                "npi");
        assertInvalid(
                org.practice()
                        .body(body("first_name", "X", "last_name", "Y", "npi", "12345678901"))
                        .post("/providers")
                        .then(),
                "body",
                "npi");
        assertInvalid(
                        org.practice()
                                .body(body("first_name", "X", "last_name", "Y", "title", "Dr"))
                                .post("/providers")
                                .then(),
                        "body",
                        "title")
                .body("detail[0].type", equalTo("extra_forbidden"));
        assertInvalid(
                org.practice()
                        .body(body("first_name", "X", "last_name", "Y", "specialty", "S".repeat(101)))
                        .post("/providers")
                        .then(),
                "body",
                "specialty");
        assertInvalid(
                org.practice()
                        .body(body("npi", "1234567893"))
                        .patch("/providers/" + id)
                        .then(),
                "body",
                "base_version");
        assertInvalid(
                org.practice()
                        .body(body("base_version", 1, "first_name", null))
                        .patch("/providers/" + id)
                        .then(),
                "body",
                "first_name");
        assertInvalid(
                org.practice()
                        .body(body("base_version", 1, "npi", "abc"))
                        .patch("/providers/" + id)
                        .then(),
                "body",
                "npi");
        assertInvalid(org.practice().get("/providers/nope").then(), "path", "provider_uuid");
        org.practice()
                .get("/providers/" + id)
                .then()
                .body("version", equalTo(1))
                .body("npi", nullValue());
    }

    @Test
    void answers404ForUnknownIdsAndForAnotherOrganisationsIds() {
        var org = newOrg();
        var other = newOrg();
        String theirs = createProvider(other, "Their", "Doc");
        org.practice()
                .get("/providers/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("detail", equalTo("Provider not found"));
        org.practice().get("/providers/" + theirs).then().statusCode(404).body("detail", equalTo("Provider not found"));
        org.practice()
                .body(body("base_version", 1, "specialty", "X"))
                .patch("/providers/" + theirs)
                .then()
                .statusCode(404);
        org.practice()
                .body(body("base_version", 1, "specialty", "X"))
                .patch("/providers/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        org.practice().post("/providers/" + theirs + "/archive").then().statusCode(404);
        org.practice()
                .post("/providers/" + UUID.randomUUID() + "/archive")
                .then()
                .statusCode(404);
        other.practice()
                .get("/providers/" + theirs)
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("specialty", nullValue())
                .body("deleted_at", nullValue());
    }

    @Test
    void replaysACreateWithTheSameIdempotencyKey() {
        var org = newOrg();
        String first = org.practice()
                .header("Idempotency-Key", "v-1")
                .body(body("first_name", "Once", "last_name", "Only"))
                .post("/providers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.practice()
                .header("Idempotency-Key", "v-1")
                .body(body("first_name", "Once", "last_name", "Only"))
                .post("/providers")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        org.practice().get("/providers").then().body("total", equalTo(1));
    }

    @Test
    void readOnlyTokensMayReadButNotWrite() {
        var org = newOrg();
        String id = createProvider(org, "Read", "Only");
        var readOnly = org.as(org.tokenWithRole("read_only")).basePath("/api/v1/" + org.id());
        readOnly.get("/providers/" + id).then().statusCode(200);
        readOnly.get("/providers").then().statusCode(200);
        readOnly.body(body("first_name", "No", "last_name", "Way"))
                .post("/providers")
                .then()
                .statusCode(403);
        readOnly.body(body("base_version", 1, "specialty", "X"))
                .patch("/providers/" + id)
                .then()
                .statusCode(403);
        readOnly.post("/providers/" + id + "/archive").then().statusCode(403);
        org.practice().get("/providers").then().body("total", equalTo(1));
        org.practice().get("/providers/" + id).then().body("version", equalTo(1));
    }

    @Test
    void refersToProvidersAsLastCommaFirstForOtherModules() {
        var org = newOrg();
        UUID id = UUID.fromString(createProvider(org, "Rosa", "Diaz"));
        var tenant = new Tenant(org.id(), null);
        assertThat(providerService.ref(tenant, id)).isEqualTo(new ProviderRef(id, "Diaz, Rosa"));
        assertThat(providerService.refs(tenant, List.of(id))).containsEntry(id, new ProviderRef(id, "Diaz, Rosa"));
    }
}
