package io.bitewing.estimate.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Claim history of the coverage's subscription (estimation-rules.md §8): received and pending lines, services done elsewhere
 * (frequency only) and benefit adjustments (no code; a negative amount is a rollover). {@code samePatient} false marks a
 * family member on the same subscription, which counts for family limits only.
 */
public record HistoryRow(
        LocalDate date,
        String code,
        HistoryStatus status,
        BigDecimal insurancePaid,
        BigDecimal deductibleApplied,
        boolean samePatient,
        String tooth,
        String surfaces) {

    public HistoryRow {
        if (insurancePaid == null) insurancePaid = BigDecimal.ZERO;
        if (deductibleApplied == null) deductibleApplied = BigDecimal.ZERO;
    }

    public static HistoryRow received(LocalDate date, String code, String paid, String deductible) {
        return new HistoryRow(
                date, code, HistoryStatus.RECEIVED, new BigDecimal(paid), new BigDecimal(deductible), true, null, null);
    }

    public static HistoryRow adjustment(LocalDate date, String paid, String deductible, boolean samePatient) {
        return new HistoryRow(
                date,
                null,
                HistoryStatus.ADJUSTMENT,
                new BigDecimal(paid),
                new BigDecimal(deductible),
                samePatient,
                null,
                null);
    }

    public enum HistoryStatus {
        RECEIVED,
        PENDING,
        OUTSIDE_OFFICE,
        ADJUSTMENT
    }
}
