package io.bitewing.estimate.engine;

import java.math.BigDecimal;

/**
 * What an office typed over one line of a procedure (estimation-rules.md §2 "EstimateLine" overrides, §4 steps 3–6, 11,
 * §6): each non-null value replaces the calculated one. The allowed fee is still capped at the fee and the copay and
 * deductible at what the line allows; an insurance estimate or write-off override is final, past every limit.
 */
public record LineOverride(
        BigDecimal allowedFee,
        BigDecimal copay,
        BigDecimal deductible,
        Integer coveragePercent,
        BigDecimal paidByOtherPlans,
        BigDecimal insuranceEstimate,
        BigDecimal writeOff) {

    public static final LineOverride NONE = new LineOverride(null, null, null, null, null, null, null);
}
