package io.bitewing.estimatebook.entry;

import io.bitewing.shared.web.Ref;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One observed claim payment for one procedure: what a recompute learns allowed fees from. */
public record Evidence(
        @Schema(description = "Evidence entry UUID.") UUID id,
        Ref estimateBook,

        @Schema(description = "The procedure code observed; its name is the code.")
        Ref procedureCode,

        @Schema(description = "Date the procedure was performed.")
        LocalDate procedureServiceDate,

        @Schema(description = "The paying carrier (the plan's carrier when only the plan was sent).")
        Ref carrier,

        @Schema(description = "The paying plan, named by its group name.")
        Ref insurancePlan,

        String groupNumber,

        @Schema(description = "What insurance paid for the procedure.")
        BigDecimal insurancePaymentAmount,

        @Schema(description = "The allowed amount the carrier stated (EOB), when known; it wins over the payment.")
        BigDecimal allowedOverride,

        @Schema(description = "primary or secondary; secondary payments are not learned from.")
        String claimRole,

        UUID clinicalProcedureUuid,
        Long insuranceClaimIdentifier,
        Long insuranceClaimProcedureIdentifier,

        @Schema(description = "Evidence source. One of: adjudicated_claim, import, manual.")
        String sourceType,

        Instant createdAt,
        Instant updatedAt) {

    /** The source types; {@code import} is a Java keyword, so they travel as text checked against this pattern. */
    public static final String SOURCE_TYPES = "adjudicated_claim|import|manual";
}
