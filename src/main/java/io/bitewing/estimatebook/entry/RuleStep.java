package io.bitewing.estimatebook.entry;

import io.bitewing.shared.web.Ref;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** One step of a book's walk: where to look for evidence (or a fee) for a code, and how old the evidence may be. */
public record RuleStep(
        @Schema(description = "Rule step UUID.") UUID id,
        Ref estimateBook,

        @Schema(description = "Execution order (lower runs first).")
        int priorityOrder,

        @Schema(
                description = "Rule type. One of: insurance_plan, group_number, insurance_carrier, "
                        + "insurance_carrier_group, manual_fee_schedule, provider_fee.")
        RuleType ruleType,

        @Schema(description = "Limit type. One of: none, years, months, weeks, days.")
        LimitType limitType,

        @Schema(description = "Limit value (e.g., 2 for '2 years'); 0 with limit_type none.")
        int limitValue,

        @Schema(description = "Whether this step is active.")
        boolean isActive,

        Instant createdAt,
        Instant updatedAt) {

    /**
     * Evidence of the same plan, group number, carrier or carrier group (carrier_group_name); or a fee: the book's
     * manual schedule, or the office's own (UCR) fee.
     */
    public enum RuleType {
        insurance_plan,
        group_number,
        insurance_carrier,
        insurance_carrier_group,
        manual_fee_schedule,
        provider_fee
    }

    public enum LimitType {
        none,
        years,
        months,
        weeks,
        days
    }
}
