package io.bitewing.coverage;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A procedure code span: an inclusive range of codes, compared as strings, that a category covers or excludes. */
public record CoverageSpan(
        @Schema(description = "Span UUID.") UUID id,

        @Schema(description = "The category the span belongs to.")
        UUID categoryUuid,

        @Schema(description = "Start of the procedure code range (inclusive, e.g., 'D0100').")
        String fromCode,

        @Schema(description = "End of the procedure code range (inclusive, e.g., 'D0999').")
        String toCode,

        @Schema(description = "Whether the range removes codes from the category instead of adding them.")
        boolean isExclusion,

        @Schema(description = "Sort order among the category's spans.")
        int itemOrder,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        Instant createdAt,
        Instant updatedAt) {}
