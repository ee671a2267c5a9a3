package io.bitewing.practice.provider;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.bitewing.shared.web.Sort;
import io.bitewing.shared.web.Sorted;
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
@RequestMapping("/api/v1/{org_id}/providers")
@Tag(name = "Providers", description = "The practice's dentists and hygienists.")
class ProviderController {

    private final ProviderService providers;

    ProviderController(ProviderService providers) {
        this.providers = providers;
    }

    @GetMapping
    @Operation(
            summary = "List providers",
            description = "List live providers, searchable by name (\"Smith\", "
                    + "\"Smith, Jo\" or \"Jo Smith\") or NPI. Archived providers never appear.")
    Page<Provider> list(
            Tenant tenant,
            @Parameter(description = "Text search on the provider's name or NPI; \"Last, First\" is understood.")
                    @RequestParam(required = false)
                    String search,
            PageRequest page,
            @Sorted(ProviderSorts.class) Sort sort) {
        return providers.list(tenant, search, sort, page);
    }

    @GetMapping("/{provider_uuid}")
    @Operation(
            summary = "Get provider",
            description = "Retrieve a single provider by UUID, archived ones included. "
                    + "Raises 404 if the provider does not exist.")
    Provider get(Tenant tenant, @PathVariable("provider_uuid") UUID id) {
        return providers.get(tenant, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create provider",
            description = "Create a provider. first_name and last_name are required; "
                    + "npi, when given, must be exactly 10 digits.")
    Provider create(Tenant tenant, @Valid @RequestBody ProviderRequests.Create body) {
        return providers.create(tenant, body);
    }

    @PatchMapping("/{provider_uuid}")
    @Operation(
            summary = "Update provider",
            description = "Update fields of a provider; absent fields are unchanged "
                    + "and a field sent as null is cleared (first_name and last_name may not be). Raises 404 if the provider "
                    + "does not exist, 409 if base_version does not match.")
    Provider update(
            Tenant tenant,
            @PathVariable("provider_uuid") UUID id,
            @Valid @RequestBody ProviderRequests.Update body,
            Patch patch) {
        return providers.update(tenant, id, body, patch);
    }

    @PostMapping("/{provider_uuid}/archive")
    @Operation(
            summary = "Archive provider",
            description = "Soft-delete a provider by setting deleted_at. It stays "
                    + "readable by id but leaves lists; archiving again changes nothing. Raises 404 if the provider does not "
                    + "exist.")
    Provider archive(Tenant tenant, @PathVariable("provider_uuid") UUID id) {
        return providers.archive(tenant, id);
    }
}
