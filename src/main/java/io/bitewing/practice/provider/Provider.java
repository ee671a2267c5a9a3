package io.bitewing.practice.provider;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A dentist or hygienist who performs procedures; provider fees and claims name them. */
public record Provider(
        @Schema(description = "Provider UUID.") UUID id,
        @Schema(description = "Given name.") String firstName,
        @Schema(description = "Family name.") String lastName,

        @Schema(description = "The provider's 10-digit individual NPI.")
        String npi,

        @Schema(description = "Free-text specialty, e.g. General dentistry.")
        String specialty,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "When the provider was archived; null while live.")
        Instant deletedAt) {}
