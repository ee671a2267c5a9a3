package io.bitewing.feeassignment;

import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
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
@RequestMapping("/api/v1/{org_id}/insurance/fee-schedule-assignments")
@Tag(
        name = "Fee Schedule Assignments",
        description =
                "Which fee schedule fills which slot: a location, a kind, and optionally a carrier or plan, over a range of dates.")
class FeeAssignmentController {

    private final FeeAssignmentService assignments;

    FeeAssignmentController(FeeAssignmentService assignments) {
        this.assignments = assignments;
    }

    @GetMapping
    @Operation(
            summary = "List assignments",
            description = "List fee schedule assignments with optional filters. By "
                    + "default returns only active (open-ended) assignments. Use active_as_of to find assignments effective on "
                    + "a specific date (ended ones included; active_only is then ignored). Use effective_start_after / "
                    + "effective_start_before for date-range filtering. Archived assignments never appear.")
    Page<FeeAssignment> list(
            Tenant tenant,
            @Parameter(description = "Filter by location UUID.") @RequestParam(name = "location_uuid", required = false)
                    UUID locationUuid,
            @Parameter(description = "Filter by carrier UUID.") @RequestParam(name = "carrier_uuid", required = false)
                    UUID carrierUuid,
            @Parameter(description = "Filter by insurance plan UUID.")
                    @RequestParam(name = "insurance_plan_uuid", required = false)
                    UUID planUuid,
            @Parameter(description = "Filter by assignment kind.")
                    @RequestParam(name = "assignment_kind", required = false)
                    Kind kind,
            @Parameter(description = "Filter by fee schedule UUID.")
                    @RequestParam(name = "fee_schedule_uuid", required = false)
                    UUID scheduleUuid,
            @Parameter(description = "Only return active (open-ended) assignments.")
                    @RequestParam(name = "active_only", defaultValue = "true")
                    boolean activeOnly,
            @Parameter(description = "Return assignments active as of this date.")
                    @RequestParam(name = "active_as_of", required = false)
                    LocalDate activeAsOf,
            @Parameter(description = "Filter: effective_start >= this date.")
                    @RequestParam(name = "effective_start_after", required = false)
                    LocalDate startAfter,
            @Parameter(description = "Filter: effective_start <= this date.")
                    @RequestParam(name = "effective_start_before", required = false)
                    LocalDate startBefore,
            PageRequest page) {
        return assignments.list(
                tenant,
                new FeeAssignmentService.Filter(
                        locationUuid,
                        carrierUuid,
                        planUuid,
                        kind,
                        scheduleUuid,
                        activeOnly,
                        activeAsOf,
                        startAfter,
                        startBefore),
                page);
    }

    @GetMapping("/upcoming")
    @Operation(
            summary = "List upcoming changes",
            description =
                    "List future-dated assignments (effective_start > "
                            + "today, UTC). These represent upcoming changes that will take effect in the future; soonest first.")
    Page<FeeAssignment> upcoming(
            Tenant tenant,
            @Parameter(description = "Filter by location.") @RequestParam(name = "location_uuid", required = false)
                    UUID locationUuid,
            PageRequest page) {
        return assignments.upcoming(tenant, locationUuid, page);
    }

    @GetMapping("/{assignment_uuid}")
    @Operation(
            summary = "Get assignment",
            description = "Get a single fee schedule assignment by UUID, archived ones "
                    + "included. Raises 404 if the assignment does not exist.")
    FeeAssignment get(Tenant tenant, @PathVariable("assignment_uuid") UUID id) {
        return assignments.get(tenant, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create assignment",
            description = "Create a new fee schedule assignment linking a schedule to "
                    + "a location slot. effective_start defaults to today. Validates purpose-kind compatibility and checks for "
                    + "date-range overlaps. Raises 409 if an overlapping assignment already exists in the same slot. Raises 422 "
                    + "if the fee schedule purpose is incompatible with the assignment kind or the schedule is archived; 404 "
                    + "for an unknown location, carrier, plan, schedule or estimate book.")
    FeeAssignment create(Tenant tenant, @Valid @RequestBody FeeAssignmentRequests.Create body) {
        return assignments.create(tenant, body);
    }

    @PatchMapping("/{assignment_uuid}")
    @Operation(
            summary = "Update assignment",
            description =
                    "Update a fee schedule assignment. The slot fields "
                            + "(location, carrier, plan, kind) are immutable. Re-validates purpose-kind compatibility if fee_schedule_uuid "
                            + "changes. Re-checks date overlap if effective dates change. Raises 409 if version is stale or dates overlap.")
    FeeAssignment update(
            Tenant tenant,
            @PathVariable("assignment_uuid") UUID id,
            @Valid @RequestBody FeeAssignmentRequests.Update body,
            Patch patch) {
        return assignments.update(tenant, id, body, patch);
    }

    @PostMapping("/{assignment_uuid}/archive")
    @Operation(
            summary = "Archive assignment",
            description = "Archive (soft-delete) a fee schedule assignment; its "
                    + "dates in the slot become free. Raises 404 if the assignment does not exist.")
    FeeAssignment archive(Tenant tenant, @PathVariable("assignment_uuid") UUID id) {
        return assignments.archive(tenant, id);
    }

    @PostMapping("/bulk")
    @Operation(
            summary = "Bulk assign to locations",
            description = "Assign a fee schedule to multiple locations in a "
                    + "single request. Each location is processed independently inside a savepoint — failures on individual "
                    + "locations (unknown location 404, overlap 409) do not roll back other locations. Returns a per-location "
                    + "result set with success/failure status. Raises 422 if assignment_kind is invalid or fee schedule purpose "
                    + "is incompatible.")
    FeeAssignmentService.BulkOutcome bulk(Tenant tenant, @Valid @RequestBody FeeAssignmentRequests.Bulk body) {
        return assignments.bulk(tenant, body);
    }
}
