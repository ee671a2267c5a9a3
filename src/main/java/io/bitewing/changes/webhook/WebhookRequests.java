package io.bitewing.changes.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Request bodies of the webhook endpoints. */
final class WebhookRequests {

    private WebhookRequests() {}

    record Create(
            @NotBlank
            @Size(max = 2000)
            @Schema(
                    description = "An https URL that resolves to public addresses only.",
                    example = "https://pms.example.com/hooks/bitewing")
            String url,

            @Size(max = 500) @Schema(example = "Mirror of carriers, plans and coverage")
            String description,

            @Size(max = 100)
            @Schema(
                    description = "Entity types (every action) or type.action; omit or empty for every change.",
                    example = "[\"carrier\", \"insurance_plan\", \"benefit.delete\"]")
            List<@NotBlank String> eventTypes) {}

    record Update(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 2000)
            String url,

            @Size(max = 500) String description,

            @Size(max = 100) List<@NotBlank String> eventTypes,

            @Schema(
                    description = "active resumes deliveries (and clears the failure count); disabled " + "holds them.",
                    allowableValues = {"active", "disabled"})
            @Pattern(regexp = "active|disabled", message = "must be one of: active, disabled")
            String status) {}

    record Redeliver(
            @NotNull
            @Schema(
                    description = "Every delivery made at or after this time is sent again, in order.",
                    example = "2026-12-01T00:00:00Z")
            Instant since) {}
}
