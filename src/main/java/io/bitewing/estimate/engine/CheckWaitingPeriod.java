package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.BenefitRow.BenefitType;
import io.bitewing.estimate.engine.BenefitRow.QuantityQualifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Waiting periods (estimation-rules.md §9.3, §3): code rules shut off group rules, which shut off category rules, even when
 * the more specific rule is no longer waiting. Waiting when {@code effective ≤ date < effective + N months}, where the
 * date is the date of service or the as-of date if that is later.
 */
final class CheckWaitingPeriod {
    private CheckWaitingPeriod() {}

    static boolean waiting(
            List<BenefitRow> rows, String code, CodeCategories cats, LocalDate dateEffective, LocalDate date) {
        return coveredFrom(rows, code, cats, dateEffective, date).isPresent();
    }

    /** When waiting, the first date the code is covered; empty when it is not waiting. */
    static Optional<LocalDate> coveredFrom(
            List<BenefitRow> rows, String code, CodeCategories cats, LocalDate dateEffective, LocalDate date) {
        if (dateEffective == null) return Optional.empty();
        List<BenefitRow> matching = rows.stream()
                .filter(r -> r.type() == BenefitType.WAITING_PERIOD)
                .filter(r -> !(r.target() instanceof Target.General))
                .filter(r -> MatchBenefits.covers(r.target(), code, cats))
                .toList();
        int best =
                matching.stream().mapToInt(r -> r.target().specificity()).max().orElse(-1);
        return matching.stream()
                .filter(r -> r.target().specificity() == best)
                .map(r -> dateEffective.plusMonths(months(r)))
                .filter(end -> !date.isBefore(dateEffective) && date.isBefore(end))
                .max(LocalDate::compareTo);
    }

    static int months(BenefitRow r) {
        if (r.waitingMonths() != null) return r.waitingMonths();
        if (r.quantity() == null) return 0;
        return r.quantityQualifier() == QuantityQualifier.YEARS ? r.quantity() * 12 : r.quantity();
    }
}
