package io.bitewing.practice.procedurecode;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A procedure the practice bills, identified by its code (CDT-style, e.g. D0120). */
public record ProcedureCode(
        @Schema(description = "Procedure code UUID.") UUID id,

        @Schema(description = "The code, upper-case letters and digits, unique among live codes.")
        String code,

        @Schema(description = "What the procedure is, in the practice's words.")
        String description,

        @Schema(description = "Grouping such as Diagnostic or Preventive.")
        String category,

        @Schema(
                description = "What the procedure is charted against. One of: none, surf, tooth, mouth, quad, "
                        + "sextant, arch, tooth_range.")
        TreatArea treatArea,

        @Schema(description = "Code whose fee insurance pays instead (downgrade), when the condition holds.")
        String substitutionCode,

        @Schema(description = "When the substitution applies. One of: always, posterior, molar, second_molar, never.")
        SubstitutionCondition substitutionCondition,

        @Schema(description = "Whether the code is hidden from default list views.")
        boolean isHidden,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "When the code was archived; null while live.")
        Instant deletedAt,

        @Schema(
                description = "The row's integer number, as the Open Dental dialect names it (its …Num). Assigned "
                        + "by the service, never reused.",
                accessMode = Schema.AccessMode.READ_ONLY)
        Long odNum) {

    public enum TreatArea {
        none,
        surf,
        tooth,
        mouth,
        quad,
        sextant,
        arch,
        tooth_range
    }

    public enum SubstitutionCondition {
        always,
        posterior,
        molar,
        second_molar,
        never
    }
}
