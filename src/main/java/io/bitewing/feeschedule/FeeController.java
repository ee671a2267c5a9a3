package io.bitewing.feeschedule;

import io.bitewing.feeschedule.FeeService.BulkCreated;
import io.bitewing.feeschedule.FeeService.BulkUpdated;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.bitewing.shared.web.Sort;
import io.bitewing.shared.web.Sorted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.NullNode;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance/fee-schedules/{fee_schedule_uuid}")
@Tag(name = "Fee Schedules")
class FeeController {

    static final String CSV = "text/csv";
    private static final String CSV_EXAMPLE = "code,amount,clinic,provider,date_effective\nD0120,52.00,,,\n";

    private final FeeService fees;

    FeeController(FeeService fees) {
        this.fees = fees;
    }

    @GetMapping("/fees")
    @Operation(
            summary = "List fees in schedule",
            description = "List fees in a fee schedule with optional search, "
                    + "category filter, fee range, and sort. Raises 404 if the fee schedule does not exist.")
    Page<Fee> list(
            Tenant tenant,
            @PathVariable("fee_schedule_uuid") UUID scheduleId,
            @Parameter(description = "Search by procedure code or description.") @RequestParam(required = false)
                    String search,
            @Parameter(description = "Filter by procedure code category (e.g., 'Diagnostic').")
                    @RequestParam(required = false)
                    String category,
            @Parameter(description = "Minimum fee amount (inclusive).")
                    @RequestParam(name = "fee_min", required = false)
                    BigDecimal feeMin,
            @Parameter(description = "Maximum fee amount (inclusive).")
                    @RequestParam(name = "fee_max", required = false)
                    BigDecimal feeMax,
            @Sorted(value = FeeSorts.class, by = "sort_col", order = "sort_dir") Sort sort,
            PageRequest page) {
        return fees.list(tenant, scheduleId, new FeeFilter(search, category, feeMin, feeMax), sort, page);
    }

    @PostMapping("/fees")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create fee",
            description = "Create a single fee entry in a fee schedule. Raises 404 if the fee "
                    + "schedule, procedure code, clinic or provider does not exist. Raises 409 when the code already has a fee "
                    + "for the same clinic, provider and date_effective, or on idempotency conflict.")
    Fee create(
            Tenant tenant,
            @PathVariable("fee_schedule_uuid") UUID scheduleId,
            @Valid @RequestBody FeeRequests.Create body) {
        return fees.create(tenant, scheduleId, body);
    }

    @PatchMapping("/fees/{fee_uuid}")
    @Operation(
            summary = "Update fee",
            description = "Update a single fee entry. Raises 404 if the fee does not exist. "
                    + "Raises 409 if base_version does not match or the new slot already has a fee.")
    Fee update(
            Tenant tenant,
            @PathVariable("fee_schedule_uuid") UUID scheduleId,
            @PathVariable("fee_uuid") UUID id,
            @Valid @RequestBody FeeRequests.Update body,
            Patch patch) {
        return fees.update(tenant, scheduleId, id, body, patch);
    }

    @DeleteMapping("/fees/{fee_uuid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete fee",
            description =
                    "Permanently delete a fee entry from a fee schedule. Raises 404 if " + "the fee does not exist.")
    void delete(Tenant tenant, @PathVariable("fee_schedule_uuid") UUID scheduleId, @PathVariable("fee_uuid") UUID id) {
        fees.delete(tenant, scheduleId, id);
    }

    @PostMapping("/fees/bulk")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Bulk create fees",
            description = "Bulk-create up to 100,000 fee entries in a fee schedule, all "
                    + "or nothing. Raises 404 if the fee schedule or any procedure code does not exist, 409 if a row's slot "
                    + "already has a fee; errors name the row (fees[i]). Answers the number created.")
    BulkCreated bulkCreate(
            Tenant tenant,
            @PathVariable("fee_schedule_uuid") UUID scheduleId,
            @Valid @RequestBody FeeRequests.BulkCreate body) {
        return fees.bulkCreate(tenant, scheduleId, body);
    }

    // Any Content-Type reaches the handler, so that the role check comes first and a wrong type is a 415 after it.
    @PostMapping("/fees/import")
    @Operation(
            summary = "Import fees from CSV",
            description = "Load fees from text/csv (UTF-8, header code,amount[,clinic,provider,date_effective]; clinic "
                    + "and provider are location and provider UUIDs, blank for any; a blank date_effective means "
                    + "always), all or nothing, up to 100,000 rows. A row whose code, clinic, provider and "
                    + "date_effective already have a fee sets its amount; any other adds a fee. Every faulty row is "
                    + "reported in one 422 whose loc is [\"body\", row, column], rows numbered from 1 (the first "
                    + "data record after the header, blank lines not counted), and nothing is written. Answers the "
                    + "numbers created, updated and unchanged. Raises 404 if the fee schedule does not exist.")
    FeeService.Imported importCsv(
            Tenant tenant,
            @PathVariable("fee_schedule_uuid") UUID scheduleId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(mediaType = CSV, schema = @Schema(type = "string", example = CSV_EXAMPLE)))
                    @RequestBody(required = false)
                    byte[] csv,
            HttpServletRequest request) {
        if (!isCsv(request.getContentType())) {
            throw new ApiException.UnsupportedMediaType("Unsupported media type; send text/csv");
        }
        return fees.importCsv(tenant, scheduleId, csv);
    }

    private static boolean isCsv(String contentType) {
        try {
            return contentType != null
                    && MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.parseMediaType(CSV));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    @GetMapping("/fees/export")
    @Operation(
            summary = "Export fees as CSV",
            description = "Every fee of the schedule as text/csv in the import's columns "
                    + "(code,amount,clinic,provider,date_effective), ordered by code, so an export edited in a "
                    + "spreadsheet imports back. Raises 404 if the fee schedule does not exist.")
    @ApiResponse(
            responseCode = "200",
            description = "The fees as CSV.",
            content = @Content(mediaType = CSV, schema = @Schema(type = "string", example = CSV_EXAMPLE)))
    ResponseEntity<String> exportCsv(Tenant tenant, @PathVariable("fee_schedule_uuid") UUID scheduleId) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(fees.exportCsv(tenant, scheduleId));
    }

    @PostMapping("/fees/bulk-update")
    @Operation(
            summary = "Bulk update fees",
            description = "Batch-update fee amounts from inline edits on the fee "
                    + "schedule detail UI. Each item carries the fee UUID, new amount, and base_version for optimistic "
                    + "concurrency. Raises 409 on the first version mismatch, with nothing applied. Raises 404 if the fee "
                    + "schedule or any fee does not exist.")
    BulkUpdated bulkUpdate(
            Tenant tenant,
            @PathVariable("fee_schedule_uuid") UUID scheduleId,
            @Valid @RequestBody FeeRequests.BulkUpdate body) {
        return fees.bulkUpdate(tenant, scheduleId, body);
    }

    @GetMapping("/available-codes")
    @Operation(
            summary = "List available codes",
            description = "List procedure codes not yet in the fee schedule. Use "
                    + "this to populate the 'add code' dialog. Raises 404 if the fee schedule does not exist.")
    Page<AvailableCode> availableCodes(
            Tenant tenant,
            @PathVariable("fee_schedule_uuid") UUID scheduleId,
            @Parameter(description = "Search by procedure code or description.") @RequestParam(required = false)
                    String search,
            @Parameter(description = "Filter by procedure code category.") @RequestParam(required = false)
                    String category,
            PageRequest page) {
        return fees.availableCodes(tenant, scheduleId, search, category, page);
    }

    @PostMapping("/resolve")
    @Operation(
            summary = "Resolve fee",
            description = "Resolve the effective fee for a procedure code in a fee schedule "
                    + "as of a date (default today): clinic+provider, then clinic, then provider, then the plain fee, each the "
                    + "latest date_effective not after the date. Returns null if no matching fee is found. Raises 404 if the "
                    + "fee schedule or procedure code does not exist.")
    Object resolve(
            Tenant tenant,
            @PathVariable("fee_schedule_uuid") UUID scheduleId,
            @Valid @RequestBody FeeRequests.Resolve body) {
        return fees.resolve(tenant, scheduleId, body).<Object>map(fee -> fee).orElse(NullNode.getInstance());
    }
}
