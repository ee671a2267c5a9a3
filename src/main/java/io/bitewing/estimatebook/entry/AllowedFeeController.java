package io.bitewing.estimatebook.entry;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance/estimate-books/{book_uuid}")
@Tag(name = "Estimate books")
class AllowedFeeController {

    private final AllowedFeeService fees;

    AllowedFeeController(AllowedFeeService fees) {
        this.fees = fees;
    }

    @GetMapping("/allowed-fees")
    @Operation(
            summary = "List allowed fees",
            description = "List computed allowed fee entries for an estimate book, "
                    + "by code. Raises 404 if the estimate book does not exist.")
    Page<AllowedFee> list(Tenant tenant, @PathVariable("book_uuid") UUID bookId, PageRequest page) {
        return fees.list(tenant, bookId, page);
    }

    @PostMapping("/allowed-fees")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create allowed fee",
            description = "Create an allowed fee entry by hand, logged with reason "
                    + "manual_override. Its target follows resolution_scope_type: insurance_plan_uuid, group_number or "
                    + "carrier_uuid. Raises 404 if the estimate book, procedure code, plan, carrier or linked run/step does not "
                    + "exist; 409 if the book is archived or already has an entry for the code and target; 422 when the target "
                    + "does not match the scope.")
    AllowedFee create(
            Tenant tenant,
            @PathVariable("book_uuid") UUID bookId,
            @Valid @RequestBody EntryRequests.CreateAllowedFee body) {
        return fees.create(tenant, bookId, body);
    }

    @PatchMapping("/allowed-fees/{entry_uuid}")
    @Operation(
            summary = "Update allowed fee",
            description = "Update mutable fields on an allowed fee entry; a changed "
                    + "amount is logged with reason manual_override. The next recompute replaces computed plan entries. Raises "
                    + "404 if the estimate book or allowed fee does not exist; 409 if the book is archived.")
    AllowedFee update(
            Tenant tenant,
            @PathVariable("book_uuid") UUID bookId,
            @PathVariable("entry_uuid") UUID id,
            @Valid @RequestBody EntryRequests.UpdateAllowedFee body,
            Patch patch) {
        return fees.update(tenant, bookId, id, body, patch);
    }

    @DeleteMapping("/allowed-fees/{entry_uuid}")
    @Operation(
            summary = "Delete allowed fee",
            description = "Delete an allowed fee entry and answer it as it was. "
                    + "Raises 404 if the estimate book or allowed fee does not exist.")
    AllowedFee delete(Tenant tenant, @PathVariable("book_uuid") UUID bookId, @PathVariable("entry_uuid") UUID id) {
        return fees.delete(tenant, bookId, id);
    }

    @GetMapping("/adjustment-logs")
    @Operation(
            summary = "List adjustment logs",
            description = "List fee adjustment log entries for an estimate book, "
                    + "newest first. Raises 404 if the estimate book does not exist.")
    Page<AdjustmentLog> listLogs(Tenant tenant, @PathVariable("book_uuid") UUID bookId, PageRequest page) {
        return fees.listLogs(tenant, bookId, page);
    }

    @PostMapping("/adjustment-logs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create adjustment log",
            description = "Record a fee adjustment for an estimate book; "
                    + "delta_allowed_fee defaults to new minus previous. Raises 404 if the estimate book, procedure code, plan "
                    + "or linked run does not exist; 409 if the book is archived.")
    AdjustmentLog createLog(
            Tenant tenant,
            @PathVariable("book_uuid") UUID bookId,
            @Valid @RequestBody EntryRequests.CreateAdjustmentLog body) {
        return fees.createLog(tenant, bookId, body);
    }
}
