package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.HistoryRow.HistoryStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Something that used benefits of one coverage: a history row, or (status null) a line estimated earlier in the same
 * treatment plan, the "loop list" of estimation-rules.md §5.
 */
record Usage(
        LocalDate date,
        String code,
        HistoryStatus status,
        BigDecimal amount,
        BigDecimal deductible,
        boolean samePatient,
        String tooth) {

    static Usage of(HistoryRow h) {
        return new Usage(
                h.date(), h.code(), h.status(), h.insurancePaid(), h.deductibleApplied(), h.samePatient(), h.tooth());
    }

    boolean planned() {
        return status == null;
    }

    /** Counts toward maximums and deductibles: received, pending, adjustments and planned lines; not outside-office. */
    boolean usesBenefits() {
        return status != HistoryStatus.OUTSIDE_OFFICE;
    }
}
