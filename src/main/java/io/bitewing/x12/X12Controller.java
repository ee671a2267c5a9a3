package io.bitewing.x12;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.x12.BenefitReading.Network;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.InputStream;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
    private final RemittanceService remittances;

    X12Controller(
            EligibilityImportService eligibilityImports,
            ChangeSetService changeSets,
            InterchangeService interchanges,
            RemittanceService remittances) {
        this.eligibilityImports = eligibilityImports;
        this.changeSets = changeSets;
        this.interchanges = interchanges;
        this.remittances = remittances;
    }

    // The body is the raw request stream, whatever type it declares: no message converter or consumes condition
    // answers before the role check, and a JSON body is simply not an interchange (422).
    @PostMapping("/271")
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
                    InputStream body) {
        return eligibilityImports.import271(tenant, X12Reader.bytes(body), patientPlanId, network);
    }

    @PostMapping("/835")
    @Operation(
            summary = "Import an 835 remittance",
            description = "Posts an X12 835 (raw, application/edi-x12 or text/plain; one or more transaction sets) to "
                    + "claim history in one transaction. Each claim (CLP) is matched to a patient plan by member id "
                    + "(NM1*QC, else NM1*IL) and patient name, each service line (SVC, AD:code) to a live procedure "
                    + "code; a matched line becomes a received history row (fee = billed, insurance_paid = paid, "
                    + "deductible_applied = CAS PR 1, write_off = CAS CO, patient responsibility = CAS PR in its "
                    + "notes), closes the pending rows of the same patient plan, code and date, and, when paid, is "
                    + "estimate-book evidence (allowed = paid + patient responsibility) for every active "
                    + "allowed_from_claims book covering the plan. A reversal (CLP02 22) takes back the rows the "
                    + "claim's earlier remittance posted; the corrected claim that follows posts anew. A line paying "
                    + "more on a service already posted is a supplemental payment (no fee counted twice). Anything "
                    + "that cannot be matched goes to the review list with the reason. 201 with the summary; the same "
                    + "trace (TRN) imported again changes nothing and answers 200 with already_imported."
                    + INVALID)
    ResponseEntity<RemittanceSummary> import835(
            Tenant tenant,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(mediaType = EDI, schema = @Schema(type = "string")),
                                @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string"))
                            })
                    InputStream body) {
        RemittanceSummary summary = remittances.import835(tenant, X12Reader.bytes(body));
        return ResponseEntity.status(summary.alreadyImported() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(summary);
    }

    @GetMapping("/review-items")
    @Operation(
            summary = "List 835 lines awaiting review",
            description = "What 835 imports could not post (no single patient plan, an unknown code, no date, a "
                    + "reversal of nothing posted), newest first, with the reason and the segments verbatim.")
    Page<ReviewItem> reviewItems(
            Tenant tenant,
            @Parameter(description = "Only the items of this 835 interchange.")
                    @RequestParam(name = "interchange_uuid", required = false)
                    UUID interchangeId,
            PageRequest page) {
        return remittances.reviews(tenant, interchangeId, page);
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
