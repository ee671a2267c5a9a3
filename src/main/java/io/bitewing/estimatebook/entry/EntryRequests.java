package io.bitewing.estimatebook.entry;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Request bodies of a book's evidence, rule steps, allowed fees and adjustment logs. */
public final class EntryRequests {

    static final String AMOUNT = "Money amount, 0 to 9999999999.99.";

    private EntryRequests() {}

    public record CreateEvidence(
            @NotNull @Schema(description = "UUID of the procedure code observed.")
            UUID procedureCodeUuid,

            @NotNull @Schema(description = "Date the procedure was performed.")
            LocalDate procedureServiceDate,

            @NotNull
            @Pattern(regexp = Evidence.SOURCE_TYPES, message = "must be one of: adjudicated_claim, import, manual")
            @Schema(
                    description = "Source of this evidence. One of: adjudicated_claim, import, manual.",
                    allowableValues = {"adjudicated_claim", "import", "manual"})
            String sourceType,

            UUID carrierUuid,
            UUID insurancePlanUuid,
            @Size(max = 50) String groupNumber,

            @DecimalMin("0") @DecimalMax("9999999999.99") @Schema(description = AMOUNT)
            BigDecimal insurancePaymentAmount,

            @DecimalMin("0") @DecimalMax("9999999999.99") @Schema(description = AMOUNT)
            BigDecimal allowedOverride,

            @Pattern(regexp = "primary|secondary", message = "must be one of: primary, secondary")
            @Schema(description = "One of: primary, secondary.")
            String claimRole,

            UUID clinicalProcedureUuid,
            @Min(0) Long insuranceClaimIdentifier,
            @Min(0) Long insuranceClaimProcedureIdentifier) {}

    public record CreateRuleStep(
            @NotNull @Min(0) @Max(10000) @Schema(description = "Execution order (lower runs first).")
            Integer priorityOrder,

            @NotNull
            @Schema(
                    description = "Rule type. One of: insurance_plan, group_number, insurance_carrier, "
                            + "insurance_carrier_group, manual_fee_schedule, provider_fee.")
            RuleStep.RuleType ruleType,

            @Schema(description = "Limit type for sample filtering. One of: none, years, months, weeks, days.")
            RuleStep.LimitType limitType,

            @Min(0) @Max(1000) @Schema(description = "Limit value (e.g., 2 for '2 years').")
            Integer limitValue,

            @Schema(description = "Whether this step is active (default true).")
            Boolean isActive) {}

    public record UpdateRuleStep(
            @Min(0) @Max(10000) Integer priorityOrder,
            RuleStep.RuleType ruleType,
            RuleStep.LimitType limitType,
            @Min(0) @Max(1000) Integer limitValue,
            Boolean isActive) {}

    public record CreateAllowedFee(
            @NotNull @DecimalMin("0") @DecimalMax("9999999999.99") @Schema(description = "Computed allowed fee amount.")
            BigDecimal allowedFee,

            @NotNull @Schema(description = "Timestamp when the fee was computed.")
            Instant computedAt,

            @NotNull @Schema(description = "UUID of the procedure code.")
            UUID procedureCodeUuid,

            @NotNull
            @Schema(
                    description = "Scope at which the fee was resolved. One of: insurance_plan, group_number, "
                            + "insurance_carrier.")
            AllowedFee.ScopeType resolutionScopeType,

            @Schema(description = "The plan of an insurance_plan entry.")
            UUID insurancePlanUuid,

            @Schema(description = "The carrier of an insurance_carrier entry.")
            UUID carrierUuid,

            @Size(max = 50) @Schema(description = "The group number of a group_number entry.")
            String groupNumber,

            Long resolutionScopeIdentifier,
            @Size(max = 50) String confidence,
            UUID estimateBookRuleStepUuid,
            UUID estimateBookRunUuid,
            Instant expiresAt,

            @Min(0) @Schema(description = "Number of evidence entries used to compute the fee.")
            Integer sampleCount) {}

    public record UpdateAllowedFee(
            @DecimalMin("0") @DecimalMax("9999999999.99") BigDecimal allowedFee,
            Instant computedAt,
            @Size(max = 50) String confidence,
            Instant expiresAt,
            @Min(0) Integer sampleCount) {}

    public record CreateAdjustmentLog(
            @NotNull @Schema(description = "Reason for the change. One of: rule_match, manual_override, recompute.")
            AdjustmentLog.ChangeReason changeReason,

            @NotNull
            @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            @Size(max = 2000)
            @Schema(description = "Human-readable description of the adjustment.")
            String description,

            @NotNull
            @DecimalMin("0")
            @DecimalMax("9999999999.99")
            @Schema(description = "New allowed fee after adjustment.")
            BigDecimal newAllowedFee,

            @DecimalMin("0") @DecimalMax("9999999999.99") BigDecimal previousAllowedFee,

            @DecimalMin("-9999999999.99")
            @DecimalMax("9999999999.99")
            @Schema(description = "new - previous; computed when left out and previous_allowed_fee is sent.")
            BigDecimal deltaAllowedFee,

            @NotNull @Schema(description = "UUID of the procedure code adjusted.")
            UUID procedureCodeUuid,

            UUID estimateBookRunUuid,
            UUID insurancePlanUuid,
            @Min(0) Long insuranceClaimProcedureIdentifier,
            @Min(0) Long insuranceProcedureEstimateId) {}
}
