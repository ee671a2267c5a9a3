package io.bitewing.estimate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The estimate request (issue 5). */
final class EstimateRequests {

    static final int MAX_PROCEDURES = 500;

    private EstimateRequests() {}

    enum Mode {
        treatment_plan,
        independent
    }

    record Create(
            @NotNull @Schema(description = "The patient to estimate for.")
            UUID patientUuid,

            @Schema(
                    description =
                            "Where the work is done; may be omitted when the organisation has exactly one live location.")
            UUID locationUuid,

            @Schema(description = "Date the estimate is made for; defaults to today.", example = "2026-03-02")
            LocalDate asOfDate,

            @Schema(
                    description = "treatment_plan (default): each procedure consumes deductible, maximum and frequency "
                            + "for the ones after it; independent: each procedure alone against history only.")
            Mode mode,

            @Schema(description = "false skips deductibles, maximums, age and frequency limits. Default true.")
            Boolean applyLimits,

            @Size(max = 3)
            @Schema(description = "Coverages to use, primary first; default the patient's active plans by ordinal.")
            List<@NotNull UUID> patientPlanUuids,

            @NotNull
            @Size(min = 1, max = MAX_PROCEDURES)
            @Schema(description = "1–500 planned procedures, in treatment order.")
            List<@NotNull @Valid Procedure> procedures) {}

    record Procedure(
            @Size(max = 100) @Schema(description = "Caller's reference, echoed in the response; defaults to the index.")
            String ref,

            @NotBlank @Size(max = 15) @Schema(example = "D2750")
            String procedureCode,

            @DecimalMin("0")
            @Digits(integer = 10, fraction = 2)
            @Schema(description = "Billed fee per unit; null uses the UCR fee at the location.")
            BigDecimal fee,

            @Min(1) @Max(999) Integer units,

            @Schema(description = "Defaults to as_of_date; picks the benefit year.")
            LocalDate dateOfService,

            @Size(max = 10) @Schema(example = "3") String tooth,
            @Size(max = 10) String surfaces,
            @Size(max = 20) String toothRange,
            UUID providerUuid,

            @Size(max = 3)
            @Schema(
                    description = "Amounts the office enters over the calculated ones, per plan line; "
                            + "at most one per ordinal.")
            List<@NotNull @Valid LineOverride> overrides) {}

    @Schema(
            description = "An office's override of one line: each amount given replaces the calculated one. The "
                    + "allowed fee stays capped at the fee, the copay at the allowed fee and the deductible at allowed less "
                    + "copay; an insurance estimate or write-off given is final, past every limit, and counts as such for the "
                    + "procedures after it and the plans after it.")
    record LineOverride(
            @NotNull @Min(1) @Max(3) @Schema(description = "The plan line: 1 = primary, 2 = secondary, 3 = tertiary.")
            Integer ordinal,

            @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal allowedFee,

            @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal copay,

            @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal deductible,

            @Min(0) @Max(100) Integer coveragePercent,

            @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal paidByOtherPlans,

            @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal insuranceEstimate,

            @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal writeOff) {}
}
