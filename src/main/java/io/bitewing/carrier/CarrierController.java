package io.bitewing.carrier;

import io.bitewing.carrier.CarrierService.Combined;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Items;
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
@RequestMapping("/api/v1/{org_id}/insurance/carriers")
@Tag(name = "Carriers", description = "Insurance carriers: the companies plans belong to.")
class CarrierController {

    private final CarrierService carriers;

    CarrierController(CarrierService carriers) {
        this.carriers = carriers;
    }

    @GetMapping
    @Operation(
            summary = "List carriers",
            description = "List carriers with optional filters, search, and sorting. "
                    + "Archived carriers never appear; hidden ones only with include_hidden.")
    Page<Carrier> list(
            Tenant tenant,
            @Parameter(description = "Text search on carrier name, electronic ID, or group name.")
                    @RequestParam(required = false)
                    String search,
            @Parameter(description = "Filter by exact carrier group name.")
                    @RequestParam(name = "carrier_group_name", required = false)
                    String carrierGroupName,
            @Parameter(description = "Include hidden carriers.")
                    @RequestParam(name = "include_hidden", defaultValue = "false")
                    boolean includeHidden,
            PageRequest page,
            @Sorted(CarrierSorts.class) Sort sort) {
        return carriers.list(tenant, new CarrierFilter(search, carrierGroupName, includeHidden), sort, page);
    }

    @GetMapping("/stats")
    @Operation(
            summary = "Carrier stats",
            description = "Batch stats for all active carriers — plan counts and "
                    + "subscriber counts, one entry per carrier, computed in one query.")
    Items<CarrierStats> stats(Tenant tenant) {
        return new Items<>(carriers.stats(tenant));
    }

    @GetMapping("/{carrier_uuid}")
    @Operation(
            summary = "Get carrier",
            description = "Retrieve a single carrier by UUID, archived ones included. "
                    + "Raises 404 if the carrier does not exist.")
    Carrier get(Tenant tenant, @PathVariable("carrier_uuid") UUID id) {
        return carriers.get(tenant, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create carrier",
            description = "Create a new insurance carrier. Raises 409 if a live carrier "
                    + "with the same name already exists.")
    Carrier create(Tenant tenant, @Valid @RequestBody CarrierRequests.Create body) {
        return carriers.create(tenant, body);
    }

    @PatchMapping("/{carrier_uuid}")
    @Operation(
            summary = "Update carrier",
            description =
                    "Update mutable fields on an existing carrier; a field sent "
                            + "as null is cleared. Raises 404 if the carrier does not exist, 409 if base_version does not match.")
    Carrier update(
            Tenant tenant,
            @PathVariable("carrier_uuid") UUID id,
            @Valid @RequestBody CarrierRequests.Update body,
            Patch patch) {
        return carriers.update(tenant, id, body, patch);
    }

    @PostMapping("/{carrier_uuid}/archive")
    @Operation(
            summary = "Archive carrier",
            description = "Soft-delete a carrier by setting deleted_at. It stays "
                    + "readable by id but leaves default lists. Raises 404 if the carrier does not exist.")
    Carrier archive(Tenant tenant, @PathVariable("carrier_uuid") UUID id) {
        return carriers.archive(tenant, id);
    }

    @PostMapping("/combine")
    @Operation(
            summary = "Combine carriers",
            description = "Merge source carriers into a target carrier in one "
                    + "transaction: their plans move to the target and the sources are archived. Raises 404 if any carrier "
                    + "UUID does not exist, 422 if the target is among the sources.")
    Combined combine(Tenant tenant, @Valid @RequestBody CarrierRequests.Combine body) {
        return carriers.combine(tenant, body);
    }
}
