package io.bitewing.estimatebook.entry;

import io.bitewing.shared.web.Ref;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One change of a book's allowed fee for a code: by a recompute, a manual override, or a recorded rule match. */
public record AdjustmentLog(
        @Schema(description = "Adjustment log UUID.") UUID id,
        Ref estimateBook,
        Ref estimateBookRun,

        @Schema(description = "The procedure code adjusted; its name is the code.")
        Ref procedureCode,

        @Schema(description = "The plan whose entry changed, when the change was for one plan.")
        Ref insurancePlan,

        @Schema(description = "Reason. One of: rule_match, manual_override, recompute.")
        ChangeReason changeReason,

        @Schema(description = "Description of the adjustment.")
        String description,

        BigDecimal previousAllowedFee,
        @Schema(description = "New allowed fee.") BigDecimal newAllowedFee,
        BigDecimal deltaAllowedFee,
        Long insuranceClaimProcedureIdentifier,
        Long insuranceProcedureEstimateId,

        @Schema(description = "Timestamp when the log entry was created.")
        Instant createdAt) {

    public enum ChangeReason {
        rule_match,
        manual_override,
        recompute
    }
}
