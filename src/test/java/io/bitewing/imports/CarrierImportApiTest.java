package io.bitewing.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.bitewing.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Carriers imported from JSON or CSV by natural key, idempotent, all or nothing. */
class CarrierImportApiTest extends ApiTestSupport {

    static final String CSV = "text/csv";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCsvImportCreatesCarriersAndTheSameFileAgainChangesNothing() {
        var org = newOrg();
        String csv = "carrier_name,electronic_id,phone,city\r\n"
                + "Delta Dental of Oregon,CDOR1,800-555-0100,Portland\r\n"
                + "\"Cigna Dental, PPO\",62308,,\r\n"
                + "\r\n"
                + "\"The \"\"Blue\"\" Plan\",,,Salem\r\n";
        org.api()
                .contentType(CSV)
                .body(csv)
                .post("/carriers/import")
                .then()
                .statusCode(200)
                .body("totals.created", equalTo(3))
                .body("rows.row", equalTo(List.of(1, 2, 3)))
                .body("rows.status", equalTo(List.of("created", "created", "created")));
        org.api()
                .get("/carriers?sort_by=carrier_name")
                .then()
                .body(
                        "items.carrier_name",
                        equalTo(List.of("Cigna Dental, PPO", "Delta Dental of Oregon", "The \"Blue\" Plan")))
                .body("items[1].phone", equalTo("800-555-0100"))
                .body("items[0].city", equalTo(null));
        assertThat(jdbc.sql("""
                        select count(*) from audit_log
                        where org_id = :org and entity_type = 'carrier' and action = 'create' and version = 1
                        """).param("org", org.id()).query(Long.class).single())
                .as("one create in the change feed's outbox per carrier")
                .isEqualTo(3);
        long audits = audits(org.id());

        org.api()
                .contentType(CSV)
                .body(csv)
                .post("/carriers/import")
                .then()
                .statusCode(200)
                .body("totals.unchanged", equalTo(3))
                .body("totals.created", equalTo(0))
                .body("totals.updated", equalTo(0));
        assertThat(audits(org.id())).as("audit rows after the second import").isEqualTo(audits);
        org.api().get("/carriers").then().body("items.version", equalTo(List.of(1, 1, 1)));
    }

    @Test
    void aRowMatchesByElectronicIdThenByNameAndUpdatesOnlyTheFieldsItGives() {
        var org = newOrg();
        String delta = carrier(org, Map.of("carrier_name", "Delta Dental", "electronic_id", "CDOR1", "phone", "1"));
        String cigna = carrier(org, Map.of("carrier_name", "Cigna", "city", "Hartford"));
        org.api()
                .body(Map.of(
                        "carriers",
                        List.of(
                                Map.of("carrier_name", "Delta Dental of Oregon", "electronic_id", "cdor1"),
                                Map.of("carrier_name", "  CIGNA ", "zip_code", "06002"),
                                Map.of("carrier_name", "Aetna", "trust_level", "trusted"))))
                .post("/carriers/import")
                .then()
                .statusCode(200)
                .body("rows.status", equalTo(List.of("updated", "updated", "created")))
                .body("rows[0].carrier_uuid", equalTo(delta))
                .body("rows[1].carrier_uuid", equalTo(cigna))
                .body("rows.row", equalTo(List.of(0, 1, 2)));
        org.api()
                .get("/carriers/" + delta)
                .then()
                .body("", hasEntries("carrier_name", "Delta Dental of Oregon", "electronic_id", "cdor1", "phone", "1"))
                .body("version", equalTo(2));
        org.api()
                .get("/carriers/" + cigna)
                .then()
                .body("", hasEntries("carrier_name", "CIGNA", "city", "Hartford", "zip_code", "06002"))
                .body("version", equalTo(2));
        assertThat(jdbc.sql("""
                        select array_to_string(changed_fields, ',') from audit_log
                        where org_id = :org and entity_id = cast(:id as uuid) and action = 'update'
                        """)
                        .param("org", org.id())
                        .param("id", delta)
                        .query(String.class)
                        .single())
                .isEqualTo("carrier_name,electronic_id");
    }

    @Test
    void everyFaultyRowIsNamedWithItsFieldAndNothingIsWritten() {
        var org = newOrg();
        carrier(org, Map.of("carrier_name", "Taken"));
        carrier(org, Map.of("carrier_name", "Other", "electronic_id", "OTH"));
        org.api()
                .contentType(CSV)
                .body("carrier_name,electronic_id,trust_level\nFine Carrier,,\n,X1,\nBad Trust,,very\n")
                .post("/carriers/import")
                .then()
                .statusCode(422)
                .body(
                        "detail.loc",
                        equalTo(List.of(List.of("body", 2, "carrier_name"), List.of("body", 3, "trust_level"))));
        // Rows that read well are then matched: a repeated carrier, or a rename onto another carrier's name.
        org.api()
                .contentType(CSV)
                .body("carrier_name,electronic_id\nFine Carrier,\nfine carrier ,\nTaken,OTH\n")
                .post("/carriers/import")
                .then()
                .statusCode(422)
                .body("detail.find { it.loc == ['body', 2] }.msg", equalTo("names the same carrier as row 1"))
                .body("detail.find { it.loc == ['body', 3] }.msg", startsWith("A carrier named 'Taken'"));
        org.api().get("/carriers").then().body("total", equalTo(2));
        org.api().get("/carriers?search=Other").then().body("items[0].version", equalTo(1));
    }

    @Test
    void anUnknownColumnIsRefusedRatherThanIgnored() {
        var org = newOrg();
        org.api()
                .contentType(CSV)
                .body("carrier_name,phnoe\nDelta,1\n")
                .post("/carriers/import")
                .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body")))
                .body("detail[0].msg", startsWith("names an unknown column 'phnoe'"));
    }

    @Test
    void aJsonRowIsCheckedAsTheCarrierCreateRouteChecksIt() {
        var org = newOrg();
        org.api()
                .body("{\"carriers\": [{\"carrier_name\": \"A\"}, {\"carrier_name\": \"B\", \"is_hidden\": \"yes\"},"
                        + " {\"carrierName\": \"C\"}]}")
                .post("/carriers/import")
                .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "carriers", 1, "is_hidden")));
        org.api()
                .body(Map.of("carriers", List.of(Map.of("carrier_name", ""))))
                .post("/carriers/import")
                .then()
                .statusCode(422)
                .body("detail[0].loc", equalTo(List.of("body", "carriers", 0, "carrier_name")));
    }

    @Test
    void anotherOrganisationsCarrierIsNeverMatched() {
        var other = newOrg();
        String theirs = carrier(other, Map.of("carrier_name", "Shared Name", "electronic_id", "SH1"));
        var org = newOrg();
        org.api()
                .body(Map.of("carriers", List.of(Map.of("carrier_name", "Shared Name", "electronic_id", "SH1"))))
                .post("/carriers/import")
                .then()
                .statusCode(200)
                .body("rows[0].status", equalTo("created"));
        other.api().get("/carriers/" + theirs).then().body("version", equalTo(1));
    }

    @Test
    void aBodyThatIsNeitherJsonNorCsvIsA415() {
        var org = newOrg();
        org.api()
                .contentType("text/plain")
                .body("carrier_name\nDelta\n")
                .post("/carriers/import")
                .then()
                .statusCode(415)
                .body("detail", startsWith("Unsupported media type"));
    }

    @Test
    void aReadOnlyTokenMayNotImport() {
        var org = newOrg();
        org.as(org.tokenWithRole("read_only"))
                .contentType(CSV)
                .body("carrier_name\nDelta\n")
                .post("/carriers/import")
                .then()
                .statusCode(403);
        org.api().get("/carriers").then().body("total", equalTo(0));
    }

    private static org.hamcrest.Matcher<Map<? extends String, ?>> hasEntries(String... pairs) {
        var entries = new java.util.ArrayList<org.hamcrest.Matcher<? super Map<? extends String, ?>>>();
        for (int i = 0; i < pairs.length; i += 2) {
            entries.add(org.hamcrest.Matchers.hasEntry(pairs[i], pairs[i + 1]));
        }
        return org.hamcrest.Matchers.allOf(entries);
    }

    static String carrier(ApiTestSupport.Org org, Map<String, Object> body) {
        return org.api()
                .body(body)
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private long audits(java.util.UUID org) {
        return jdbc.sql("select count(*) from audit_log where org_id = :org")
                .param("org", org)
                .query(Long.class)
                .single();
    }
}
