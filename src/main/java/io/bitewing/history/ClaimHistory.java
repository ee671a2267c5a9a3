package io.bitewing.history;

import io.bitewing.shared.money.MoneyString;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One claim history row of a patient plan: a procedure paid, pending or done elsewhere, or an adjustment. */
public record ClaimHistory(
        @Schema(description = "History row UUID.") UUID id,

        @Schema(description = "The patient plan the row belongs to.")
        UUID patientPlanUuid,

        @Schema(description = "Procedure code; null only for adjustments.")
        String procedureCode,

        LocalDate dateOfService,
        String tooth,
        String surfaces,
        int units,
        @MoneyString BigDecimal fee,
        @MoneyString BigDecimal insurancePaid,
        @MoneyString BigDecimal deductibleApplied,
        @MoneyString BigDecimal writeOff,

        @Schema(description = "One of: received, pending, outside_office, adjustment.")
        Status status,

        String notes,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        Instant createdAt,
        Instant updatedAt) {

    /**
     * received: paid, counts as used; pending: sent and not yet paid, its estimate counts as pending; outside_office:
     * done elsewhere, counts for frequency only; adjustment: benefits or deductible used elsewhere, no code.
     */
    public enum Status {
        received,
        pending,
        outside_office,
        adjustment
    }
}
