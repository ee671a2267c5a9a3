package io.bitewing.subscription;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** How many subscribers and patients one plan covers now. */
public record PlanSubscriberCount(
        @Schema(description = "UUID of the plan.") UUID planUuid,

        @Schema(description = "Number of active subscribers (subscriptions) on this plan.")
        long subscriberCount,

        @Schema(description = "Number of active patient plans linked to this plan's subscriptions.")
        long activePatientPlanCount) {}
