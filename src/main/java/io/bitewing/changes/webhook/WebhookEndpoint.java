package io.bitewing.changes.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A URL the organisation's changes are delivered to. The secret is shown once, when the endpoint is created. */
@Schema(description = "A URL the organisation's changes are delivered to, signed with the endpoint's secret.")
public record WebhookEndpoint(
        @Schema(description = "Webhook endpoint UUID.") UUID id,

        @Schema(description = "Where deliveries are POSTed.")
        String url,

        @Schema(nullable = true) String description,

        @Schema(
                description = "The events delivered: an entity type (every action of it, e.g. carrier) or "
                        + "type.action (e.g. benefit.delete); empty for every change.")
        List<String> eventTypes,

        @Schema(
                description = "active: deliveries are sent; disabled: they wait (after a run of failures, or "
                        + "set by a client) and resume when the endpoint is made active again.",
                allowableValues = {"active", "disabled"})
        String status,

        @Schema(description = "Why the endpoint was disabled; null while active.", nullable = true)
        String disabledReason,

        @Schema(description = "Failed dispatch passes in a row; a success resets it.")
        int consecutiveFailures,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        Instant createdAt,
        Instant updatedAt,

        @Schema(
                description = "The signing secret (Standard Webhooks whsec_ form). Only in the answer to the "
                        + "create; every other answer has null.",
                nullable = true)
        String secret) {

    WebhookEndpoint withSecret(String secret) {
        return new WebhookEndpoint(
                id,
                url,
                description,
                eventTypes,
                status,
                disabledReason,
                consecutiveFailures,
                version,
                createdAt,
                updatedAt,
                secret);
    }
}
