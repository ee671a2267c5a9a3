package io.bitewing.coverage.codegroup;

import io.bitewing.practice.procedurecode.ProcedureCodeRequests;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the code group endpoints. */
public final class CodeGroupRequests {

    /** Orders stay small so "one past the current max" can never overflow. */
    static final int MAX_ORDER = 1_000_000;

    static final int MAX_CODES = 500;
    static final String CODE = ProcedureCodeRequests.CODE;
    static final String CODE_MESSAGE = ProcedureCodeRequests.CODE_MESSAGE;

    private CodeGroupRequests() {}

    public record Create(
            @NotBlank @Size(max = 200) @Schema(description = "Display name, e.g. 'BW'; unique among live groups.")
            String name,

            @Size(max = MAX_CODES)
            @Schema(
                    description = "Procedure codes in the group; each must be a live procedure "
                            + "code of the organisation. Defaults to none.")
            List<@NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String> codes,

            @Min(0) @Max(MAX_ORDER) @Schema(description = "Sort order; defaults to one past the current maximum.")
            Integer itemOrder,

            @Schema(description = "Offer the group for frequency limitations. Defaults to true.")
            Boolean showInFrequencies,

            @Schema(description = "Offer the group for age limitations. Defaults to false.")
            Boolean showInAgeLimits) {}

    public record Update(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 200)
            String name,

            @Size(max = MAX_CODES) @Schema(description = "Replaces the group's codes; [] empties the group.")
            List<@NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String> codes,

            @Min(0) @Max(MAX_ORDER) Integer itemOrder,
            Boolean showInFrequencies,
            Boolean showInAgeLimits) {}
}
