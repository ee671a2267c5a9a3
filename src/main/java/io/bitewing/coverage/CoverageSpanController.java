package io.bitewing.coverage;

import io.bitewing.coverage.CoverageSpanService.SavedSpan;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageDefaults;
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
@RequestMapping("/api/v1/{org_id}/insurance/coverage-categories/{category_uuid}/spans")
@Tag(name = "Coverage categories")
class CoverageSpanController {

    private final CoverageSpanService spans;

    CoverageSpanController(CoverageSpanService spans) {
        this.spans = spans;
    }

    @GetMapping
    @Operation(
            summary = "List coverage spans",
            description = "List procedure code spans within a coverage category. "
                    + "Raises 404 if the category does not exist.")
    Page<CoverageSpan> list(
            Tenant tenant, @PathVariable("category_uuid") UUID categoryId, @PageDefaults(size = 100) PageRequest page) {
        return spans.list(tenant, categoryId, page);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create coverage span",
            description =
                    "Create a procedure code span in a coverage category. "
                            + "Codes are upper-cased and compared as strings; from_code must not come after to_code. Returns the new "
                            + "span plus any overlapping spans of live categories as warnings. Raises 404 if the category does not exist.")
    SavedSpan create(
            Tenant tenant,
            @PathVariable("category_uuid") UUID categoryId,
            @Valid @RequestBody CoverageRequests.CreateSpan body) {
        return spans.create(tenant, categoryId, body);
    }

    @PatchMapping("/{span_uuid}")
    @Operation(
            summary = "Update coverage span",
            description = "Update a procedure code span. Returns the updated span "
                    + "plus any overlapping spans as warnings. Raises 404 if the category or span does not exist. Raises 409 "
                    + "if base_version does not match.")
    SavedSpan update(
            Tenant tenant,
            @PathVariable("category_uuid") UUID categoryId,
            @PathVariable("span_uuid") UUID id,
            @Valid @RequestBody CoverageRequests.UpdateSpan body,
            Patch patch) {
        return spans.update(tenant, categoryId, id, body, patch);
    }

    @DeleteMapping("/{span_uuid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete coverage span",
            description =
                    "Permanently delete a procedure code span. Raises 404 " + "if the category or span does not exist.")
    void delete(Tenant tenant, @PathVariable("category_uuid") UUID categoryId, @PathVariable("span_uuid") UUID id) {
        spans.delete(tenant, categoryId, id);
    }
}
