package io.bitewing.feeassignment;

import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Assignments seen from a location or a plan. */
@RestController
@RequestMapping("/api/v1/{org_id}/insurance")
@Tag(name = "Fee Schedule Assignments")
class FeeAssignmentScopeController {

    private final FeeAssignmentService assignments;

    FeeAssignmentScopeController(FeeAssignmentService assignments) {
        this.assignments = assignments;
    }

    @GetMapping("/locations/{location_uuid}/fee-schedule-assignments")
    @Operation(
            summary = "List assignments at location",
            description = "List all fee schedule assignments at a "
                    + "specific location. Raises 404 if the location does not exist.")
    Page<FeeAssignment> atLocation(
            Tenant tenant,
            @PathVariable("location_uuid") UUID locationId,
            @Parameter(description = "Filter by assignment kind.")
                    @RequestParam(name = "assignment_kind", required = false)
                    Kind kind,
            @Parameter(description = "Only return active (open-ended) assignments.")
                    @RequestParam(name = "active_only", defaultValue = "true")
                    boolean activeOnly,
            PageRequest page) {
        return assignments.listAtLocation(tenant, locationId, kind, activeOnly, page);
    }

    @GetMapping("/plans/{plan_uuid}/fee-schedule-assignments")
    @Operation(
            summary = "List assignments for plan",
            description = "List all fee schedule assignments for a specific "
                    + "insurance plan. Raises 404 if the plan does not exist.")
    Page<FeeAssignment> forPlan(
            Tenant tenant,
            @PathVariable("plan_uuid") UUID planId,
            @Parameter(description = "Filter by assignment kind.")
                    @RequestParam(name = "assignment_kind", required = false)
                    Kind kind,
            @Parameter(description = "Only return active (open-ended) assignments.")
                    @RequestParam(name = "active_only", defaultValue = "true")
                    boolean activeOnly,
            PageRequest page) {
        return assignments.listForPlan(tenant, planId, kind, activeOnly, page);
    }
}
