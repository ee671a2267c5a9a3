package io.bitewing.practice.procedurecode;

import io.bitewing.practice.procedurecode.ProcedureCodeService.Filter;
import io.bitewing.practice.procedurecode.ProcedureCodeService.Imported;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.bitewing.shared.web.Sort;
import io.bitewing.shared.web.Sorted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/{org_id}/procedure-codes")
@Tag(name = "Procedure codes", description = "The procedures the practice bills, by code (CDT-style, e.g. D0120).")
class ProcedureCodeController {

    static final String CSV = "text/csv";
    private static final String CSV_EXAMPLE =
            "code,description,category,treat_area\nD0120,Periodic exam,Diagnostic,mouth\n";
    private static final String IMPORT_SUMMARY = "Import procedure codes";
    private static final String IMPORT_DESCRIPTION = "Create or update procedure codes by code in one transaction. "
            + "Send application/json (an array of {code, description, category, treat_area}) or text/csv (UTF-8, "
            + "header code,description,category,treat_area). Each row states those fields in full: a blank category "
            + "clears it and a blank treat_area means none. Invalid rows are skipped and listed in errors with their "
            + "row number (JSON: 0-based array index; CSV: 1-based data record after the header, blank lines not counted); valid rows are "
            + "applied. At most 5000 rows; a body that cannot be read at all is a 422 and changes nothing.";

    private final ProcedureCodeService codes;

    ProcedureCodeController(ProcedureCodeService codes) {
        this.codes = codes;
    }

    @GetMapping
    @Operation(
            summary = "List procedure codes",
            description = "List live procedure codes, searchable by code or "
                    + "description and filterable by category. Archived codes never appear; hidden ones only with "
                    + "include_hidden.")
    Page<ProcedureCode> list(
            Tenant tenant,
            @Parameter(description = "Text search on code or description.") @RequestParam(required = false)
                    String search,
            @Parameter(description = "Filter by exact category.") @RequestParam(required = false) String category,
            @Parameter(description = "Include hidden codes.")
                    @RequestParam(name = "include_hidden", defaultValue = "false")
                    boolean includeHidden,
            PageRequest page,
            @Sorted(ProcedureCodeSorts.class) Sort sort) {
        return codes.list(tenant, new Filter(search, category, includeHidden), sort, page);
    }

    @GetMapping("/{procedure_code_uuid}")
    @Operation(
            summary = "Get procedure code",
            description = "Retrieve a single procedure code by UUID, archived ones "
                    + "included. Raises 404 if the code does not exist.")
    ProcedureCode get(Tenant tenant, @PathVariable("procedure_code_uuid") UUID id) {
        return codes.get(tenant, id);
    }

    @GetMapping("/by-code/{code}")
    @Operation(
            summary = "Get procedure code by code",
            description =
                    "Retrieve the live procedure code with this "
                            + "code, in any case (d0120 finds D0120); hidden codes included. Raises 404 if no live code has it.")
    ProcedureCode getByCode(
            Tenant tenant, @Parameter(description = "The code, e.g. D0120.") @PathVariable String code) {
        return codes.getByCode(tenant, code);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create procedure code",
            description = "Create a procedure code; the code is stored "
                    + "upper-case. Raises 409 if a live procedure code already has the code.")
    ProcedureCode create(Tenant tenant, @Valid @RequestBody ProcedureCodeRequests.Create body) {
        return codes.create(tenant, body);
    }

    @PatchMapping("/{procedure_code_uuid}")
    @Operation(
            summary = "Update procedure code",
            description = "Update fields of a procedure code; absent fields are "
                    + "unchanged and a field sent as null is cleared (code, description, treat_area, substitution_condition "
                    + "and is_hidden may not be). Raises 404 if the code does not exist, 409 if base_version does not match "
                    + "or the new code is taken.")
    ProcedureCode update(
            Tenant tenant,
            @PathVariable("procedure_code_uuid") UUID id,
            @Valid @RequestBody ProcedureCodeRequests.Update body,
            Patch patch) {
        return codes.update(tenant, id, body, patch);
    }

    @PostMapping("/{procedure_code_uuid}/archive")
    @Operation(
            summary = "Archive procedure code",
            description = "Soft-delete a procedure code by setting deleted_at, "
                    + "freeing the code. It stays readable by id but leaves lists and by-code lookups; archiving again "
                    + "changes nothing. Raises 404 if the code does not exist.")
    ProcedureCode archive(Tenant tenant, @PathVariable("procedure_code_uuid") UUID id) {
        return codes.archive(tenant, id);
    }

    // springdoc merges the two import handlers into one operation with a single request body: both describe both
    // formats.
    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = IMPORT_SUMMARY, description = IMPORT_DESCRIPTION)
    Imported importJson(
            Tenant tenant,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        array =
                                                @ArraySchema(
                                                        schema =
                                                                @Schema(
                                                                        implementation =
                                                                                ProcedureCodeRequests.ImportItem
                                                                                        .class))),
                                @Content(mediaType = CSV, schema = @Schema(type = "string", example = CSV_EXAMPLE))
                            })
                    @RequestBody
                    JsonNode rows) {
        return codes.importJson(tenant, rows);
    }

    @PostMapping(path = "/import", consumes = CSV)
    @Operation(summary = IMPORT_SUMMARY, description = IMPORT_DESCRIPTION)
    Imported importCsv(
            Tenant tenant,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        array =
                                                @ArraySchema(
                                                        schema =
                                                                @Schema(
                                                                        implementation =
                                                                                ProcedureCodeRequests.ImportItem
                                                                                        .class))),
                                @Content(mediaType = CSV, schema = @Schema(type = "string", example = CSV_EXAMPLE))
                            })
                    @RequestBody(required = false)
                    byte[] csv) {
        return codes.importCsv(tenant, csv);
    }
}
