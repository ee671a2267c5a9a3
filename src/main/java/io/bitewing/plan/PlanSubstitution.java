package io.bitewing.plan;

import io.bitewing.practice.procedurecode.ProcedureCode.SubstitutionCondition;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** For one plan, which code a procedure is paid as (its downgrade) and when. */
public record PlanSubstitution(
        UUID id,

        @Schema(description = "The plan this link belongs to.")
        UUID planUuid,

        @Schema(description = "The procedure code performed, e.g. D2391.")
        String code,

        @Schema(description = "The code the plan pays it as, e.g. D2140.")
        String substituteCode,

        @Schema(description = "When the substitution applies. One of: always, posterior, molar, second_molar, never.")
        SubstitutionCondition condition,

        int version,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt) {}
