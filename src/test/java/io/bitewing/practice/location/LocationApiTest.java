package io.bitewing.practice.location;

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

class LocationApiTest extends ApiTestSupport {

    @Autowired
    LocationService locationService;

    private static String createLocation(Org org, String name) {
        return org.practice()
                .body(Map.of("name", name))
                .post("/locations")
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
    void createsAndReadsALocation() {
        var org = newOrg();
        String id = org.practice()
                .body(body(
                        "name",
                        " Main Street Office ",
                        "address_line1",
                        "10 Main St",
                        "city",
                        "Springfield",
                        "state",
                        "IL",
                        "zip_code",
                        "62701",
                        "phone",
                        "555-0110",
                        "npi",
                        "1234567893",
                        "tax_id",
                        "12-3456789"))
                .post("/locations")
                .then()
                .statusCode(201)
                .body("name", equalTo("Main Street Office"))
                .body("npi", equalTo("1234567893"))
                .body("tax_id", equalTo("12-3456789"))
                .body("version", equalTo(1))
                .body("created_at", notNullValue())
                .body("deleted_at", nullValue())
                .extract()
                .path("id");
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        org.practice()
                .get("/locations/" + id)
                .then()
                .statusCode(200)
                .body("city", equalTo("Springfield"))
                .body("address_line2", nullValue());
    }

    @Test
    void rejectsADuplicateLiveNameButAllowsItAfterArchive() {
        var org = newOrg();
        String id = createLocation(org, "Downtown");
        String other = createLocation(org, "Uptown");
        org.practice()
                .body(body("name", "downtown"))
                .post("/locations")
                .then()
                .statusCode(409)
                .body("detail", notNullValue());
        org.practice()
                .body(body("base_version", 1, "name", "DOWNTOWN "))
                .patch("/locations/" + other)
                .then()
                .statusCode(409);
        org.practice()
                .post("/locations/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("deleted_at", notNullValue())
                .body("version", equalTo(2));
        createLocation(org, "Downtown");
        org.practice()
                .get("/locations/" + other)
                .then()
                .body("name", equalTo("Uptown"))
                .body("version", equalTo(1));
    }

    @Test
    void archivedLocationsLeaveTheListButStayReadable() {
        var org = newOrg();
        String kept = createLocation(org, "North");
        String archived = createLocation(org, "South");
        org.practice()
                .post("/locations/" + archived + "/archive")
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
        org.practice()
                .post("/locations/" + archived + "/archive")
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
        org.practice()
                .get("/locations")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(kept)))
                .body("total", equalTo(1));
        org.practice().get("/locations/" + archived).then().statusCode(200).body("deleted_at", notNullValue());
    }

    @Test
    void listsWithSearchSortingAndPaging() {
        var org = newOrg();
        createLocation(org, "Westside Dental");
        createLocation(org, "eastside Dental");
        createLocation(org, "Central Clinic");
        org.practice()
                .get("/locations")
                .then()
                .body("items.name", equalTo(List.of("Central Clinic", "eastside Dental", "Westside Dental")));
        org.practice()
                .get("/locations?sort_by=name&sort_order=desc")
                .then()
                .body("items.name", equalTo(List.of("Westside Dental", "eastside Dental", "Central Clinic")));
        org.practice().get("/locations?search=dental").then().body("total", equalTo(2));
        org.practice().get("/locations?search=_").then().body("total", equalTo(0));
        org.practice()
                .get("/locations?page=2&page_size=2")
                .then()
                .body("items.name", equalTo(List.of("Westside Dental")))
                .body("total", equalTo(3));
        assertInvalid(org.practice().get("/locations?sort_by=npi").then(), "query", "sort_by");
        assertInvalid(org.practice().get("/locations?page_size=0").then(), "query", "page_size");
    }

    @Test
    void patchesWithBaseVersionAndRejectsAStaleOne() {
        var org = newOrg();
        String id = org.practice()
                .body(body("name", "Lakeside", "phone", "555-0111", "npi", "1234567893"))
                .post("/locations")
                .then()
                .extract()
                .path("id");
        org.practice()
                .body(body("base_version", 1, "city", "Madison", "npi", null))
                .patch("/locations/" + id)
                .then()
                .statusCode(200)
                .body("city", equalTo("Madison"))
                .body("npi", nullValue())
                .body("phone", equalTo("555-0111"))
                .body("version", equalTo(2));
        org.practice()
                .body(body("base_version", 1, "city", "Verona"))
                .patch("/locations/" + id)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(2));
        org.practice()
                .get("/locations/" + id)
                .then()
                .body("city", equalTo("Madison"))
                .body("version", equalTo(2));
    }

    @Test
    void rejectsBadBodiesNamingTheField() {
        var org = newOrg();
        String id = createLocation(org, "Valid");
        assertInvalid(
                org.practice().body(body("phone", "555")).post("/locations").then(), "body", "name");
        assertInvalid(org.practice().body(body("name", 7)).post("/locations").then(), "body", "name");
        assertInvalid(
                org.practice()
                        .body(body("name", "X", "npi", "12345"))
                        .post("/locations")
                        .then(),
                "body",
                "npi");
        assertInvalid(
                org.practice()
                        .body(body("name", "X", "npi", "12345678ab"))
                        .post("/locations")
                        .then(),
                "body",
                "npi");
        assertInvalid(
                        org.practice()
                                .body(body("name", "X", "npi", 1234567893L))
                                .post("/locations")
                                .then(),
                        "body",
                        "npi")
                .body("detail[0].type", equalTo("type_error"));
        assertInvalid(
                org.practice()
                        .body(body("name", "X", "tax_id", "12"))
                        .post("/locations")
                        .then(),
                "body",
                "tax_id");
        assertInvalid(
                        org.practice()
                                .body(body("name", "X", "fax", "555"))
                                .post("/locations")
                                .then(),
                        "body",
                        "fax")
                .body("detail[0].type", equalTo("extra_forbidden"));
        assertInvalid(
                org.practice()
                        .body(body("name", "X".repeat(201)))
                        .post("/locations")
                        .then(),
                "body",
                "name");
        assertInvalid(
                org.practice()
                        .body(body("name", "X", "city", "Y".repeat(101)))
                        .post("/locations")
                        .then(),
                "body",
                "city");
        assertInvalid(
                org.practice().body(body("city", "Z")).patch("/locations/" + id).then(), "body", "base_version");
        assertInvalid(
                org.practice()
                        .body(body("base_version", "1"))
                        .patch("/locations/" + id)
                        .then(),
                "body",
                "base_version");
        assertInvalid(
                org.practice()
                        .body(body("base_version", 1, "name", null))
                        .patch("/locations/" + id)
                        .then(),
                "body",
                "name");
        assertInvalid(org.practice().get("/locations/42").then(), "path", "location_uuid");
        org.practice().get("/locations/" + id).then().body("version", equalTo(1));
        org.practice().get("/locations").then().body("total", equalTo(1));
    }

    @Test
    void answers404ForUnknownIdsAndForAnotherOrganisationsIds() {
        var org = newOrg();
        var other = newOrg();
        String theirs = createLocation(other, "Theirs");
        org.practice()
                .get("/locations/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("detail", equalTo("Location not found"));
        org.practice().get("/locations/" + theirs).then().statusCode(404).body("detail", equalTo("Location not found"));
        org.practice()
                .body(body("base_version", 1, "city", "X"))
                .patch("/locations/" + theirs)
                .then()
                .statusCode(404);
        org.practice()
                .body(body("base_version", 1, "city", "X"))
                .patch("/locations/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        org.practice().post("/locations/" + theirs + "/archive").then().statusCode(404);
        org.practice()
                .post("/locations/" + UUID.randomUUID() + "/archive")
                .then()
                .statusCode(404);
        other.practice()
                .get("/locations/" + theirs)
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("deleted_at", nullValue());
        createLocation(org, "Theirs");
    }

    @Test
    void replaysACreateWithTheSameIdempotencyKey() {
        var org = newOrg();
        String first = org.practice()
                .header("Idempotency-Key", "l-1")
                .body(body("name", "Once"))
                .post("/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.practice()
                .header("Idempotency-Key", "l-1")
                .body(body("name", "Once"))
                .post("/locations")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        org.practice().get("/locations").then().body("total", equalTo(1));
    }

    @Test
    void readOnlyTokensMayReadButNotWrite() {
        var org = newOrg();
        String id = createLocation(org, "Readable");
        var readOnly = org.as(org.tokenWithRole("read_only")).basePath("/api/v1/" + org.id());
        readOnly.get("/locations/" + id).then().statusCode(200);
        readOnly.get("/locations").then().statusCode(200);
        readOnly.body(body("name", "Nope")).post("/locations").then().statusCode(403);
        readOnly.body(body("base_version", 1, "name", "Nope"))
                .patch("/locations/" + id)
                .then()
                .statusCode(403);
        readOnly.post("/locations/" + id + "/archive").then().statusCode(403);
        org.practice().get("/locations").then().body("items.name", equalTo(List.of("Readable")));
    }

    @Test
    void refersToLocationsByNameForOtherModules() {
        var org = newOrg();
        UUID id = UUID.fromString(createLocation(org, "Harbor"));
        var tenant = new Tenant(org.id(), null);
        assertThat(locationService.ref(tenant, id)).isEqualTo(new LocationRef(id, "Harbor"));
        assertThat(locationService.refs(tenant, List.of(id, UUID.randomUUID()))).containsOnlyKeys(id);
    }
}
