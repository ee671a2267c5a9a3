package io.bitewing.benefit;

import io.bitewing.plan.Plan;
import io.bitewing.shared.auth.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Cloning copies a plan's benefits, which this module owns, so the endpoint lives here rather than in plan. */
@RestController
@Tag(name = "Plans")
class PlanCloneController {

    private final BenefitSetService sets;

    PlanCloneController(BenefitSetService sets) {
        this.sets = sets;
    }

    @PostMapping("/api/v1/{org_id}/insurance/plans/{plan_uuid}/clone")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Clone insurance plan",
            description = "Create a copy of an existing plan with all its "
                    + "settings and benefits, in one transaction. Optionally provide new_group_name and new_group_number to "
                    + "override the cloned plan's group name/number instead of using the default \"(Copy)\" suffix. Raises "
                    + "404 if the source plan does not exist.")
    Plan clone(
            Tenant tenant,
            @PathVariable("plan_uuid") UUID planId,
            @Valid @RequestBody(required = false) BenefitRequests.Clone body) {
        return sets.clone(tenant, planId, body);
    }
}
