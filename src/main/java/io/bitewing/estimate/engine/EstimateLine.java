package io.bitewing.estimate.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * One procedure against one plan (estimation-rules.md §1 "EstimateLine", §4 outputs). {@code writeOff} is null when the plan
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
        List<String> notes) {

    /** Why a line pays less than its own share; the wire names are the lower-case constant names. */
    public enum Limit {
        ANNUAL_MAX,
        FAMILY_ANNUAL_MAX,
        ORTHO_LIFETIME_MAX,
        CATEGORY_MAX,
        FREQUENCY,
        AGE_LIMIT,
        WAITING_PERIOD,
        EXCLUSION,
        NOT_COVERED,
        COVERAGE_TERMINATED
    }
}
