package io.bitewing.feeassignment;

import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.shared.auth.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance")
@Tag(
        name = "Fee Resolution",
        description = "Which assignment fills a slot, and the trace of how a code's fees resolve.")
class FeeResolutionController {

    private final FeeResolution resolution;

    FeeResolutionController(FeeResolution resolution) {
        this.resolution = resolution;
    }

    @GetMapping("/fee-schedule-assignments/resolve")
    @Operation(
            summary = "Resolve assignment for slot",
            description = "Resolve the best-matching fee schedule "
                    + "assignment for a given slot. Uses the standard resolution precedence: plan-specific > carrier-level > "
                    + "location default (resolution_level plan, carrier or location). Assignments whose fee schedule is "
                    + "archived are passed over. Without carrier_uuid the plan's carrier is used. Raises 404 for an unknown "
                    + "location, plan or carrier.")
    FeeResolution.Answer resolve(
            Tenant tenant,
            @Parameter(description = "Location UUID to resolve for.") @RequestParam(name = "location_uuid")
                    UUID locationUuid,
            @Parameter(description = "Assignment kind to resolve (e.g., ucr, primary).") @RequestParam Kind kind,
            @Parameter(description = "Date of service for which to resolve the assignment.")
                    @RequestParam(name = "as_of_date")
                    LocalDate asOfDate,
            @Parameter(description = "Optional carrier UUID for carrier-level resolution.")
                    @RequestParam(name = "carrier_uuid", required = false)
                    UUID carrierUuid,
            @Parameter(description = "Optional plan UUID for plan-level resolution.")
                    @RequestParam(name = "insurance_plan_uuid", required = false)
                    UUID planUuid) {
        return resolution.resolve(tenant, locationUuid, kind, asOfDate, carrierUuid, planUuid);
    }

    @PostMapping("/fee-resolution/debug")
    @Operation(
            summary = "Debug fee resolution",
            description = "Trace the full fee resolution process step by step. "
                    + "Walks the assignment hierarchy for each kind (ucr, primary, copay, etc.) and shows match/skip/miss at "
                    + "each level (plan, carrier, location), with the fee the matched schedule gives the code (clinic and "
                    + "provider, clinic, provider, plain; latest date_effective not after the date). Status: resolved (a UCR "
                    + "fee and a fee from every assignment found), partial, or no_match (no fee at all). Does NOT invoke the "
                    + "full estimation orchestrator. Raises 404 if any referenced entity (location, plan, procedure code, "
                    + "provider) is not found.")
    FeeResolution.Debug debug(Tenant tenant, @Valid @RequestBody FeeAssignmentRequests.Debug body) {
        return resolution.debug(tenant, body);
    }
}
