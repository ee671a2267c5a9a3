package io.bitewing.estimate;

import io.bitewing.benefit.Benefit;
import io.bitewing.eligibility.Eligibility;
import io.bitewing.estimate.engine.HistoryRow;
import io.bitewing.plan.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What an eligibility vendor reported, as the starting point of the benefit year (estimation-rules.md §8.3 "Our
 * rule: reported remaining"): a remaining deductible reported as of the check date replaces what the office's
 * history says was used up to that date (history before it is already inside the vendor's number; history after it
 * adds to it). The network the vendor reported decides which of its amounts (in or out of network) apply.
 */
final class ReportedEligibility {

    /** The history the engine reads, and the notes every line of the coverage carries. */
    record Applied(List<HistoryRow> history, List<String> notes) {}

    private ReportedEligibility() {}

    static Applied apply(
            List<HistoryRow> history, Eligibility reported, Coverage c, int benefitYearStartMonth, LocalDate asOf) {
        if (reported == null || reported.eligibilityCheckDate() == null) {
            return new Applied(history, List.of());
        }
        LocalDate checked =
                reported.eligibilityCheckDate().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate yearStart = yearStart(asOf, benefitYearStartMonth);
        var notes = new ArrayList<String>();
        boolean inNetwork = inNetwork(reported, c.plan());
        if (reported.providerNetworkStatus() == Eligibility.NetworkStatus.in_network
                || reported.providerNetworkStatus() == Eligibility.NetworkStatus.out_of_network) {
            notes.add("Network: " + (inNetwork ? "in network" : "out of network") + " as reported on " + checked);
        }
        BigDecimal individual = inNetwork
                ? reported.individualDeductibleRemainingInNetwork()
                : reported.individualDeductibleRemainingOutNetwork();
        BigDecimal family = inNetwork
                ? reported.familyDeductibleRemainingInNetwork()
                : reported.familyDeductibleRemainingOutNetwork();
        if (individual == null && family == null) {
            return new Applied(history, notes);
        }
        if (checked.isBefore(yearStart) || checked.isAfter(asOf)) {
            notes.add("Reported deductible remaining not used: the answer of " + checked
                    + " is not from this benefit year");
            return new Applied(history, notes);
        }
        var rows = new ArrayList<HistoryRow>();
        for (HistoryRow row : history) {
            boolean inside = !row.date().isBefore(yearStart) && !row.date().isAfter(checked);
            boolean reportedBucket = row.samePatient() ? individual != null : family != null;
            rows.add(inside && reportedBucket ? withoutDeductible(row) : row);
        }
        BigDecimal ownUsed = BigDecimal.ZERO;
        BigDecimal planIndividual = deductible(c.benefits(), Benefit.BenefitType.deductible);
        if (individual != null) {
            if (planIndividual == null) {
                notes.add("Reported deductible remaining " + money(individual) + " not used: the plan has no general "
                        + "deductible");
            } else {
                ownUsed = planIndividual.subtract(individual).max(BigDecimal.ZERO);
                rows.add(adjustment(checked, ownUsed, true));
                notes.add("Deductible remaining " + money(individual) + " as reported on " + checked);
            }
        }
        BigDecimal planFamily = deductible(c.benefits(), Benefit.BenefitType.family_deductible);
        if (family != null && planFamily != null) {
            rows.add(adjustment(
                    checked, planFamily.subtract(family).subtract(ownUsed).max(BigDecimal.ZERO), false));
            notes.add("Family deductible remaining " + money(family) + " as reported on " + checked);
        }
        return new Applied(rows, notes);
    }

    /**
     * The out-of-pocket maximum left, in the network used, when the vendor reported one this benefit year (the
     * lesser of the individual and the family figure); null otherwise (§8.5).
     */
    static BigDecimal outOfPocketRemaining(Eligibility reported, Plan plan, int benefitYearStartMonth, LocalDate asOf) {
        if (reported == null || reported.eligibilityCheckDate() == null) {
            return null;
        }
        LocalDate checked =
                reported.eligibilityCheckDate().atZone(ZoneOffset.UTC).toLocalDate();
        if (checked.isBefore(yearStart(asOf, benefitYearStartMonth)) || checked.isAfter(asOf)) {
            return null;
        }
        boolean in = inNetwork(reported, plan);
        BigDecimal individual =
                in ? reported.individualOopMaxRemainingInNetwork() : reported.individualOopMaxRemainingOutNetwork();
        BigDecimal family = in ? reported.familyOopMaxRemainingInNetwork() : reported.familyOopMaxRemainingOutNetwork();
        // The family's maximum bounds each member's share too: the lesser of the two left applies.
        if (individual == null) {
            return family;
        }
        return family == null ? individual : individual.min(family);
    }

    /** The reported network when the vendor gave one, else the plan type's (a PPO is in network). */
    static boolean inNetwork(Eligibility reported, Plan plan) {
        if (reported != null && reported.providerNetworkStatus() == Eligibility.NetworkStatus.in_network) {
            return true;
        }
        if (reported != null && reported.providerNetworkStatus() == Eligibility.NetworkStatus.out_of_network) {
            return false;
        }
        return plan.network() == Plan.Network.in_network;
    }

    /** The amount of the plan's general deductible of this type (no target, a yearly period), if it has one. */
    private static BigDecimal deductible(List<Benefit> benefits, Benefit.BenefitType type) {
        return benefits.stream()
                .filter(b -> b.benefitType() == type && b.target() instanceof Benefit.Target.General)
                .filter(b -> b.timePeriod() == Benefit.TimePeriod.calendar_year
                        || b.timePeriod() == Benefit.TimePeriod.service_year)
                .map(Benefit::monetaryAmt)
                .findFirst()
                .orElse(null);
    }

    private static HistoryRow withoutDeductible(HistoryRow row) {
        return new HistoryRow(
                row.date(),
                row.code(),
                row.status(),
                row.insurancePaid(),
                BigDecimal.ZERO,
                row.samePatient(),
                row.tooth(),
                row.surfaces());
    }

    private static HistoryRow adjustment(LocalDate day, BigDecimal deductible, boolean samePatient) {
        return new HistoryRow(
                day, null, HistoryRow.HistoryStatus.ADJUSTMENT, BigDecimal.ZERO, deductible, samePatient, null, null);
    }

    private static LocalDate yearStart(LocalDate date, int renewMonth) {
        if (renewMonth <= 1 || renewMonth > 12) {
            return LocalDate.of(date.getYear(), 1, 1);
        }
        return renewMonth <= date.getMonthValue()
                ? LocalDate.of(date.getYear(), renewMonth, 1)
                : LocalDate.of(date.getYear() - 1, renewMonth, 1);
    }

    private static String money(BigDecimal amount) {
        return "$" + amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
