package io.bitewing.practice.procedurecode;

import io.bitewing.practice.procedurecode.ProcedureCode.SubstitutionCondition;
import io.bitewing.practice.procedurecode.ProcedureCode.TreatArea;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** Request bodies of the procedure code endpoints, and the rules they share with the import. */
public final class ProcedureCodeRequests {

    /** The shape of a procedure code wherever one is written (codes, spans, code groups). */
    public static final String CODE = "[A-Za-z0-9.-]{1,15}";

    public static final String CODE_MESSAGE = "must be 1 to 15 letters, digits, dots or dashes, e.g. D0120 or D0120.1";
    static final int DESCRIPTION_MAX = 1000;
    static final int CATEGORY_MAX = 100;

    private ProcedureCodeRequests() {}

    /** Codes are stored upper-case, so "d0120" and "D0120" are one code. */
    static String normalise(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    public record Create(
            @NotBlank
            @Pattern(regexp = CODE, message = CODE_MESSAGE)
            @Schema(description = "The code, e.g. D0120: 1-10 letters or digits, stored upper-case.")
            String code,

            @NotBlank @Size(max = DESCRIPTION_MAX) @Schema(description = "What the procedure is.")
            String description,

            @Size(max = CATEGORY_MAX) @Schema(description = "Grouping such as Diagnostic.")
            String category,

            @Schema(description = "Defaults to none.") TreatArea treatArea,
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String substitutionCode,
            @Schema(description = "Defaults to never.") SubstitutionCondition substitutionCondition,
            @Schema(description = "Defaults to false.") Boolean isHidden) {}

    record Update(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,

            @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = DESCRIPTION_MAX)
            String description,

            @Size(max = CATEGORY_MAX) String category,
            TreatArea treatArea,
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String substitutionCode,
            SubstitutionCondition substitutionCondition,
            Boolean isHidden) {}

    /** One element of a JSON import; documents the shape only, the import reads rows leniently to report each. */
    record ImportItem(
            @Schema(description = "Required; 1-10 letters or digits.")
            String code,

            @Schema(description = "Required.") String description,

            @Schema(description = "Blank clears the category.")
            String category,

            @Schema(description = "Blank means none.") TreatArea treatArea) {}
}
