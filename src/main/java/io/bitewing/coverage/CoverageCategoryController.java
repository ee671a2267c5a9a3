package io.bitewing.coverage;

import io.bitewing.coverage.CoverageCategoryService.Filter;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Items;
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
@RequestMapping("/api/v1/{org_id}/insurance/coverage-categories")
@Tag(
        name = "Coverage categories",
        description = "Groups of procedure codes, defined by code spans, that benefits "
                + "target. When several categories contain a code, the one with the highest item_order wins.")
class CoverageCategoryController {

    private final CoverageCategoryService categories;

    CoverageCategoryController(CoverageCategoryService categories) {
        this.categories = categories;
    }

    @GetMapping
    @Operation(
            summary = "List coverage categories",
            description = "List coverage categories with optional search "
                    + "and filters, ordered by item_order. Set include_spans=true to include procedure code spans in each "
                    + "category. Archived categories never appear; hidden ones only with include_hidden.")
    Page<CoverageCategory> list(
            Tenant tenant,
            PageRequest page,
            @Parameter(description = "Case-insensitive search on category name.") @RequestParam(required = false)
                    String search,
            @Parameter(description = "Include hidden categories.")
                    @RequestParam(name = "include_hidden", defaultValue = "false")
                    boolean includeHidden,
            @Parameter(description = "Eagerly load procedure code spans for each category.")
                    @RequestParam(name = "include_spans", defaultValue = "false")
                    boolean includeSpans) {
        return categories.list(tenant, new Filter(search, includeHidden), includeSpans, page);
    }

    @GetMapping("/{category_uuid}")
    @Operation(
            summary = "Get coverage category",
            description = "Retrieve a single coverage category by UUID, "
                    + "archived ones included. Includes spans by default. Raises 404 if the category does not exist.")
    CoverageCategory get(
            Tenant tenant,
            @PathVariable("category_uuid") UUID id,
            @Parameter(description = "Include procedure code spans in response.")
                    @RequestParam(name = "include_spans", defaultValue = "true")
                    boolean includeSpans) {
        return categories.get(tenant, id, includeSpans);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create coverage category",
            description = "Create a new coverage category, placed after the "
                    + "others unless item_order is given. Raises 409 on idempotency conflict.")
    CoverageCategory create(Tenant tenant, @Valid @RequestBody CoverageRequests.CreateCategory body) {
        return categories.create(tenant, body);
    }

    @PatchMapping("/{category_uuid}")
    @Operation(
            summary = "Update coverage category",
            description = "Update mutable fields on a coverage category. "
                    + "Raises 404 if the category does not exist. Raises 409 if base_version does not match.")
    CoverageCategory update(
            Tenant tenant,
            @PathVariable("category_uuid") UUID id,
            @Valid @RequestBody CoverageRequests.UpdateCategory body,
            Patch patch) {
        return categories.update(tenant, id, body, patch);
    }

    @PostMapping("/{category_uuid}/archive")
    @Operation(
            summary = "Archive coverage category",
            description = "Soft-delete a coverage category by setting "
                    + "deleted_at. It stays readable by id but leaves lists and code lookups. Raises 404 if the category does "
                    + "not exist, 422 for a system category (General).")
    CoverageCategory archive(Tenant tenant, @PathVariable("category_uuid") UUID id) {
        return categories.archive(tenant, id);
    }

    @PostMapping("/reorder")
    @Operation(
            summary = "Reorder coverage categories",
            description = "Batch-update the sort order of multiple "
                    + "coverage categories in one transaction. All referenced categories must exist and be live, else 404 "
                    + "and nothing changes; a category listed twice is a 422. Answers the reordered categories.")
    Items<CoverageCategory> reorder(Tenant tenant, @Valid @RequestBody CoverageRequests.Reorder body) {
        return new Items<>(categories.reorder(tenant, body));
    }
}
