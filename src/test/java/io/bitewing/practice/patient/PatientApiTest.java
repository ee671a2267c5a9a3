package io.bitewing.practice.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.support.ApiTestSupport;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PatientApiTest extends ApiTestSupport {

    @Autowired
    PatientService patientService;

    @Autowired
    JdbcClient jdbc;

    private static String createPatient(Org org, String first, String last) {
        return org.practice()
                .body(Map.of("first_name", first, "last_name", last))
                .post("/patients")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static RequestSpecification readOnly(Org org) {
        return org.as(org.tokenWithRole("read_only")).basePath("/api/v1/" + org.id());
    }

    private static Map<String, Object> body(Object... pairs) {
        var map = new HashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void createsAndReadsAPatient() {
        var org = newOrg();
        String id = org.practice()
                .body(body(
                        "first_name",
                        " Ada ",
                        "last_name",
                        "Lovelace",
                        "middle_name",
                        "King",
                        "birthdate",
                        "1990-12-10",
                        "gender",
                        "female",
                        "address_line1",
                        "1 Main St",
                        "city",
                        "Springfield",
                        "state",
                        "IL",
                        "zip_code",
                        "62701",
                        "phone",
                        "555-0100",
                        "email",
                        "ada@example.com"))
                .post("/patients")
                .then()
                .statusCode(201)
                .body("first_name", equalTo("Ada"))
                .body("last_name", equalTo("Lovelace"))
                .body("birthdate", equalTo("1990-12-10"))
                .body("gender", equalTo("female"))
                .body("address_line2", nullValue())
                .body("version", equalTo(1))
                .body("created_at", notNullValue())
                .body("updated_at", notNullValue())
                .body("deleted_at", nullValue())
                .extract()
                .path("id");
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        org.practice()
                .get("/patients/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("middle_name", equalTo("King"))
                .body("city", equalTo("Springfield"))
                .body("zip_code", equalTo("62701"))
                .body("email", equalTo("ada@example.com"));
    }

    @Test
    void listsLivePatientsByLastThenFirstNameWithPaging() {
        var org = newOrg();
        createPatient(org, "John", "Smith");
        createPatient(org, "Anna", "Smithe");
        createPatient(org, "Zoe", "Adams");
        createPatient(org, "Adam", "smith");
        org.practice()
                .get("/patients")
                .then()
                .statusCode(200)
                .body("items.first_name", equalTo(List.of("Zoe", "Adam", "John", "Anna")))
                .body("total", equalTo(4))
                .body("page", equalTo(1))
                .body("page_size", equalTo(50));
        org.practice()
                .get("/patients?sort_by=first_name")
                .then()
                .body("items.first_name", equalTo(List.of("Adam", "Anna", "John", "Zoe")));
        org.practice()
                .get("/patients?sort_by=last_name&sort_order=desc")
                .then()
                .body("items.first_name", equalTo(List.of("Anna", "John", "Adam", "Zoe")));
        org.practice()
                .get("/patients?sort_by=id&sort_order=desc")
                .then()
                .body("items.first_name", equalTo(List.of("Adam", "Zoe", "Anna", "John")));
        org.practice()
                .get("/patients?page=2&page_size=3")
                .then()
                .body("items.first_name", equalTo(List.of("Anna")))
                .body("total", equalTo(4));
        org.practice()
                .get("/patients?page=9&page_size=3")
                .then()
                .body("items", equalTo(List.of()))
                .body("total", equalTo(4));
    }

    @Test
    void searchesByNameInEitherOrder() {
        var org = newOrg();
        createPatient(org, "John", "Smith");
        createPatient(org, "Jane", "Smith");
        createPatient(org, "Johnny", "Walker");
        org.practice().get("/patients?search=smith").then().body("total", equalTo(2));
        org.practice().get("/patients?search=Smith, Jo").then().body("items.first_name", equalTo(List.of("John")));
        org.practice().get("/patients?search=smith,jane").then().body("items.first_name", equalTo(List.of("Jane")));
        org.practice().get("/patients?search=john  smith").then().body("items.first_name", equalTo(List.of("John")));
        org.practice().get("/patients?search=john").then().body("items.first_name", equalTo(List.of("John", "Johnny")));
        org.practice().get("/patients?search=%25").then().body("total", equalTo(0));
    }

    @Test
    void archivedPatientsLeaveTheListButStayReadable() {
        var org = newOrg();
        String kept = createPatient(org, "Kept", "Patient");
        String archived = createPatient(org, "Gone", "Patient");
        org.practice()
                .post("/patients/" + archived + "/archive")
                .then()
                .statusCode(200)
                .body("deleted_at", notNullValue())
                .body("version", equalTo(2));
        org.practice()
                .post("/patients/" + archived + "/archive")
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
        org.practice()
                .get("/patients")
                .then()
                .body("items.id", equalTo(List.of(kept)))
                .body("total", equalTo(1));
        org.practice().get("/patients?search=gone").then().body("total", equalTo(0));
        org.practice().get("/patients/" + archived).then().statusCode(200).body("deleted_at", notNullValue());
    }

    @Test
    void patchesWithBaseVersionLeavingAbsentFieldsAndClearingNulls() {
        var org = newOrg();
        String id = org.practice()
                .body(body(
                        "first_name",
                        "Mary",
                        "last_name",
                        "Jones",
                        "phone",
                        "555-0101",
                        "city",
                        "Dover",
                        "birthdate",
                        "1980-01-01"))
                .post("/patients")
                .then()
                .extract()
                .path("id");
        org.practice()
                .body(body("base_version", 1, "last_name", "Jones-Smith", "phone", null, "gender", "other"))
                .patch("/patients/" + id)
                .then()
                .statusCode(200)
                .body("last_name", equalTo("Jones-Smith"))
                .body("phone", nullValue())
                .body("gender", equalTo("other"))
                .body("city", equalTo("Dover"))
                .body("birthdate", equalTo("1980-01-01"))
                .body("version", equalTo(2));
        org.practice().get("/patients/" + id).then().body("version", equalTo(2)).body("phone", nullValue());
    }

    @Test
    void rejectsAStaleBaseVersionChangingNothing() {
        var org = newOrg();
        String id = createPatient(org, "Tom", "Stale");
        org.practice()
                .body(body("base_version", 1, "city", "Reno"))
                .patch("/patients/" + id)
                .then()
                .statusCode(200);
        org.practice()
                .body(body("base_version", 1, "city", "Elko"))
                .patch("/patients/" + id)
                .then()
                .statusCode(409)
                .body("current_version", equalTo(2))
                .body("detail", notNullValue());
        org.practice()
                .get("/patients/" + id)
                .then()
                .body("city", equalTo("Reno"))
                .body("version", equalTo(2));
    }

    @Test
    void rejectsBadBodiesNamingTheField() {
        var org = newOrg();
        String id = createPatient(org, "Val", "Idation");
        String tomorrow = LocalDate.now().plusDays(2).toString();
        assertInvalid(
                org.practice().body(body("last_name", "X")).post("/patients").then(), "body", "first_name");
        assertInvalid(
                org.practice().body(body("first_name", "X")).post("/patients").then(), "body", "last_name");
        assertInvalid(
                org.practice()
                        .body(body("first_name", " ", "last_name", "X"))
                        .post("/patients")
                        .then(),
                "body",
                "first_name");
        assertInvalid(
                        org.practice()
                                .body(body("first_name", 42, "last_name", "X"))
                                .post("/patients")
                                .then(),
                        "body",
                        "first_name")
                .body("detail[0].type", equalTo("type_error"));
        assertInvalid(
                        org.practice()
                                .body(body("first_name", "X", "last_name", "Y", "gender", "robot"))
                                .post("/patients")
                                .then(),
                        "body",
                        "gender")
                .body("detail[0].type", equalTo("enum"));
        assertInvalid(
                        org.practice()
                                .body(body("first_name", "X", "last_name", "Y", "firstName", "Z"))
                                .post("/patients")
                                .then(),
                        "body",
                        "firstName")
                .body("detail[0].type", equalTo("extra_forbidden"));
        assertInvalid(
                org.practice()
                        .body(body("first_name", "X".repeat(101), "last_name", "Y"))
                        .post("/patients")
                        .then(),
                "body",
                "first_name");
        assertInvalid(
                        org.practice()
                                .body(body("first_name", "X", "last_name", "Y", "birthdate", tomorrow))
                                .post("/patients")
                                .then(),
                        "body",
                        "birthdate")
                .body("detail[0].msg", equalTo("must not be in the future"));
        assertInvalid(
                org.practice()
                        .body(body("first_name", "X", "last_name", "Y", "birthdate", "12/10/1990"))
                        .post("/patients")
                        .then(),
                "body",
                "birthdate");
        assertInvalid(
                org.practice()
                        .body(body("first_name", "X", "last_name", "Y", "email", "not-an-email"))
                        .post("/patients")
                        .then(),
                "body",
                "email");
        assertInvalid(org.practice().body("{\"first_name\": ").post("/patients").then(), "body")
                .body("detail[0].type", equalTo("json_invalid"));
        assertInvalid(
                org.practice()
                        .body(body("city", "No version"))
                        .patch("/patients/" + id)
                        .then(),
                "body",
                "base_version");
        assertInvalid(
                org.practice()
                        .body(body("base_version", 1, "last_name", null))
                        .patch("/patients/" + id)
                        .then(),
                "body",
                "last_name");
        assertInvalid(
                org.practice()
                        .body(body("base_version", 1, "first_name", ""))
                        .patch("/patients/" + id)
                        .then(),
                "body",
                "first_name");
        assertInvalid(
                org.practice()
                        .body(body("base_version", 1, "birthdate", tomorrow))
                        .patch("/patients/" + id)
                        .then(),
                "body",
                "birthdate");
        assertInvalid(org.practice().get("/patients/not-a-uuid").then(), "path", "patient_uuid");
        org.practice().get("/patients/" + id).then().body("version", equalTo(1)).body("last_name", equalTo("Idation"));
        assertThat(org.practice().get("/patients").then().extract().<Integer>path("total"))
                .isEqualTo(1);
    }

    @Test
    void rejectsBadListParameters() {
        var org = newOrg();
        assertInvalid(org.practice().get("/patients?sort_by=email").then(), "query", "sort_by");
        assertInvalid(org.practice().get("/patients?sort_order=sideways").then(), "query", "sort_order");
        assertInvalid(org.practice().get("/patients?page=0").then(), "query", "page");
        assertInvalid(org.practice().get("/patients?page_size=500").then(), "query", "page_size");
    }

    @Test
    void answers404ForUnknownIdsAndForAnotherOrganisationsIds() {
        var org = newOrg();
        var other = newOrg();
        String theirs = createPatient(other, "Their", "Patient");
        org.practice()
                .get("/patients/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("detail", equalTo("Patient not found"));
        org.practice().get("/patients/" + theirs).then().statusCode(404).body("detail", equalTo("Patient not found"));
        org.practice()
                .body(body("base_version", 1, "city", "X"))
                .patch("/patients/" + theirs)
                .then()
                .statusCode(404);
        org.practice()
                .body(body("base_version", 1, "city", "X"))
                .patch("/patients/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        org.practice().post("/patients/" + theirs + "/archive").then().statusCode(404);
        org.practice()
                .post("/patients/" + UUID.randomUUID() + "/archive")
                .then()
                .statusCode(404);
        other.practice()
                .get("/patients/" + theirs)
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("city", nullValue())
                .body("deleted_at", nullValue());
    }

    @Test
    void replaysACreateWithTheSameIdempotencyKey() {
        var org = newOrg();
        String first = org.practice()
                .header("Idempotency-Key", "p-1")
                .body(body("first_name", "Once", "last_name", "Only"))
                .post("/patients")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.practice()
                .header("Idempotency-Key", "p-1")
                .body(body("first_name", "Once", "last_name", "Only"))
                .post("/patients")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        org.practice().get("/patients").then().body("total", equalTo(1));
    }

    @Test
    void readOnlyTokensMayReadButNotWrite() {
        var org = newOrg();
        String id = createPatient(org, "Read", "Only");
        var readOnly = readOnly(org);
        readOnly.get("/patients/" + id).then().statusCode(200);
        readOnly.get("/patients").then().statusCode(200).body("total", equalTo(1));
        readOnly.body(body("first_name", "No", "last_name", "Way"))
                .post("/patients")
                .then()
                .statusCode(403);
        readOnly.body(body("base_version", 1, "city", "X"))
                .patch("/patients/" + id)
                .then()
                .statusCode(403);
        readOnly.post("/patients/" + id + "/archive").then().statusCode(403);
        org.practice().get("/patients/" + id).then().body("version", equalTo(1));
        org.practice().get("/patients").then().body("total", equalTo(1));
    }

    @Test
    void auditsEveryChangeByFieldNameOnly() {
        var org = newOrg();
        String id = createPatient(org, "Audit", "Trail");
        org.practice()
                .body(body("base_version", 1, "phone", "555-0199", "city", null))
                .patch("/patients/" + id)
                .then()
                .statusCode(200);
        org.practice().post("/patients/" + id + "/archive").then().statusCode(200);
        var entries = jdbc.sql("""
                        select action, array_to_string(changed_fields, ',') as fields from audit_log
                        where org_id = :org and entity_type = 'patient' and entity_id = :id order by created_at, id
                        """)
                .param("org", org.id())
                .param("id", UUID.fromString(id))
                .query((rs, n) -> rs.getString("action") + ":" + rs.getString("fields"))
                .list();
        assertThat(entries).containsExactly("create:first_name,last_name", "update:phone", "archive:deleted_at");
    }

    @Test
    void refersToPatientsAsLastCommaFirstForOtherModules() {
        var org = newOrg();
        var other = newOrg();
        UUID id = UUID.fromString(createPatient(org, "Grace", "Hopper"));
        UUID theirs = UUID.fromString(createPatient(other, "Alan", "Turing"));
        var tenant = new Tenant(org.id(), null);
        assertThat(patientService.ref(tenant, id)).isEqualTo(new PatientRef(id, "Hopper, Grace"));
        assertThat(patientService.get(tenant, id).firstName()).isEqualTo("Grace");
        assertThat(patientService.refs(tenant, List.of(id, theirs))).containsOnlyKeys(id);
        assertThatThrownBy(() -> patientService.get(tenant, theirs)).isInstanceOf(ApiException.NotFound.class);
    }
}
