package io.bitewing.admin;

import io.bitewing.admin.AdminService.CreatedOrg;
import io.bitewing.admin.AdminService.IssuedToken;
import io.bitewing.admin.AdminService.TokenView;
import io.bitewing.shared.auth.Caller;
import io.bitewing.shared.auth.Role;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Items;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/v1/orgs")
@Tag(
        name = "Admin",
        description = "Organisations and API tokens. Organisations need the service's admin key; an "
                + "organisation's admin token may manage its own tokens.")
class AdminController {

    record OrgCreate(
            @NotBlank @Size(max = 200) @Schema(description = "Organisation name")
            String name) {}

    record TokenCreate(
            @NotBlank @Size(max = 200) @Schema(description = "What the token is for, e.g. 'front desk'")
            String name,

            @NotNull @Schema(description = "admin, staff or read_only")
            Role role) {}

    private final AdminService admin;

    AdminController(AdminService admin) {
        this.admin = admin;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create organisation",
            description = "Creates an organisation with its default settings and "
                    + "coverage categories, and returns its first admin API token (shown once). Admin key only.")
    CreatedOrg createOrg(Caller caller, @Valid @RequestBody OrgCreate body) {
        requireAdminKey(caller);
        return admin.createOrg(body.name().strip());
    }

    @GetMapping
    @Operation(summary = "List organisations", description = "All organisations, oldest first. Admin key only.")
    Page<Org> listOrgs(Caller caller, PageRequest page) {
        requireAdminKey(caller);
        return admin.listOrgs(page);
    }

    @PostMapping("/{org_id}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Issue API token",
            description = "Issues a token with a role for the organisation. The "
                    + "token is returned once; only its hash is kept.")
    IssuedToken issueToken(Caller caller, @PathVariable("org_id") UUID orgId, @Valid @RequestBody TokenCreate body) {
        return admin.issueToken(caller, orgId, body.name().strip(), body.role());
    }

    @GetMapping("/{org_id}/tokens")
    @Operation(
            summary = "List API tokens",
            description = "The organisation's tokens, revoked ones included, without secrets.")
    Items<TokenView> listTokens(Caller caller, @PathVariable("org_id") UUID orgId) {
        return new Items<>(admin.listTokens(caller, orgId));
    }

    @DeleteMapping("/{org_id}/tokens/{token_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke API token", description = "Revokes the token at once; it answers 401 from then on.")
    void revokeToken(Caller caller, @PathVariable("org_id") UUID orgId, @PathVariable("token_id") UUID tokenId) {
        admin.revokeToken(caller, orgId, tokenId);
    }

    private static void requireAdminKey(Caller caller) {
        if (!caller.adminKey()) {
            throw new ApiException.Forbidden("Only the service's admin key may manage organisations");
        }
    }
}
