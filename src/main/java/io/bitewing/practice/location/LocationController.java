package io.bitewing.practice.location;

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
@RequestMapping("/api/v1/{org_id}/locations")
@Tag(
        name = "Locations",
        description = "The places the practice treats patients; fee schedules are assigned per location.")
class LocationController {

    private final LocationService locations;

    LocationController(LocationService locations) {
        this.locations = locations;
    }

    @GetMapping
    @Operation(
            summary = "List locations",
            description = "List live locations, searchable by name. Archived " + "locations never appear.")
    Page<Location> list(
            Tenant tenant,
            @Parameter(description = "Text search on the location name.") @RequestParam(required = false) String search,
            PageRequest page,
            @Sorted(LocationSorts.class) Sort sort) {
        return locations.list(tenant, search, sort, page);
    }

    @GetMapping("/{location_uuid}")
    @Operation(
            summary = "Get location",
            description = "Retrieve a single location by UUID, archived ones included. "
                    + "Raises 404 if the location does not exist.")
    Location get(Tenant tenant, @PathVariable("location_uuid") UUID id) {
        return locations.get(tenant, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create location",
            description = "Create a location. Raises 409 if a live location with the "
                    + "same name (case-insensitive) already exists.")
    Location create(Tenant tenant, @Valid @RequestBody LocationRequests.Create body) {
        return locations.create(tenant, body);
    }

    @PatchMapping("/{location_uuid}")
    @Operation(
            summary = "Update location",
            description = "Update fields of a location; absent fields are unchanged "
                    + "and a field sent as null is cleared (name may not be). Raises 404 if the location does not exist, 409 "
                    + "if base_version does not match or the new name is taken.")
    Location update(
            Tenant tenant,
            @PathVariable("location_uuid") UUID id,
            @Valid @RequestBody LocationRequests.Update body,
            Patch patch) {
        return locations.update(tenant, id, body, patch);
    }

    @PostMapping("/{location_uuid}/archive")
    @Operation(
            summary = "Archive location",
            description = "Soft-delete a location by setting deleted_at, freeing its "
                    + "name. It stays readable by id but leaves lists; archiving again changes nothing. Raises 404 if the "
                    + "location does not exist.")
    Location archive(Tenant tenant, @PathVariable("location_uuid") UUID id) {
        return locations.archive(tenant, id);
    }
}
