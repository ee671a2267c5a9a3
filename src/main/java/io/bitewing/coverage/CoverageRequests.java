package io.bitewing.coverage;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Request bodies of the coverage category and span endpoints. */
final class CoverageRequests {

    /** Orders stay small so "one past the current max" can never overflow. */
    static final int MAX_ORDER = 1_000_000;

    /**
     * A span bound is shaped as a code a span can order: a letter and four digits (D0120, also N4102 or a local
     * Z1234), then at most ten more letters, digits, dots or dashes. Free text ("hello") orders nowhere useful and
     * would silently cover arbitrary codes.
     */
    static final String CODE = "[A-Za-z]\\d{4}[A-Za-z0-9.-]{0,10}";

    static final String CODE_MESSAGE = "must be a procedure code: a letter and four digits, e.g. D0100, then at most "
            + "ten letters, digits, dots or dashes";

    private CoverageRequests() {}

    record CreateCategory(
            @NotBlank @Size(max = 200) @Schema(description = "Display name for the category (e.g., 'Preventive').")
            String categoryName,

            @Size(max = 2000) String description,
            Boolean isHidden,

            @Min(0) @Max(MAX_ORDER) @Schema(description = "Sort order; defaults to one past the current maximum.")
            Integer itemOrder) {}

    record UpdateCategory(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 200)
            String categoryName,

            @Size(max = 2000) String description,
            Boolean isHidden,
            @Min(0) @Max(MAX_ORDER) Integer itemOrder) {}

    record Reorder(
            @NotEmpty @Size(max = 500) @Schema(description = "List of category UUIDs with their new sort orders.")
            List<@NotNull @Valid ReorderItem> items) {}

    record ReorderItem(
            @NotNull UUID categoryUuid,
            @NotNull @Min(0) @Max(MAX_ORDER) Integer itemOrder) {}

    record CreateSpan(
            @NotNull
            @Pattern(regexp = CODE, message = CODE_MESSAGE)
            @Schema(description = "Start of the procedure code range (inclusive, e.g., 'D0100').")
            String fromCode,

            @NotNull
            @Pattern(regexp = CODE, message = CODE_MESSAGE)
            @Schema(description = "End of the procedure code range (inclusive, e.g., 'D0999').")
            String toCode,

            @Schema(description = "Exclude the range from the category instead of adding it. Default false.")
            Boolean isExclusion,

            @Min(0) @Max(MAX_ORDER) @Schema(description = "Sort order; defaults to one past the category's maximum.")
            Integer itemOrder) {}

    record UpdateSpan(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            @Pattern(regexp = CODE, message = CODE_MESSAGE) String fromCode,
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String toCode,
            Boolean isExclusion,
            @Min(0) @Max(MAX_ORDER) Integer itemOrder) {}
}
