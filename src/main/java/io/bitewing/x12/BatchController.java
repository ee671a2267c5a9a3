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
import java.io.InputStream;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance/x12/batches")
@Tag(name = "X12")
class BatchController {

    private final BatchService batches;

    BatchController(BatchService batches) {
        this.batches = batches;
    }

    // The body is the raw request stream, as on the single routes: the role check answers before any converter.
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Import a batch of interchanges",
            description = "Takes a file of many interchanges (ISA…IEA after ISA…IEA, 271s and 835s mixed, raw as "
                    + "application/edi-x12 or text/plain) and answers 202 with a queued batch; the imports run in the "
                    + "background (poll GET …/x12/batches/{batch_uuid}). The whole body is read first: anything that "
                    + "is not well-formed X12 of 271 and 835 transaction sets in 004010 or 005010 (truncated, not "
                    + "X12, another transaction set or version, broken envelope counts, an interchange mixing 271s "
                    + "and 835s, more than 200,000 segments) is a 422 whose detail names the segment position, and "
                    + "nothing is written. Each 835 interchange and each 271 transaction set is then one item, "
                    + "imported as POST …/x12/835 and POST …/x12/271 would (a 271 matched by member id, name and "
                    + "birth date), in its own transaction: an item refused goes to the report with its errors and "
                    + "the others import. An 835 imported before is already_imported and changes nothing. The body "
                    + "is kept verbatim.")
    X12Batch start(
            Tenant tenant,
            @Parameter(description = "Which network's benefits the 271s are read for, in (default) or out.")
                    @RequestParam(name = "network", defaultValue = "in")
                    Network network,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(mediaType = X12Controller.EDI, schema = @Schema(type = "string")),
                                @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string"))
                            })
                    InputStream body) {
        return batches.start(tenant, X12Reader.bytes(body), network);
    }

    @GetMapping("/{batch_uuid}")
    @Operation(
            summary = "Get a batch",
            description = "The batch's status and progress (items total, done, failed) and its report so far: per "
                    + "item its status, the interchange kept, what the import answered (the 835 summary; the 271's "
                    + "coverage and change set) or its errors with segment positions in the body. 404 when unknown.")
    X12Batch get(Tenant tenant, @PathVariable("batch_uuid") UUID id) {
        return batches.get(tenant, id);
    }

    @GetMapping
    @Operation(
            summary = "List batches",
            description = "Batches newest first with their status and progress; items is null here (get one batch "
                    + "for its report).")
    Page<X12Batch> list(Tenant tenant, PageRequest page) {
        return batches.list(tenant, page);
    }
}
