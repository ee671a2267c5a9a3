package io.bitewing.estimatebook.entry;

import io.bitewing.shared.web.Ref;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A book's allowed fee for one code and target: computed by a recompute or entered by hand. */
public record AllowedFee(
        @Schema(description = "Allowed fee UUID.") UUID id,
        Ref estimateBook,

        @Schema(description = "The procedure code; its name is the code.")
        Ref procedureCode,

        @Schema(description = "Scope. One of: insurance_plan, group_number, insurance_carrier.")
        ScopeType resolutionScopeType,

        @Schema(description = "The plan an insurance_plan entry is for.")
        Ref insurancePlan,

        @Schema(description = "The carrier an insurance_carrier entry is for.")
        Ref carrier,

        @Schema(description = "The group number a group_number entry is for.")
        String groupNumber,

        Long resolutionScopeIdentifier,

        @Schema(description = "Computed allowed fee amount.")
        BigDecimal allowedFee,

        @Schema(description = "Number of evidence entries used.")
        int sampleCount,

        @Schema(description = "high (10+ samples), medium (3-9), low (1-2, or a schedule or UCR fallback).")
        String confidence,

        @Schema(description = "When the fee was computed.") Instant computedAt,
        Instant expiresAt,

        @Schema(description = "The rule step that yielded the fee; null for a fallback or a manual entry.")
        Ref estimateBookRuleStep,

        @Schema(description = "The run that computed the fee; null for a manual entry.")
        Ref estimateBookRun,

        Instant createdAt,
        Instant updatedAt) {

    public enum ScopeType {
        insurance_plan,
        group_number,
        insurance_carrier
    }
}
