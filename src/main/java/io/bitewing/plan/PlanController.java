package io.bitewing.plan;

import io.bitewing.plan.Plan.PlanType;
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
@RequestMapping("/api/v1/{org_id}/insurance/plans")
@Tag(name = "Plans", description = "Insurance plans: a carrier's product with its claim, COB and estimate settings.")
class PlanController {

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping
    @Operation(
            summary = "List insurance plans",
            description =
                    "List insurance plans with optional filters, search, "
                            + "and sorting. Use carrier_uuid to show only plans belonging to a specific carrier. Archived plans never appear.")
    Page<Plan> list(
            Tenant tenant,
            @Parameter(description = "Filter plans by carrier UUID.")
                    @RequestParam(name = "carrier_uuid", required = false)
                    UUID carrierUuid,
            @Parameter(description = "Filter by plan type.") @RequestParam(name = "plan_type", required = false)
                    PlanType planType,
            @Parameter(description = "Text search on plan name/group.") @RequestParam(required = false) String search,
            @Parameter(description = "Include hidden plans.")
                    @RequestParam(name = "include_hidden", defaultValue = "false")
                    boolean includeHidden,
            PageRequest page,
            @Sorted(PlanSorts.class) Sort sort) {
        return plans.list(tenant, new PlanService.Filter(carrierUuid, planType, search, includeHidden), sort, page);
    }

    @GetMapping("/{plan_uuid}")
    @Operation(
            summary = "Get insurance plan",
            description = "Retrieve a single insurance plan by UUID, archived ones "
                    + "included; with include_benefits=true its live benefit rows come in `benefits`. Raises 404 if the plan "
                    + "does not exist.")
    PlanWithBenefits get(
            Tenant tenant,
            @PathVariable("plan_uuid") UUID id,
            @Parameter(description = "Eagerly load benefit rows for this plan.")
                    @RequestParam(name = "include_benefits", defaultValue = "false")
                    boolean includeBenefits) {
        return includeBenefits ? plans.getWithBenefits(tenant, id) : new PlanWithBenefits(plans.get(tenant, id), null);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create insurance plan",
            description =
                    "Create a new insurance plan under a carrier. Raises "
                            + "404 if the carrier_uuid does not exist or is archived. Unset settings take their documented defaults.")
    Plan create(Tenant tenant, @Valid @RequestBody PlanRequests.Create body) {
        return plans.create(tenant, body);
    }

    @PatchMapping("/{plan_uuid}")
    @Operation(
            summary = "Update insurance plan",
            description = "Update mutable fields on an existing insurance plan "
                    + "(plan_type is fixed at creation). Returns the updated plan and the count of active subscribers affected "
                    + "(live subscriptions neither terminated nor inactive). "
                    + "Raises 404 if the plan does not exist, 409 if base_version does not match.")
    PlanService.PlanUpdated update(
            Tenant tenant,
            @PathVariable("plan_uuid") UUID id,
            @Valid @RequestBody PlanRequests.Update body,
            Patch patch) {
        return plans.update(tenant, id, body, patch);
    }

    @PostMapping("/{plan_uuid}/archive")
    @Operation(
            summary = "Archive insurance plan",
            description = "Soft-delete a plan by setting deleted_at. It stays "
                    + "readable by id but leaves default lists. Raises 404 if the plan does not exist. The answer "
                    + "is the plan with patient_plans_holding: the patient plans still in force through it. From "
                    + "now on an estimate pays nothing from the plan and says so in each line's notes. With "
                    + "end_coverage=true the plan's subscriptions in force are terminated today and their patient "
                    + "plans set inactive, in the same transaction (patient_plans_ended counts them).")
    PlanArchived archive(
            Tenant tenant,
            @PathVariable("plan_uuid") UUID id,
            @Parameter(description = "Also end the coverage the plan still gives: terminate its subscriptions today.")
                    @RequestParam(name = "end_coverage", defaultValue = "false")
                    boolean endCoverage) {
        return plans.archive(tenant, id, endCoverage);
    }
}
