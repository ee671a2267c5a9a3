package io.bitewing.subscription;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** Counts for one live plan, for lazy-loading beside the plan list. */
public record PlanStats(
        @Schema(description = "UUID of the plan.") UUID planUuid,
        String groupName,

        @Schema(description = "Number of active subscribers (subscriptions) on this plan.")
        long subscriberCount,

        @Schema(description = "Number of active patient plans linked to this plan's subscriptions.")
        long activePatientPlanCount,

        @Schema(description = "Number of live fee schedule assignments of this plan.")
        long feeScheduleCount) {}
