package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.BenefitRow.BenefitType;
import io.bitewing.estimate.engine.BenefitRow.QuantityQualifier;
import io.bitewing.estimate.engine.BenefitRow.Scope;
import io.bitewing.estimate.engine.BenefitRow.TimePeriod;
import io.bitewing.estimate.engine.BenefitRow.TreatArea;
import io.bitewing.estimate.engine.HistoryRow.HistoryStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Frequency limitations (estimation-rules.md §9.1, §13 E16–E19): every N years, every N months, N per benefit year, N in the
 * last 12 months, targeting a code, a code group or (Our rule E18) a category. Patient-level rows for the code replace the
 * plan's. The patient's services on this subscription count when non-zero (outside-office always), in the same treatment
 * area and window; earlier planned lines count when estimated above zero. Met when count ≥ limit.
 */
final class CheckFrequency {
    private CheckFrequency() {}

    static boolean isFrequency(BenefitRow r) {
        if (r.type() != BenefitType.LIMITATION || r.amount() != null || r.percent() != null || r.isFamily())
            return false;
        if (r.quantity() == null || r.quantity() <= 0) return false;
        return switch (r.quantityQualifier()) {
            case YEARS, MONTHS -> r.timePeriod() == TimePeriod.NONE || r.timePeriod() == TimePeriod.YEARS;
            case NUMBER_OF_SERVICES ->
                r.timePeriod() == TimePeriod.CALENDAR_YEAR
                        || r.timePeriod() == TimePeriod.SERVICE_YEAR
                        || r.timePeriod() == TimePeriod.NUMBER_IN_LAST_12_MONTHS;
            default -> false;
        };
    }

    /** Why the frequency limit is met, in plain words, or empty when the procedure is within its limits. */
    static Optional<String> met(
            List<BenefitRow> rows,
            ProcedureInput proc,
            LocalDate dos,
            CodeCategories cats,
            int renewMonth,
            List<Usage> usage,
            Function<String, CodeCategories> catsOf) {
        List<BenefitRow> matching = rows.stream()
                .filter(CheckFrequency::isFrequency)
                .filter(r -> !(r.target() instanceof Target.General))
                .filter(r -> MatchBenefits.covers(r.target(), proc.code(), cats))
                .toList();
        List<BenefitRow> patient =
                matching.stream().filter(r -> r.scope() == Scope.PATIENT).toList();
        for (BenefitRow r : patient.isEmpty() ? matching : patient) {
            List<Usage> counted = counted(r, proc, dos, renewMonth, usage, catsOf);
            int limit = r.quantityQualifier() == QuantityQualifier.NUMBER_OF_SERVICES ? r.quantity() : 1;
            if (counted.size() >= limit) return Optional.of(describe(r, proc, counted));
        }
        return Optional.empty();
    }

    private static List<Usage> counted(
            BenefitRow r,
            ProcedureInput proc,
            LocalDate dos,
            int renewMonth,
            List<Usage> usage,
            Function<String, CodeCategories> catsOf) {
        return usage.stream()
                .filter(Usage::samePatient)
                .filter(CheckFrequency::counts)
                .filter(u -> u.code() != null && MatchBenefits.covers(r.target(), u.code(), catsOf.apply(u.code())))
                .filter(u -> sameArea(r.treatArea(), proc.tooth(), u.tooth()))
                .filter(u -> inWindow(r, dos, renewMonth, u.date()))
                .toList();
    }

    /** "Frequency limitation: 1 every 5 years for D2740 on tooth 3, already used on 2023-05-01". */
    static String describe(BenefitRow r, ProcedureInput proc, List<Usage> counted) {
        String rule = switch (r.quantityQualifier()) {
            case YEARS -> "1 every " + plural(r.quantity(), "year");
            case MONTHS -> "1 every " + plural(r.quantity(), "month");
            default ->
                r.quantity()
                        + (r.timePeriod() == TimePeriod.NUMBER_IN_LAST_12_MONTHS
                                ? " in the last 12 months"
                                : " per benefit year");
        };
        String target;
        if (r.target() instanceof Target.Code c) {
            target = " for " + c.code();
        } else if (r.target() instanceof Target.CodeGroup g) {
            target = " for " + String.join(", ", new TreeSet<>(g.codes()));
        } else {
            target = " for its category";
        }
        String area = switch (r.treatArea()) {
            case TOOTH, SURF -> proc.tooth() == null ? "" : " on tooth " + proc.tooth();
            case ARCH -> proc.tooth() == null ? "" : " on the same arch";
            default -> "";
        };
        List<String> dates = counted.stream()
                .filter(u -> !u.planned())
                .map(u -> u.date().toString())
                .distinct()
                .sorted()
                .toList();
        boolean planned = counted.stream().anyMatch(Usage::planned);
        String used = (dates.isEmpty() ? "" : "on " + String.join(", ", dates))
                + (planned ? (dates.isEmpty() ? "" : " and ") + "earlier in this treatment plan" : "");
        return "Frequency limitation: " + rule + target + area + ", already used " + used;
    }

    private static String plural(int n, String unit) {
        return n == 1 ? unit : n + " " + unit + "s";
    }

    private static boolean counts(Usage u) {
        if (u.status() == HistoryStatus.ADJUSTMENT) return false;
        if (u.status() == HistoryStatus.OUTSIDE_OFFICE) return true;
        return u.amount().signum() != 0;
    }

    static boolean inWindow(BenefitRow r, LocalDate dos, int renewMonth, LocalDate d) {
        return switch (r.quantityQualifier()) {
            case YEARS -> !d.isBefore(monthsBefore(dos, r.quantity() * 12));
            case MONTHS -> !d.isBefore(monthsBefore(dos, r.quantity()));
            default ->
                r.timePeriod() == TimePeriod.NUMBER_IN_LAST_12_MONTHS
                        ? d.isAfter(monthsBefore(dos, 12)) && !d.isAfter(dos)
                        : BenefitYear.containing(dos, r.timePeriod() == TimePeriod.CALENDAR_YEAR ? 1 : renewMonth)
                                .contains(d);
        };
    }

    /** Month arithmetic rolling a missing day forward to the 1st of the next month: 31 Mar − 1 month → 1 Mar. */
    static LocalDate monthsBefore(LocalDate date, int months) {
        YearMonth ym = YearMonth.from(date).minusMonths(months);
        return date.getDayOfMonth() > ym.lengthOfMonth() ? ym.plusMonths(1).atDay(1) : ym.atDay(date.getDayOfMonth());
    }

    static boolean sameArea(TreatArea area, String tooth, String otherTooth) {
        if (area == TreatArea.MOUTH || tooth == null || otherTooth == null) return true;
        if (area == TreatArea.ARCH) return arch(tooth) == arch(otherTooth);
        return tooth.equalsIgnoreCase(otherTooth);
    }

    private static int arch(String tooth) {
        try {
            int n = Integer.parseInt(tooth);
            return n <= 16 ? 0 : 1;
        } catch (NumberFormatException e) {
            char c = Character.toUpperCase(tooth.charAt(0));
            return c <= 'J' ? 0 : 1;
        }
    }
}
