package io.bitewing.history;

import io.bitewing.history.ClaimHistory.Status;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Request bodies of the claim history endpoints. Amounts are bounded before anything rounds them. */
public final class ClaimHistoryRequests {

    static final String AMOUNT = "Money amount, 0 to 9999999999.99.";

    private ClaimHistoryRequests() {}

    public record Create(
            @Size(max = 15)
            @Schema(description = "A live procedure code of the organisation; null only for adjustments.")
            String procedureCode,

            @NotNull LocalDate dateOfService,
            @Size(max = 20) String tooth,
            @Size(max = 10) String surfaces,

            @Min(1) @Max(999) @Schema(description = "Units, default 1.")
            Integer units,

            @DecimalMin("0") @DecimalMax("9999999999.99") @Schema(description = AMOUNT)
            BigDecimal fee,

            @DecimalMin("0") @DecimalMax("9999999999.99") @Schema(description = AMOUNT)
            BigDecimal insurancePaid,

            @DecimalMin("0") @DecimalMax("9999999999.99") @Schema(description = AMOUNT)
            BigDecimal deductibleApplied,

            @DecimalMin("0") @DecimalMax("9999999999.99") @Schema(description = AMOUNT)
            BigDecimal writeOff,

            @NotNull @Schema(description = "One of: received, pending, outside_office, adjustment.")
            Status status,

            @Size(max = 2000) String notes) {}

    /** Fields left out keep their value; nulls clear the optional ones. */
    public record Update(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            @Size(max = 15) String procedureCode,
            LocalDate dateOfService,
            @Size(max = 20) String tooth,
            @Size(max = 10) String surfaces,
            @Min(1) @Max(999) Integer units,

            @DecimalMin("0") @DecimalMax("9999999999.99") @Schema(description = AMOUNT)
            BigDecimal fee,

            @DecimalMin("0") @DecimalMax("9999999999.99") @Schema(description = AMOUNT)
            BigDecimal insurancePaid,

            @DecimalMin("0") @DecimalMax("9999999999.99") @Schema(description = AMOUNT)
            BigDecimal deductibleApplied,

            @DecimalMin("0") @DecimalMax("9999999999.99") @Schema(description = AMOUNT)
            BigDecimal writeOff,

            Status status,
            @Size(max = 2000) String notes) {}
}
