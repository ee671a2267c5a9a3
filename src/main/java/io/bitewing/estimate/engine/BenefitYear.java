package io.bitewing.estimate.engine;

import java.time.LocalDate;

/**
 * The benefit year containing a date: calendar year, or a service year renewing on the 1st of a month
 * (estimation-rules.md §1 "Benefit year").
 */
record BenefitYear(LocalDate start, LocalDate end) {

    static BenefitYear containing(LocalDate date, int renewMonth) {
        LocalDate start;
        if (renewMonth <= 1 || renewMonth > 12) {
            start = LocalDate.of(date.getYear(), 1, 1);
        } else if (renewMonth <= date.getMonthValue()) {
            start = LocalDate.of(date.getYear(), renewMonth, 1);
        } else {
            start = LocalDate.of(date.getYear() - 1, renewMonth, 1);
        }
        return new BenefitYear(start, start.plusYears(1).minusDays(1));
    }

    boolean contains(LocalDate d) {
        return !d.isBefore(start) && !d.isAfter(end);
    }
}
