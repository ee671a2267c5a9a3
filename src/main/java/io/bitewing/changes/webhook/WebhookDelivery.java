package io.bitewing.changes.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** One change (or a ping) sent to one endpoint, with how its attempts went. */
@Schema(description = "One change (or a ping) sent to one endpoint, and how its attempts went.")
public record WebhookDelivery(
        @Schema(description = "The delivery's id: the webhook-id header, the same on every attempt.")
        UUID id,

        UUID endpointId,

        @Schema(description = "The change delivered (its id in the change feed); null for a ping.", nullable = true)
        UUID changeId,

        @Schema(description = "entity_type.action, e.g. insurance_plan.update; webhook.ping for a ping.")
        String eventType,

        @Schema(nullable = true) String entityType,

        @Schema(nullable = true) UUID entityId,

        @Schema(
                description = "pending: not yet attempted (or sent again on request); retrying: an attempt failed "
                        + "and the next waits (next_attempt_at); succeeded: the receiver answered 2xx; failed: a ping the "
                        + "receiver did not accept (pings are not retried).",
                allowableValues = {"pending", "retrying", "succeeded", "failed"})
        String status,

        int attempts,

        @Schema(nullable = true) Instant nextAttemptAt,

        @Schema(description = "The HTTP status of the last attempt; null when none answered.", nullable = true)
        Integer lastStatusCode,

        @Schema(description = "What went wrong on the last attempt; null after a success.", nullable = true)
        String lastError,

        @Schema(nullable = true) Instant lastAttemptAt,

        @Schema(nullable = true) Instant deliveredAt,

        Instant createdAt) {}
