package io.bitewing.feeassignment;

import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.shared.auth.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance/fee-schedule-assignments")
@Tag(name = "Fee Schedule Assignments")
class FeeAssignmentReportController {

    private final FeeAssignmentReports reports;

    FeeAssignmentReportController(FeeAssignmentReports reports) {
        this.reports = reports;
    }

    @GetMapping("/activity")
    @Operation(
            summary = "Assignment activity log",
            description = "Return audit log entries for fee schedule "
                    + "assignment changes. Shows create, update, and archive actions on assignments (field names only), "
                    + "ordered newest-first.")
    FeeAssignmentReports.ActivityPage activity(
            Tenant tenant,
            @Parameter(description = "Max entries to return (1-200).") @RequestParam(defaultValue = "20") int limit,
            @Parameter(description = "Offset for pagination.") @RequestParam(defaultValue = "0") int offset) {
        return reports.activity(tenant, limit, offset);
    }

    @GetMapping("/matrix")
    @Operation(
            summary = "Assignment matrix",
            description = "Build a cross-tab matrix of plans x locations for a given "
                    + "assignment kind, as of today. Returns column headers (locations) and rows: first the location default "
                    + "(labelled UCR for the ucr kind, which has only that row), then one row per live plan, each cell "
                    + "containing the fee schedule assigned in exactly that slot or null.")
    FeeAssignmentReports.Matrix matrix(
            Tenant tenant,
            @Parameter(description = "Assignment kind to display (e.g., 'primary', 'ucr').") @RequestParam Kind kind,
            @Parameter(description = "Filter by carrier.") @RequestParam(name = "carrier_uuid", required = false)
                    UUID carrierUuid) {
        return reports.matrix(tenant, kind, carrierUuid);
    }

    @GetMapping("/compare")
    @Operation(
            summary = "Compare plan across locations",
            description = "Compare a single plan's assignments across "
                    + "all locations for a given kind. Shows which fee schedule resolves at each location today and at which "
                    + "level (plan, carrier, location; null when none). Raises 404 if the plan does not exist.")
    FeeAssignmentReports.Comparison compare(
            Tenant tenant,
            @Parameter(description = "Insurance plan UUID to compare.") @RequestParam(name = "plan_uuid") UUID planUuid,
            @Parameter(description = "Assignment kind to compare (e.g., 'primary').") @RequestParam Kind kind) {
        return reports.compare(tenant, planUuid, kind);
    }

    @GetMapping("/validate")
    @Operation(
            summary = "Validate assignments",
            description = "Run assignment health checks and return a validation "
                    + "report. Checks include: missing UCR, missing primary (in-network plans), archived schedule references, "
                    + "date overlaps, purpose/kind mismatches, and invalid estimate book references. Each issue names its "
                    + "assignment, or its location and plan when the problem is a missing one. Optionally filter to a single "
                    + "location.")
    FeeAssignmentReports.Validation validate(
            Tenant tenant,
            @Parameter(description = "Filter validation to a specific location.")
                    @RequestParam(name = "location_uuid", required = false)
                    UUID locationUuid) {
        return reports.validate(tenant, locationUuid);
    }
}
