package io.bitewing.draft;

import static io.bitewing.draft.DraftFixtures.carrier;
import static io.bitewing.draft.DraftFixtures.flat;
import static io.bitewing.draft.DraftFixtures.importRows;
import static io.bitewing.draft.DraftFixtures.patient;
import static io.bitewing.draft.DraftFixtures.payor;
import static io.bitewing.draft.DraftFixtures.plan;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.bitewing.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DraftImportApiTest extends ApiTestSupport {

    @Test
    void aFlatRowMatchesACarrierWhoseNameDiffersInCaseAndPunctuation() {
        var org = newOrg();
        String maria = patient(org, "Maria", "Lopez", "1980-03-14");
        String delta = carrier(org, "Delta Dental, Inc.", null);
        String plan = plan(org, delta, "Lakeside Schools", "G-100");
        var row = flat("DELTA DENTAL", "g-100", null, null, null, "W123", "self");

        importRows(org, maria, List.of(row))
                .statusCode(201)
                .body("total", equalTo(1))
                .body("matched", equalTo(1))
                .body("pending", equalTo(0))
                .body("items[0].review_status", equalTo("matched"))
                .body("items[0].patient.id", equalTo(maria))
                .body("items[0].patient.name", equalTo("Lopez, Maria"))
                .body("items[0].source_system", equalTo("intake_form"))
                .body("items[0].matched_carrier.id", equalTo(delta))
                .body("items[0].matched_carrier.name", equalTo("Delta Dental, Inc."))
                .body("items[0].matched_plan.id", equalTo(plan))
                .body("items[0].subscriber_patient.id", equalTo(maria))
                .body("items[0].parsed.row_format", equalTo("flat"))
                .body("items[0].parsed.subscriber_id_number", equalTo("W123"))
                .body("items[0].raw_data_json.carrier_name", equalTo("DELTA DENTAL"))
                .body("items[0].raw_data_json.group_number", equalTo("g-100"))
                .body("items[0].version", equalTo(1))
                .body("items[0].error_reason", nullValue());
    }

    @Test
    void aPayorShapedRowMatchesTheSubscriberByNameAndBirthdate() {
        var org = newOrg();
        String daniel = patient(org, "Daniel", "Rivera", "1982-11-02");
        String sofia = patient(org, "Sofia", "Rivera", "2015-06-21");
        String delta = carrier(org, "DELTA DENTAL", "DD001");
        String plan = plan(org, delta, "Lakeside Schools", "G-100");
        var row = payor(
                "Delta Dental Co.",
                null,
                "G-100",
                "daniel",
                "RIVERA",
                "1982-11-02T00:00:00Z",
                "ACM1",
                "child",
                "secondary");

        importRows(org, sofia, List.of(row))
                .statusCode(201)
                .body("items[0].review_status", equalTo("matched"))
                .body("items[0].source_ref", equalTo("payor-ACM1"))
                .body("items[0].matched_carrier.id", equalTo(delta))
                .body("items[0].matched_plan.id", equalTo(plan))
                .body("items[0].subscriber_patient.id", equalTo(daniel))
                .body("items[0].subscriber_patient.name", equalTo("Rivera, Daniel"))
                .body("items[0].parsed.row_format", equalTo("payor"))
                .body("items[0].parsed.subscriber_birthdate", equalTo("1982-11-02"))
                .body("items[0].parsed.relationship_to_subscriber", equalTo("child"))
                .body("items[0].parsed.ordinal", equalTo(2))
                .body("items[0].parsed.group_name", equalTo("Lakeside Schools"))
                .body("items[0].parsed.plan_type_code", equalTo("PR"))
                .body("items[0].parsed.date_effective", equalTo("2026-01-01"))
                .body("items[0].raw_data_json.individual_deductible_policy_in_network", equalTo(50))
                .body("items[0].raw_data_json.subscriber.state", equalTo("illinois"));
    }

    @Test
    void theElectronicIdOutranksTheName() {
        var org = newOrg();
        String patient = patient(org, "Ana", "Gil", "1990-01-01");
        String byId = carrier(org, "Alpha Dental", "X1");
        carrier(org, "Beta Dental", null);
        var row = flat("Beta Dental", null, null, null, null, "M1", "self");
        row.put("electronic_id", "x1");

        importRows(org, patient, List.of(row))
                .statusCode(201)
                .body("items[0].matched_carrier.id", equalTo(byId))
                .body("items[0].review_status", equalTo("pending"));
    }

    @Test
    void anAmbiguousOrPartialMatchLeavesTheDraftPending() {
        var org = newOrg();
        String sofia = patient(org, "Sofia", "Rivera", "2015-06-21");
        carrier(org, "Delta Dental", null);
        carrier(org, "Delta Dental Inc", null);
        String guardian = carrier(org, "Guardian", null);
        patient(org, "Daniel", "Rivera", "1982-11-02");
        patient(org, "Daniel", "Rivera", "1982-11-02");

        importRows(
                        org,
                        sofia,
                        List.of(
                                flat("delta dental", "G-1", "Daniel", "Rivera", "1982-11-02", "M1", "child"),
                                flat("Guardian", "NO-SUCH-GROUP", "Daniel", "Rivera", "1982-11-02", "M2", "child")))
                .statusCode(201)
                .body("pending", equalTo(2))
                .body("items[0].matched_carrier", nullValue())
                .body("items[0].subscriber_patient", nullValue())
                .body("items[1].matched_carrier.id", equalTo(guardian))
                .body("items[1].matched_plan", nullValue());
    }

    @Test
    void unreadableRowsBecomeErrorDraftsWhileTheOthersImport() {
        var org = newOrg();
        String patient = patient(org, "Ana", "Gil", "1990-01-01");
        carrier(org, "Guardian", null);
        var wrongType = flat("Guardian", null, null, null, null, "M1", "self");
        wrongType.put("group_number", true);
        var badDate = flat("Guardian", null, null, null, null, "M1", "self");
        badDate.put("date_effective", "01/02/2026");
        var endsEarly = flat("Guardian", null, null, null, null, "M1", "self");
        endsEarly.put("date_term", "2025-01-01");
        var mixed = flat("Guardian", null, null, null, null, "M1", "self");
        mixed.put("insured_member_id", "M1");
        var quaternary = payor("Guardian", null, null, null, null, null, "M1", "self", "quaternary");
        var rows = new ArrayList<Object>(List.of(
                Map.of("colour", "blue"),
                wrongType,
                badDate,
                endsEarly,
                mixed,
                flat(null, null, null, null, null, "M1", "self"),
                flat("Guardian", null, null, null, null, null, "self"),
                flat("Guardian", null, null, null, null, "M1", "cousin"),
                quaternary,
                flat("Guardian", null, null, null, null, "M1", "self")));

        importRows(org, patient, rows)
                .statusCode(201)
                .body("total", equalTo(10))
                .body("error", equalTo(9))
                .body("pending", equalTo(1))
                .body("items[0].review_status", equalTo("error"))
                .body("items[0].parsed", nullValue())
                .body("items[0].error_reason", containsString("neither Payor-shaped nor flat"))
                .body("items[1].error_reason", equalTo("group_number must be text"))
                .body("items[2].error_reason", containsString("date_effective is not a date"))
                .body("items[3].error_reason", containsString("coverage ends (2025-01-01) before it starts"))
                .body("items[4].error_reason", containsString("mixes Payor fields [insured_member_id]"))
                .body("items[5].error_reason", equalTo("no carrier: give carrier_name or electronic_id"))
                .body("items[6].error_reason", equalTo("no member id: give subscriber_id_number"))
                .body("items[7].error_reason", containsString("relationship cousin is not one of"))
                .body("items[8].error_reason", containsString("payor_responsibility quaternary is not supported"))
                .body("items[9].review_status", equalTo("pending"));
    }

    @Test
    void theEnvelopeIsValidatedStrictly() {
        var org = newOrg();
        String patient = patient(org, "Ana", "Gil", "1990-01-01");
        var row = flat("Guardian", null, null, null, null, "M1", "self");
        assertInvalid(
                org.api()
                        .body(Map.of("rows", List.of(row)))
                        .post("/drafts/import")
                        .then(),
                "body",
                "patient_uuid");
        assertInvalid(importRows(org, patient, List.of()), "body", "rows");
        assertInvalid(importRows(org, patient, Collections.nCopies(201, row)), "body", "rows");
        assertInvalid(
                org.api()
                        .body(Map.of("patient_uuid", patient, "rows", List.of(row), "source", "x"))
                        .post("/drafts/import")
                        .then(),
                "body",
                "source");
        assertInvalid(
                org.api()
                        .body(Map.of("patient_uuid", patient, "rows", row))
                        .post("/drafts/import")
                        .then(),
                "body",
                "rows");
        var nul = flat("Gua\u0000rdian", null, null, null, null, "M1", "self");
        assertInvalid(importRows(org, patient, List.of(row, nul)), "body", "rows", 1);
        assertInvalid(importRows(org, patient, List.of(row, "not an object")), "body", "rows", 1);
        assertInvalid(importRows(org, patient, java.util.Arrays.asList(row, null)), "body", "rows", 1);
        assertInvalid(
                org.api()
                        .body("{\"patient_uuid\": \"" + patient + "\", \"rows\": [{\"carrier_name\": \"G\", "
                                + "\"premium\": 1e999999999}]}")
                        .post("/drafts/import")
                        .then(),
                "body",
                "rows",
                0);

        importRows(org, UUID.randomUUID().toString(), List.of(row))
                .statusCode(404)
                .body("detail", equalTo("Patient not found"));
        var other = newOrg();
        importRows(org, patient(other, "Ana", "Gil", "1990-01-01"), List.of(row))
                .statusCode(404);
        org.api().get("/drafts").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anArchivedPatientCannotReceiveDrafts() {
        var org = newOrg();
        String patient = patient(org, "Ana", "Gil", "1990-01-01");
        org.practice().post("/patients/" + patient + "/archive").then().statusCode(200);
        importRows(org, patient, List.of(flat("Guardian", null, null, null, null, "M1", "self")))
                .statusCode(404);
    }

    @Test
    void aFullImportReadsAndMatchesEveryRow() {
        var org = newOrg();
        String patient = patient(org, "Ana", "Gil", "1990-01-01");
        for (int c = 0; c < 20; c++) {
            String carrier = carrier(org, "Carrier " + c + ", Inc.", "E" + c);
            if (c % 2 == 0) {
                plan(org, carrier, "Group " + c, "G" + c);
            }
        }
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 200; i++) {
            rows.add(flat("CARRIER " + i % 20, "g" + i % 20, null, null, null, "M" + i, "self"));
        }
        importRows(org, patient, rows)
                .statusCode(201)
                .body("total", equalTo(200))
                .body("matched", equalTo(100))
                .body("pending", equalTo(100))
                .body("items[199].raw_data_json.subscriber_id_number", equalTo("M199"))
                .body("items[198].matched_plan.name", equalTo("Group 18"));
        org.api()
                .get("/drafts?patient_uuid=" + patient + "&review_status=matched&page_size=1")
                .then()
                .body("total", equalTo(100));
    }
}
