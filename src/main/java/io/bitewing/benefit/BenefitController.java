package io.bitewing.benefit;

import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.benefit.BenefitSetService.Copied;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/v1/{org_id}/insurance/plans/{plan_uuid}/benefits")
@Tag(
        name = "Plan benefits",
        description =
                "A plan's benefit rules: coinsurance, deductibles, maximums, limitations, "
                        + "waiting periods, exclusions and copayments, each general or aimed at a category, code group or code.")
class BenefitController {

    private final BenefitService benefits;
    private final BenefitSetService sets;

    BenefitController(BenefitService benefits, BenefitSetService sets) {
        this.benefits = benefits;
        this.sets = sets;
    }

    @GetMapping
    @Operation(
            summary = "List plan benefits",
            description = "List benefits for an insurance plan with optional type "
                    + "filter, in creation order. Deleted benefits never appear. Raises 404 if the plan does not exist. "
                    + "benefit_set_version is the version of the whole set, for a bulk set's base_version.")
    BenefitSetPage list(
            Tenant tenant,
            @PathVariable("plan_uuid") UUID planId,
            PageRequest page,
            @Parameter(description = "Filter by benefit type (e.g., coinsurance, deductible, annual_max).")
                    @RequestParam(name = "benefit_type", required = false)
                    BenefitType benefitType) {
        return benefits.list(tenant, planId, benefitType, page);
    }

    @GetMapping("/{benefit_uuid}")
    @Operation(
            summary = "Get benefit",
            description = "Retrieve a single benefit by UUID. Raises 404 if the plan or "
                    + "benefit does not exist, or the benefit was deleted.")
    Benefit get(Tenant tenant, @PathVariable("plan_uuid") UUID planId, @PathVariable("benefit_uuid") UUID id) {
        return benefits.get(tenant, planId, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create benefit",
            description = "Create a benefit rule for an insurance plan. Raises 404 if "
                    + "the plan or any referenced entity (coverage category, code group, procedure or substitution code; "
                    + "an archived one counts as unknown) does not exist, the detail naming the field; 422 naming the "
                    + "field for a broken benefit rule, checked first; 409 if the plan already has a live benefit with the "
                    + "same type, target, coverage level and time period (for limitations, quantity qualifier), or on "
                    + "idempotency conflict.")
    Benefit create(
            Tenant tenant, @PathVariable("plan_uuid") UUID planId, @Valid @RequestBody BenefitRequests.Create body) {
        return benefits.create(tenant, planId, body);
    }

    @PatchMapping("/{benefit_uuid}")
    @Operation(
            summary = "Update benefit",
            description = "Update mutable fields on a benefit rule; a field sent as "
                    + "null is cleared. The result must satisfy the same rules as a new benefit. Raises 404 if the plan or "
                    + "benefit does not exist, or a newly referenced entity does not (the detail naming the field). Raises 409 if base_version does not match or the change duplicates another "
                    + "live benefit.")
    Benefit update(
            Tenant tenant,
            @PathVariable("plan_uuid") UUID planId,
            @PathVariable("benefit_uuid") UUID id,
            @Valid @RequestBody BenefitRequests.Update body,
            Patch patch) {
        return benefits.update(tenant, planId, id, body, patch);
    }

    @DeleteMapping("/{benefit_uuid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete benefit",
            description = "Delete a benefit rule: it leaves the plan for good (404 "
                    + "from then on) and is kept only for history. Raises 404 if the plan or benefit does not exist.")
    void delete(Tenant tenant, @PathVariable("plan_uuid") UUID planId, @PathVariable("benefit_uuid") UUID id) {
        benefits.delete(tenant, planId, id);
    }

    @PostMapping("/bulk")
    @Operation(
            summary = "Bulk set benefits",
            description = "Replace all benefits for a plan with the provided set "
                    + "(at most 500), in one transaction. Every row is validated first: any problem is a 422 whose loc names "
                    + "the row, e.g. [\"body\", \"benefits\", 3, \"percent\"], and nothing changes; so are two rows with the "
                    + "same rule. Existing benefits are then deleted and replaced. Raises 404 if the plan does not exist. "
                    + "With base_version (the benefit_set_version the list answered), 409 when the set has "
                    + "changed since, and nothing changes.")
    BenefitSetPage bulkSet(
            Tenant tenant, @PathVariable("plan_uuid") UUID planId, @Valid @RequestBody BenefitRequests.BulkSet body) {
        return sets.replace(tenant, planId, body);
    }

    @PostMapping("/copy-from/{source_plan_uuid}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Copy benefits from another plan",
            description = "Copy all benefits from a source plan to "
                    + "the target plan. Existing benefits on the target plan are not removed; source benefits whose rule the "
                    + "target already has are skipped and counted in skipped. Raises 404 if either plan does not exist, 422 "
                    + "if they are the same plan.")
    Copied copyFrom(
            Tenant tenant,
            @PathVariable("plan_uuid") UUID planId,
            @PathVariable("source_plan_uuid") UUID sourcePlanId) {
        return sets.copyFrom(tenant, planId, sourcePlanId);
    }
}
