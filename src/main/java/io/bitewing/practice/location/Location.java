package io.bitewing.practice.location;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A place the practice treats patients; fee schedules are assigned per location. */
public record Location(
        @Schema(description = "Location UUID.") UUID id,

        @Schema(description = "Display name, unique among live locations.")
        String name,

        String addressLine1,
        String addressLine2,
        String city,
        String state,
        String zipCode,
        String phone,

        @Schema(description = "The location's 10-digit NPI.")
        String npi,

        @Schema(description = "Tax identification number billed under.")
        String taxId,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "When the location was archived; null while live.")
        Instant deletedAt) {}
