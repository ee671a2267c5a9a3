package io.bitewing.draft;

import io.bitewing.support.ApiTestSupport.Org;
import io.bitewing.support.CoverageFixtures;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;

/** Rows in both import shapes, and the calls the draft tests repeat. */
final class DraftFixtures {

    private DraftFixtures() {}

    static String patient(Org org, String first, String last, String birthdate) {
        return org.practice()
                .body(Map.of("first_name", first, "last_name", last, "birthdate", birthdate))
                .post("/patients")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String carrier(Org org, String name, String electronicId) {
        return org.api()
                .body(CoverageFixtures.body("carrier_name", name, "electronic_id", electronicId))
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String plan(Org org, String carrier, String groupName, String groupNumber) {
        return org.api()
                .body(Map.of(
                        "carrier_uuid",
                        carrier,
                        "plan_type",
                        "ppo_percentage",
                        "group_name",
                        groupName,
                        "group_number",
                        groupNumber))
                .post("/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A flat row; null values are left out. */
    static Map<String, Object> flat(
            String carrierName,
            String groupNumber,
            String first,
            String last,
            String dob,
            String memberId,
            String relationship) {
        return CoverageFixtures.body(
                "carrier_name",
                carrierName,
                "group_number",
                groupNumber,
                "group_name",
                "Lakeside Schools",
                "subscriber_first_name",
                first,
                "subscriber_last_name",
                last,
                "subscriber_dob",
                dob,
                "subscriber_id_number",
                memberId,
                "relationship",
                relationship,
                "date_effective",
                "2026-01-01");
    }

    /** A row shaped like the Payor resource, with fields the import keeps but does not read. */
    static Map<String, Object> payor(
            String carrierName,
            String payerId,
            String groupNumber,
            String first,
            String last,
            String dob,
            String memberId,
            String relationship,
            String responsibility) {
        return CoverageFixtures.body(
                "id",
                "payor-" + memberId,
                "patient_id",
                "ext-patient-1",
                "insurance_id",
                "ext-insurance-9",
                "insurance",
                CoverageFixtures.body("name", carrierName, "payer_id", payerId),
                "relationship_to_subscriber",
                relationship,
                "insured_member_id",
                memberId,
                "group_number",
                groupNumber,
                "group_description",
                "Lakeside Schools",
                "payor_responsibility",
                responsibility,
                "coverage_from",
                "2026-01-01T00:00:00Z",
                "coverage_to",
                null,
                "provider_network_status",
                "in_network",
                "plan_name",
                "Lakeside PPO",
                "plan_type",
                "PR",
                "individual_deductible_policy_in_network",
                50,
                "eligibility_check_status",
                "active",
                "subscriber",
                CoverageFixtures.body(
                        "first_name", first, "last_name", last, "dob", dob, "gender", "female", "state", "illinois"));
    }

    static ValidatableResponse importRows(Org org, String patient, List<?> rows) {
        return org.api()
                .body(Map.of("patient_uuid", patient, "source_system", "intake_form", "rows", rows))
                .post("/drafts/import")
                .then();
    }

    /** The draft of a one-row import. */
    static String importOne(Org org, String patient, Map<String, Object> row) {
        return importRows(org, patient, List.of(row)).statusCode(201).extract().path("items[0].id");
    }
}
