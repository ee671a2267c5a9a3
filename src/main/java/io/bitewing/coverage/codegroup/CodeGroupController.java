package io.bitewing.coverage.codegroup;

import io.bitewing.coverage.codegroup.CodeGroupService.Filter;
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
@RequestMapping("/api/v1/{org_id}/insurance/code-groups")
@Tag(
        name = "Code groups",
        description = "Named sets of procedure codes (BW, Exam, Prophy, …) that frequency and age "
                + "limitations target. New organisations get the usual groups, filled as their procedure codes arrive.")
class CodeGroupController {

    private final CodeGroupService groups;

    CodeGroupController(CodeGroupService groups) {
        this.groups = groups;
    }

    @GetMapping
    @Operation(
            summary = "List code groups",
            description = "List live code groups with their codes, ordered by "
                    + "item_order, with an optional case-insensitive search on the name. Archived groups never appear.")
    Page<CodeGroup> list(
            Tenant tenant,
            PageRequest page,
            @Parameter(description = "Case-insensitive search on the group name.") @RequestParam(required = false)
                    String search) {
        return groups.list(tenant, new Filter(search), page);
    }

    @GetMapping("/{code_group_uuid}")
    @Operation(
            summary = "Get code group",
            description = "Retrieve a single code group with its codes by UUID, "
                    + "archived ones included. Raises 404 if the group does not exist.")
    CodeGroup get(Tenant tenant, @PathVariable("code_group_uuid") UUID id) {
        return groups.get(tenant, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create code group",
            description = "Create a code group, placed after the others unless "
                    + "item_order is given. Every code must be a live procedure code of the organisation (422 naming the "
                    + "entry otherwise). Raises 409 if a live group already has the name.")
    CodeGroup create(Tenant tenant, @Valid @RequestBody CodeGroupRequests.Create body) {
        return groups.create(tenant, body);
    }

    @PatchMapping("/{code_group_uuid}")
    @Operation(
            summary = "Update code group",
            description = "Update fields of a code group; codes, when sent, "
                    + "replace the whole list. Raises 404 if the group does not exist, 409 if base_version does not match or "
                    + "the new name is taken, 422 for an unknown code.")
    CodeGroup update(
            Tenant tenant,
            @PathVariable("code_group_uuid") UUID id,
            @Valid @RequestBody CodeGroupRequests.Update body,
            Patch patch) {
        return groups.update(tenant, id, body, patch);
    }

    @PostMapping("/{code_group_uuid}/archive")
    @Operation(
            summary = "Archive code group",
            description = "Soft-delete a code group by setting deleted_at, freeing "
                    + "its name. It stays readable by id, and benefits that target it keep doing so, but new benefits cannot "
                    + "target it. Raises 404 if the group does not exist.")
    CodeGroup archive(Tenant tenant, @PathVariable("code_group_uuid") UUID id) {
        return groups.archive(tenant, id);
    }
}
