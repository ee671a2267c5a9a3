package io.bitewing.subscription;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Items;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The plan routes that count subscribers; served here because subscriptions are what they count. */
@RestController
@RequestMapping("/api/v1/{org_id}/insurance/plans")
@Tag(name = "Plans", description = "Insurance plans: a carrier's product with its claim, COB and estimate settings.")
class PlanStatsController {

    private final SubscriptionService subscriptions;

    PlanStatsController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/stats")
    @Operation(
            summary = "Plan stats",
            description = "Batch stats for all active plans — subscriber counts, active "
                    + "patient plan counts and fee schedule counts, one entry per plan, computed in one query. Designed for "
                    + "lazy-loading alongside the plan list so the main table renders immediately.")
    Items<PlanStats> stats(Tenant tenant) {
        return new Items<>(subscriptions.planStats(tenant));
    }

    @GetMapping("/{plan_uuid}/subscriber-count")
    @Operation(
            summary = "Get subscriber count",
            description = "Return the active subscriber and patient plan counts "
                    + "for a specific plan. Active means live and neither terminated nor inactive. Raises 404 if the plan does "
                    + "not exist.")
    PlanSubscriberCount subscriberCount(Tenant tenant, @PathVariable("plan_uuid") UUID id) {
        return subscriptions.subscriberCount(tenant, id);
    }
}
