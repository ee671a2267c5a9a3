package io.bitewing.subscription;

import io.bitewing.subscription.Subscription.Status;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the subscription endpoints. */
public final class SubscriptionRequests {

    static final String NOT_BLANK = ".*\\S.*";

    private SubscriptionRequests() {}

    public record Create(
            @NotNull @Schema(description = "UUID of the insurance plan to subscribe to.")
            UUID insurancePlanUuid,

            @NotNull @Schema(description = "UUID of the patient who is the subscriber.")
            UUID subscriberUuid,

            @NotNull
            @Pattern(regexp = NOT_BLANK, message = "must not be blank")
            @Size(max = 50)
            @Schema(description = "Subscriber ID number assigned by the carrier.")
            String subscriberIdNumber,

            @Schema(description = "One of: active, terminated, pending_verification. Default active.")
            Status status,

            LocalDate dateEffective,
            LocalDate dateTerm,
            @Size(max = 4000) String benefitNotes,
            @Size(max = 4000) String subscriberNote) {}

    /** Fields left out keep their value; nulls clear the optional ones. */
    public record Update(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 50)
            String subscriberIdNumber,

            @Schema(description = "One of: active, terminated, pending_verification.")
            Status status,

            LocalDate dateEffective,
            LocalDate dateTerm,
            @Size(max = 4000) String benefitNotes,
            @Size(max = 4000) String subscriberNote,
            Instant lastVerifiedAt,
            @Size(max = 50) String lastVerifiedSource) {}

    public record Terminate(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            @NotNull @Schema(description = "Date the subscription terminates.")
            LocalDate terminationDate) {}

    public record BulkTerminate(
            @NotEmpty @Size(max = 500) @Schema(description = "UUIDs of subscriptions to terminate.")
            List<@NotNull UUID> subscriptionIds,

            @NotNull @Schema(description = "Termination date to apply to all subscriptions.")
            LocalDate termDate) {}
}
