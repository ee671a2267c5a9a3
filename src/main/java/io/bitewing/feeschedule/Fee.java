package io.bitewing.feeschedule;

import io.bitewing.practice.procedurecode.ProcedureCodeBrief;
import io.bitewing.shared.money.MoneyString;
import io.bitewing.shared.web.Ref;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One fee as the reference's {@code FeeOut} shows it: an amount for a procedure code, optionally for one clinic
 * and/or provider, from {@code date_effective} on (null: always).
 */
public record Fee(
        @Schema(description = "Fee entry UUID.") UUID id,
        Ref feeSchedule,
        ProcedureCodeBrief procedureCode,
        Ref clinic,
        Ref provider,
        LocalDate dateEffective,

        @MoneyString @NotNull @Schema(description = "Fee amount.")
        BigDecimal amount,

        @MoneyString BigDecimal patientAmount,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        Instant createdAt,
        Instant updatedAt) {}
