package io.bitewing.coverage;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A coverage category as the reference's category output shows it. {@code spans} is always sent, as the reference's
 * item shape has it: {@code null} means "not loaded" (a list without {@code include_spans}), an empty array "has none".
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

        @Schema(
                description =
                        "The category's procedure code spans. Always sent: null when not loaded (a list without "
                                + "include_spans=true, a get with include_spans=false), an empty array when the category has none.",
                nullable = true)
        List<CoverageSpan> spans,

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
