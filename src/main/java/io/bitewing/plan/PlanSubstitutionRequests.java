package io.bitewing.plan;

import io.bitewing.practice.procedurecode.ProcedureCode.SubstitutionCondition;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the plan substitution endpoints. */
public final class PlanSubstitutionRequests {

    private PlanSubstitutionRequests() {}

    public record Create(
            @NotBlank @Size(max = 15) @Schema(description = "A procedure code of the organisation.")
            String code,

            @NotBlank @Size(max = 15) @Schema(description = "The procedure code to pay it as.")
            String substituteCode,

            @Schema(description = "Defaults to always.") SubstitutionCondition condition) {}

    public record Update(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            @Size(max = 15) String substituteCode,
            SubstitutionCondition condition) {}
}
