package io.bitewing.coverage.codegroup;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A named set of procedure codes that frequency and age limitations target (Open Dental's code groups). */
public record CodeGroup(
        @Schema(description = "Code group UUID.") UUID id,

        @Schema(description = "Display name, unique among live code groups.")
        String name,

        @Schema(description = "The procedure codes in the group, in code order.")
        List<String> codes,

        @Schema(description = "Sort order among code groups.")
        int itemOrder,

        @Schema(description = "Whether the group is offered for frequency limitations.")
        boolean showInFrequencies,

        @Schema(description = "Whether the group is offered for age limitations.")
        boolean showInAgeLimits,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "When the group was archived; null while live.")
        Instant deletedAt,

        @Schema(
                description = "The row's integer number, as the Open Dental dialect names it (its …Num). Assigned "
                        + "by the service, never reused.",
                accessMode = Schema.AccessMode.READ_ONLY)
        Long odNum) {

    CodeGroup withCodes(List<String> loaded) {
        return new CodeGroup(
                id,
                name,
                List.copyOf(loaded),
                itemOrder,
                showInFrequencies,
                showInAgeLimits,
                version,
                createdAt,
                updatedAt,
                deletedAt,
                odNum);
    }
}
