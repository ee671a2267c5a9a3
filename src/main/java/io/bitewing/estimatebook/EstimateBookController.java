package io.bitewing.estimatebook;

import io.bitewing.estimatebook.EstimateBook.ScopeType;
import io.bitewing.estimatebook.EstimateBook.Status;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance/estimate-books")
@Tag(
        name = "Estimate books",
        description = "Allowed fees learned from the claim payments the office received, for "
                + "out-of-network plans (the Blue Book).")
class EstimateBookController {

    private final EstimateBookService books;

    EstimateBookController(EstimateBookService books) {
        this.books = books;
    }

    @GetMapping
    @Operation(
            summary = "List estimate books",
            description = "List estimate books with optional filters and search. "
                    + "Without a status filter the live books (active and draft) are listed; status=draft, active or "
                    + "archived lists those only. Estimates read active books only.")
    Page<EstimateBook> list(
            Tenant tenant,
            @Parameter(description = "Text search on estimate book name.") @RequestParam(required = false)
                    String search,
            @Parameter(description = "Filter by scope type. One of: tenant, carrier, plan.")
                    @RequestParam(name = "scope_type", required = false)
                    ScopeType scopeType,
            @Parameter(description = "Filter by status. One of: active, draft, archived.")
                    @RequestParam(required = false)
                    Status status,
            PageRequest page) {
        return books.list(tenant, search, scopeType, status, page);
    }

    @GetMapping("/{book_uuid}")
    @Operation(
            summary = "Get estimate book",
            description = "Retrieve a single estimate book by UUID, archived ones "
                    + "included. Raises 404 if the estimate book does not exist.")
    EstimateBook get(Tenant tenant, @PathVariable("book_uuid") UUID id) {
        return books.get(tenant, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create estimate book",
            description = "Create a new estimate book for allowed fee "
                    + "computation. scope_type defaults from the references sent (plan, carrier, else tenant). Raises 404 for "
                    + "an unknown carrier, plan or fee schedule; 422 when the scope and its references do not fit, when "
                    + "allowed_fee_schedule_uuid is not an allowed or manual_blue_book schedule, or when a manual_fee_schedule "
                    + "book has none, or when claim_match_method is sent for a book that is not allowed_from_claims; "
                    + "409 when another live book has the name (case-insensitive) or on idempotency conflict. A book "
                    + "created with status draft is computed and inspected but not read by estimates until active.")
    EstimateBook create(Tenant tenant, @Valid @RequestBody EstimateBookRequests.Create body) {
        return books.create(tenant, body);
    }

    @PatchMapping("/{book_uuid}")
    @Operation(
            summary = "Update estimate book",
            description = "Update mutable fields on an estimate book; the "
                    + "create rules hold for the result, and status archived/active archives or restores it. Raises 404 if "
                    + "the estimate book does not exist. Raises 409 if base_version does not match.")
    EstimateBook update(
            Tenant tenant,
            @PathVariable("book_uuid") UUID id,
            @Valid @RequestBody EstimateBookRequests.Update body,
            Patch patch) {
        return books.update(tenant, id, body, patch);
    }

    @PostMapping("/{book_uuid}/archive")
    @Operation(
            summary = "Archive estimate book",
            description = "Soft-delete an estimate book by setting deleted_at "
                    + "(status archived); estimates stop reading it. Raises 404 if the estimate book does not exist.")
    EstimateBook archive(Tenant tenant, @PathVariable("book_uuid") UUID id) {
        return books.archive(tenant, id);
    }
}
