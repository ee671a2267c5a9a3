package io.bitewing.x12;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.x12.BenefitReading.Network;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance/x12")
@Tag(
        name = "X12",
        description = "X12 in and out: 271 eligibility responses as reviewable benefit changes, 835 remittances as "
                + "claim history, 270 requests for a clearinghouse.")
class X12Controller {

    static final String EDI = "application/edi-x12";
    private static final String INVALID = " A body that is not a well-formed interchange of that transaction set in "
            + "version 004010 or 005010 (truncated, another version, not X12, more than 200,000 segments, broken "
            + "envelope counts or control numbers) is a 422 whose detail names the segment position "
            + "(loc [\"body\", \"segment\", n]), and nothing is written.";

    private final EligibilityImportService eligibilityImports;
    private final ChangeSetService changeSets;
    private final InterchangeService interchanges;

    X12Controller(
            EligibilityImportService eligibilityImports, ChangeSetService changeSets, InterchangeService interchanges) {
        this.eligibilityImports = eligibilityImports;
        this.changeSets = changeSets;
        this.interchanges = interchanges;
    }

    @PostMapping(
            path = "/271",
            consumes = {EDI, MediaType.TEXT_PLAIN_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Import a 271 eligibility response",
            description = "Reads an X12 271 (send it raw as application/edi-x12 or text/plain) for a patient plan, "
                    + "named by patient_plan_uuid or else found by the member id, name and birth date the 271 "
                    + "carries (422 when none or several match). Records a verification (eligibility, electronic; "
                    + "verified for active coverage EB*1-5, failed for inactive EB*6-8, unable_to_verify for an "
                    + "AAA rejection), the eligibility record's facts (coverage dates, deductibles and what remains "
                    + "of them, every reported amount in services), the payer's last-visit dates (DTP*304) as "
                    + "outside_office history once each, and a benefit change set: each EB read into benefit rules "
                    + "and compared with the plan's (add, change, unchanged, not_understood with the segment text, "
                    + "fact, skipped for the other network). The plan's benefits do not change until the change set "
                    + "is applied. The interchange is kept verbatim." + INVALID)
    ChangeSetService.Imported import271(
            Tenant tenant,
            @Parameter(description = "The patient plan the 271 answers for; optional when the 271 can be matched.")
                    @RequestParam(name = "patient_plan_uuid", required = false)
                    UUID patientPlanId,
            @Parameter(description = "Which network's benefits to read, in (default) or out; EB12 W and U are both.")
                    @RequestParam(name = "network", defaultValue = "in")
                    Network network,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(mediaType = EDI, schema = @Schema(type = "string")),
                                @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string"))
                            })
                    @RequestBody(required = false)
                    byte[] body) {
        return eligibilityImports.import271(tenant, body, patientPlanId, network);
    }

    @GetMapping("/change-sets/{change_set_uuid}")
    @Operation(
            summary = "Get a benefit change set",
            description = "A 271's benefits against the plan's, item by item, with counts by kind. 404 when unknown.")
    ChangeSet changeSet(Tenant tenant, @PathVariable("change_set_uuid") UUID id) {
        return changeSets.get(tenant, id);
    }

    @PostMapping("/change-sets/{change_set_uuid}/apply")
    @Operation(
            summary = "Apply chosen items of a change set",
            description = "Applies the add and change items named in item_uuids to the plan's benefits in one "
                    + "transaction, audited; the other items stay unapplied. 409 when the set was applied already or "
                    + "the plan's benefits changed since the 271 was read (current_version = benefit_set_version); "
                    + "422 naming an id that is not an add or change item of the set, or a rule the plan already has.")
    ChangeSet apply(
            Tenant tenant, @PathVariable("change_set_uuid") UUID id, @Valid @RequestBody ChangeSetService.Apply body) {
        return changeSets.apply(tenant, id, body);
    }

    @GetMapping("/interchanges/{interchange_uuid}")
    @Operation(
            summary = "Get an interchange",
            description = "An imported or generated interchange exactly as received or sent (raw), with what its "
                    + "import did. 404 when unknown.")
    InterchangeService.Interchange interchange(Tenant tenant, @PathVariable("interchange_uuid") UUID id) {
        return interchanges.get(tenant, id);
    }
}
