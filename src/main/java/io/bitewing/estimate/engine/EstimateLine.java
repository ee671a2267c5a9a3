package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.Enums.Limit;
import java.math.BigDecimal;
import java.util.List;

/**
 * One procedure against one plan (estimation.md §1 "EstimateLine", §4 outputs). {@code writeOff} is null when the plan
 * type does not estimate write-offs.
 */
public record EstimateLine(
        String planId,
        int ordinal,
        BigDecimal allowedFee,
        BigDecimal copay,
        int coveragePercent,
        BigDecimal deductibleApplied,
        BigDecimal baseEstimate,
        BigDecimal paidByOtherPlans,
        BigDecimal insuranceEstimate,
        BigDecimal writeOff,
        List<Limit> limitedBy,
        List<String> notes) {}
