package io.bitewing.practice.procedurecode;

import static io.bitewing.practice.procedurecode.ProcedureCodeApiTest.body;
import static io.bitewing.practice.procedurecode.ProcedureCodeApiTest.createCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.bitewing.support.ApiTestSupport;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ProcedureCodeImportApiTest extends ApiTestSupport {

    private static final String HEADER = "code,description,category,treat_area\n";

    @Autowired
    JdbcClient jdbc;

    private static ValidatableResponse importJson(Org org, Object rows) {
        return org.practice().body(rows).post("/procedure-codes/import").then();
    }

    private static ValidatableResponse importCsv(Org org, String csv) {
        return org.practice()
                .contentType("text/csv; charset=UTF-8")
                .body(csv)
                .post("/procedure-codes/import")
                .then();
    }

    private static void assertNoCodes(Org org) {
        org.practice().get("/procedure-codes?include_hidden=true").then().body("total", equalTo(0));
    }

    @Test
    void importsJsonRowsCreatingCodes() {
        var org = newOrg();
        importJson(
                        org,
                        List.of(
                                body(
                                        "code",
                                        "d0120",
                                        "description",
                                        "Periodic exam",
                                        "category",
                                        "Diagnostic",
                                        "treat_area",
                                        "mouth"),
                                body("code", "D0274", "description", "Four bitewing images", "category", "Diagnostic"),
                                body(
                                        "code",
                                        "D1110",
                                        "description",
                                        "Adult cleaning",
                                        "category",
                                        null,
                                        "treat_area",
                                        null)))
                .statusCode(200)
                .body("created", equalTo(3))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(0))
                .body("errors", equalTo(List.of()));
        org.practice()
                .get("/procedure-codes/by-code/D0120")
                .then()
                .statusCode(200)
                .body("treat_area", equalTo("mouth"))
                .body("version", equalTo(1))
                .body("substitution_condition", equalTo("never"))
                .body("is_hidden", equalTo(false));
        org.practice().get("/procedure-codes/by-code/D0274").then().body("treat_area", equalTo("none"));
        org.practice().get("/procedure-codes").then().body("items.code", equalTo(List.of("D0120", "D0274", "D1110")));
    }

    @Test
    void importsCsvCountingUpdatesSeparatelyFromCreates() {
        var org = newOrg();
        String existing = createCode(org, "D0210", "Full mouth images");
        String same = org.practice()
                .body(body("code", "D0330", "description", "Panoramic image", "category", "Diagnostic"))
                .post("/procedure-codes")
                .then()
                .extract()
                .path("id");
        org.practice()
                .body(body("base_version", 1, "is_hidden", true, "substitution_code", "D0210"))
                .patch("/procedure-codes/" + same)
                .then()
                .statusCode(200);
        Instant before = Instant.parse(org.practice()
                .get("/procedure-codes/" + existing)
                .then()
                .extract()
                .path("updated_at"));

        importCsv(
                        org,
                        HEADER
                                + "D0210,Full mouth series – revised,Diagnostic,mouth\n"
                                + "D0330,Panoramic image,Diagnostic,\n"
                                + "\"D1206\",\"Fluoride varnish, topical\",Preventive,tooth\n")
                .statusCode(200)
                .body("created", equalTo(1))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(1))
                .body("errors", equalTo(List.of()));

        org.practice()
                .get("/procedure-codes/" + existing)
                .then()
                .body("description", equalTo("Full mouth series – revised"))
                .body("category", equalTo("Diagnostic"))
                .body("treat_area", equalTo("mouth"))
                .body("version", equalTo(2));
        assertThat(Instant.parse(org.practice()
                        .get("/procedure-codes/" + existing)
                        .then()
                        .extract()
                        .path("updated_at")))
                .isAfter(before);
        org.practice()
                .get("/procedure-codes/" + same)
                .then()
                .body("version", equalTo(2))
                .body("is_hidden", equalTo(true))
                .body("substitution_code", equalTo("D0210"));
        org.practice()
                .get("/procedure-codes/by-code/D1206")
                .then()
                .body("description", equalTo("Fluoride varnish, topical"));

        importJson(
                        org,
                        List.of(body(
                                "code",
                                "D1206",
                                "description",
                                "Fluoride varnish",
                                "category",
                                "Preventive",
                                "treat_area",
                                "tooth")))
                .body("created", equalTo(0))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(0));
        org.practice()
                .get("/procedure-codes/by-code/D1206")
                .then()
                .body("description", equalTo("Fluoride varnish"))
                .body("version", equalTo(2));
    }

    @Test
    void reportsBadJsonRowsByIndexWhileGoodRowsLand() {
        var org = newOrg();
        var rows = new ArrayList<Object>();
        rows.add(body("code", "D0120", "description", "Periodic exam")); // 0 good
        rows.add(body("code", "D_120", "description", "Bad code")); // 1
        rows.add(body("code", "D0140", "description", "Limited exam", "treat_area", "ear")); // 2
        rows.add(body("code", "D0150", "description", 42)); // 3
        rows.add(body("code", "D0160", "description", "Extra", "fee", "10.00")); // 4
        rows.add(body("code", "d0120", "description", "Repeat")); // 5
        rows.add("D0170"); // 6
        rows.add(body("description", "No code")); // 7
        rows.add(body("code", "D1110", "description", "Adult cleaning")); // 8 good
        importJson(org, rows)
                .statusCode(200)
                .body("created", equalTo(2))
                .body("updated", equalTo(0))
                .body("errors", hasSize(7))
                .body("errors.row", equalTo(List.of(1, 2, 3, 4, 5, 6, 7)))
                .body("errors[0].loc", equalTo(List.of("body", 1, "code")))
                .body("errors[1].loc", equalTo(List.of("body", 2, "treat_area")))
                .body(
                        "errors[1].msg",
                        equalTo("must be one of: none, surf, tooth, mouth, quad, sextant, arch, tooth_range"))
                .body("errors[2].loc", equalTo(List.of("body", 3, "description")))
                .body("errors[3].loc", equalTo(List.of("body", 4, "fee")))
                .body("errors[4].loc", equalTo(List.of("body", 5, "code")))
                .body("errors[4].msg", equalTo("repeats the code of row 0"))
                .body("errors[5].loc", equalTo(List.of("body", 6)))
                .body("errors[6].loc", equalTo(List.of("body", 7, "code")));
        org.practice().get("/procedure-codes").then().body("items.code", equalTo(List.of("D0120", "D1110")));
        org.practice().get("/procedure-codes/by-code/D0120").then().body("description", equalTo("Periodic exam"));
    }

    @Test
    void reportsBadCsvRowsByDataLineWhileGoodRowsLand() {
        var org = newOrg();
        importCsv(
                        org,
                        HEADER
                                + "D0120,Periodic exam,Diagnostic,mouth\n"
                                + "\n"
                                + "D0140,,Diagnostic,\n"
                                + "D0150,Comprehensive exam,Diagnostic,mouth,extra\n"
                                + "TOOLONGCODE12345,Nope,,\n"
                                + "D0160,Detailed exam\n")
                .statusCode(200)
                .body("created", equalTo(2))
                .body("errors.row", equalTo(List.of(2, 3, 4)))
                .body("errors[0].loc", equalTo(List.of("body", 2, "description")))
                .body("errors[1].loc", equalTo(List.of("body", 3)))
                .body("errors[2].loc", equalTo(List.of("body", 4, "code")));
        org.practice().get("/procedure-codes").then().body("items.code", equalTo(List.of("D0120", "D0160")));
    }

    @Test
    void refusesCsvThatIsNotUtf8AndKeepsTheCodesItWouldOverwrite() {
        var org = newOrg();
        importCsv(org, HEADER + "D0120,Periodic exam,Diagnostic,mouth\n").statusCode(200);
        for (byte[] bad : List.of(new byte[] {(byte) 0xE9}, new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {
            (byte) 0xED, (byte) 0xA0, (byte) 0x80
        })) {
            var body = new java.io.ByteArrayOutputStream();
            body.writeBytes((HEADER + "D0120,P").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes(bad);
            body.writeBytes("riodic,Diagnostic,mouth\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertInvalid(
                            org.practice()
                                    .contentType("text/csv")
                                    .body(body.toByteArray())
                                    .post("/procedure-codes/import")
                                    .then(),
                            "body")
                    .body("detail[0].msg", containsString("UTF-8"));
        }
        org.practice().get("/procedure-codes").then().body("items.description", equalTo(List.of("Periodic exam")));
    }

    @Test
    void reportsANulCharacterInACsvOrJsonRowAndWritesNothingForIt() {
        var org = newOrg();
        importCsv(org, HEADER + "D0120,Periodic\u0000exam,Diagnostic,mouth\n")
                .statusCode(200)
                .body("created", equalTo(0))
                .body("errors[0].loc", equalTo(List.of("body", 1, "description")));
        org.practice()
                .body(List.of(Map.of("code", "D0140", "description", "Limited\u0000exam")))
                .post("/procedure-codes/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("errors[0].loc", equalTo(List.of("body", 0, "description")));
        assertNoCodes(org);
    }

    @Test
    void leavesArchivedCodesAloneAndCreatesALiveOne() {
        var org = newOrg();
        String archived = createCode(org, "D2391", "Old wording");
        org.practice().post("/procedure-codes/" + archived + "/archive").then().statusCode(200);
        importJson(org, List.of(body("code", "D2391", "description", "One surface posterior resin")))
                .body("created", equalTo(1))
                .body("updated", equalTo(0));
        org.practice()
                .get("/procedure-codes/" + archived)
                .then()
                .body("description", equalTo("Old wording"))
                .body("version", equalTo(2));
    }

    @Test
    void rejectsMoreThan5000RowsChangingNothing() {
        var org = newOrg();
        var rows = new ArrayList<Object>();
        var csv = new StringBuilder(HEADER);
        for (int i = 0; i < 5001; i++) {
            rows.add(body("code", "X" + i, "description", "Row " + i));
            csv.append("X").append(i).append(",Row ").append(i).append(",,\n");
        }
        assertInvalid(importJson(org, rows), "body");
        assertInvalid(importCsv(org, csv.toString()), "body");
        assertNoCodes(org);
        importJson(org, rows.subList(0, 5000)).statusCode(200).body("created", equalTo(5000));
    }

    @Test
    void rejectsAnUnreadableBodyAsAWholeChangingNothing() {
        var org = newOrg();
        assertInvalid(
                        org.practice()
                                .body("[{\"code\": \"D0120\", \"description\": \"Periodic exam\"}, {\"code\": ")
                                .post("/procedure-codes/import")
                                .then(),
                        "body")
                .body("detail[0].type", equalTo("json_invalid"));
        assertInvalid(importJson(org, Map.of("code", "D0120", "description", "Periodic exam")), "body");
        assertInvalid(importCsv(org, HEADER + "D0120,Periodic exam,,\nD0140,\"Limited exam,,\n"), "body");
        assertInvalid(importCsv(org, "code,description\nD0120,Periodic exam\n"), "body");
        assertInvalid(importCsv(org, "code,description,category,treat_area,fee\nD0120,Periodic exam,,,1\n"), "body");
        assertInvalid(importCsv(org, ""), "body");
        org.practice()
                .contentType("text/plain")
                .body("D0120")
                .post("/procedure-codes/import")
                .then()
                .statusCode(415);
        assertNoCodes(org);
    }

    @Test
    void auditsEachCodeAnImportWroteWithoutValues() {
        var org = newOrg();
        importJson(
                        org,
                        List.of(
                                body("code", "D0120", "description", "Periodic exam"),
                                body("code", "D0140", "description", "Limited exam")))
                .statusCode(200);
        importJson(org, List.of(body("code", "D0120", "description", "Periodic exam")))
                .body("unchanged", equalTo(1));
        importJson(org, List.of(body("code", "D0140", "description", "Limited oral evaluation")))
                .body("updated", equalTo(1));
        var entries = jdbc.sql("""
                        select action, array_to_string(changed_fields, ',') as fields from audit_log
                        where org_id = :org and entity_type = 'procedure_code'
                        order by seq
                        """)
                .param("org", org.id())
                .query((rs, n) -> rs.getString("action") + ":" + rs.getString("fields"))
                .list();
        assertThat(entries)
                .containsExactly(
                        "create:code,description,category,treat_area",
                        "create:code,description,category,treat_area",
                        "update:code,description,category,treat_area");
    }

    @Test
    void replaysAnImportWithTheSameIdempotencyKey() {
        var org = newOrg();
        var rows = List.of(body("code", "D0120", "description", "Periodic exam"));
        org.practice()
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(rows)
                .post("/procedure-codes/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        String key = UUID.randomUUID().toString();
        org.practice()
                .header("Idempotency-Key", key)
                .body(List.of(body("code", "D0140", "description", "Limited exam")))
                .post("/procedure-codes/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        org.practice()
                .header("Idempotency-Key", key)
                .body(List.of(body("code", "D0140", "description", "Limited exam")))
                .post("/procedure-codes/import")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("created", equalTo(1));
    }
}
