package io.bitewing.coverage;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A coverage category as the reference's category output shows it. {@code spans} is present only when the caller
 * asked for them; absent means "not loaded", an empty array means "has none".
 */
public record CoverageCategory(
        @Schema(description = "Category UUID.") UUID id,

        @Schema(description = "Display name of the category.")
        String categoryName,

        String description,

        @Schema(description = "Whether hidden from default list views.")
        boolean isHidden,

        @Schema(description = "Whether this is a system-seeded category protected from archiving.")
        boolean isSystem,

        @Schema(description = "Sort order among categories; when several categories contain a code, the highest wins.")
        int itemOrder,

        @JsonInclude(JsonInclude.Include.NON_NULL) List<CoverageSpan> spans,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,

        @Schema(
                description = "The row's integer number, as the Open Dental dialect names it (its …Num). Assigned "
                        + "by the service, never reused.",
                accessMode = Schema.AccessMode.READ_ONLY)
        Long odNum) {

    CoverageCategory withSpans(List<CoverageSpan> loaded) {
        return new CoverageCategory(
                id,
                categoryName,
                description,
                isHidden,
                isSystem,
                itemOrder,
                List.copyOf(loaded),
                version,
                createdAt,
                updatedAt,
                deletedAt,
                odNum);
    }
}
