package io.bitewing.demo;

import io.bitewing.draft.Draft;
import io.bitewing.draft.DraftConversion;
import io.bitewing.draft.DraftRequests;
import io.bitewing.draft.DraftService;
import io.bitewing.shared.auth.Tenant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imported insurance awaiting review, one draft in each review status: a Payor-shaped intake form matched and
 * ready to convert, a vendor row converted into Samuel's secondary coverage, a child's card whose group number no
 * plan has (pending), a card of a carrier the office does not know (pending), a duplicate of coverage on file
 * (rejected) and a row with a date written the American way (error).
 */
@Component
class DemoDrafts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DraftService drafts;
    private final DraftConversion conversion;

    DemoDrafts(DraftService drafts, DraftConversion conversion) {
        this.drafts = drafts;
        this.conversion = conversion;
    }

    /** Patients in the order DemoPractice lists them. */
    void populate(Tenant tenant, List<UUID> patients) {
        UUID maria = patients.get(0);
        UUID daniel = patients.get(1);
        UUID sofia = patients.get(2);
        UUID samuel = patients.get(3);
        UUID priya = patients.get(4);
        importRows(tenant, priya, "intake_form", """
                {"id": "intake-2291", "insurance": {"name": "NORTHWIND DENTAL MUTUAL, INC.", "payer_id": "NWD01"},
                 "group_number": "100200", "group_description": "Acme Manufacturing", "plan_type": "PR",
                 "insured_member_id": "ACM777120", "relationship_to_subscriber": "self",
                 "payor_responsibility": "secondary", "coverage_from": "2026-01-01T00:00:00Z",
                 "eligibility_check_status": "pending",
                 "subscriber": {"first_name": "Priya", "last_name": "Natarajan", "dob": "1996-09-08T00:00:00Z"}}""");
        Draft vendor = importRows(tenant, samuel, "eligibility_vendor", """
                {"source_ref": "elig-88123", "carrier_name": "Bluebird Benefits Co.", "electronic_id": "BLB22",
                 "group_number": "55-300", "group_name": "Riverside School District", "subscriber_first_name": "Samuel",
                 "subscriber_last_name": "Brooks", "subscriber_dob": "1958-01-30", "subscriber_id_number": "RSD9912",
                 "relationship": "self", "date_effective": "2026-01-01"}""");
        conversion.convert(tenant, vendor.id());
        importRows(tenant, sofia, "intake_form", """
                {"insurance": {"name": "Summit Smile Plans"}, "group_number": "SC-99", "insured_member_id": "SCP51120",
                 "relationship_to_subscriber": "child", "payor_responsibility": "secondary",
                 "subscriber": {"first_name": "Daniel", "last_name": "Rivera", "dob": "1982-11-02T00:00:00Z"}}""");
        importRows(tenant, maria, "intake_form", """
                {"carrier_name": "Crescent Dental Alliance", "group_number": "CDA-4", "subscriber_id_number": "CDA30017",
                 "relationship": "self", "date_effective": "2026-02-01"}""");
        Draft duplicate = importRows(tenant, daniel, "practice_migration", """
                {"carrier_name": "Northwind Dental Mutual", "group_number": "100200", "subscriber_id_number": "ACM555001",
                 "relationship": "self", "date_effective": "2025-01-01"}""");
        drafts.reject(tenant, duplicate.id(), new DraftRequests.Reject("Already on file: Daniel's family PPO"));
        importRows(tenant, maria, "practice_migration", """
                {"carrier_name": "Bluebird Benefits", "group_number": "55-300", "subscriber_id_number": "RSD2231",
                 "relationship": "self", "date_effective": "03/01/2025"}""");
    }

    private Draft importRows(Tenant tenant, UUID patient, String source, String row) {
        List<JsonNode> rows = List.of(JSON.readTree(row));
        return drafts.importRows(tenant, new DraftRequests.Import(patient, source, rows))
                .items()
                .get(0);
    }
}
