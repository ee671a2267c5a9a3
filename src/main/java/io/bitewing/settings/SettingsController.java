package io.bitewing.settings;

import io.bitewing.shared.auth.AdminOnly;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Patch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance/settings")
@Tag(name = "Settings", description = "Organisation-level insurance settings.")
class SettingsController {

    private final SettingsService settings;

    SettingsController(SettingsService settings) {
        this.settings = settings;
    }

    @GetMapping
    @Operation(
            summary = "Get insurance settings",
            description = "Retrieve the organization's insurance settings. "
                    + "Creates default settings if none exist yet. Any role may read them.")
    InsuranceSettings get(Tenant tenant) {
        return settings.get(tenant);
    }

    @PatchMapping
    @AdminOnly
    @Operation(
            summary = "Update insurance settings",
            description =
                    "Update organization-level insurance settings. "
                            + "Admin tokens only (403 otherwise). Raises 409 if base_version does not match (optimistic concurrency).")
    InsuranceSettings update(Tenant tenant, @Valid @RequestBody SettingsUpdate body, Patch patch) {
        return settings.update(tenant, body, patch);
    }
}
