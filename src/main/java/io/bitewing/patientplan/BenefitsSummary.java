package io.bitewing.patientplan;

import io.bitewing.shared.money.MoneyString;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The plan's individual and family maximums and deductibles and its ortho lifetime maximum, each with what the
 * claim history has used and holds pending in the current benefit year (lifetime for ortho). A total the plan does
 * not state is null (never 0, which would mean "none"), and so is its remaining amount; used and pending are sums
 * and 0.00 without history. The rules are in docs/decisions.md ("benefits_summary usage").
 */
@Schema(
        description = "Plan-level benefit totals with usage from claim history in the current benefit year "
                + "(lifetime for ortho): used = received + adjustment rows, pending = pending rows, remaining = "
                + "max(0, total - used - pending).")
public record BenefitsSummary(
        @Schema(description = "First day of the current benefit year.")
        LocalDate benefitYearStart,

        @Schema(description = "Last day of the current benefit year.")
        LocalDate benefitYearEnd,

        @MoneyString BigDecimal annualMaxTotal,
        @MoneyString BigDecimal annualMaxUsed,
        @MoneyString BigDecimal annualMaxPending,
        @MoneyString BigDecimal annualMaxRemaining,
        @MoneyString BigDecimal familyAnnualMaxTotal,
        @MoneyString BigDecimal familyAnnualMaxUsed,
        @MoneyString BigDecimal familyAnnualMaxPending,
        @MoneyString BigDecimal familyAnnualMaxRemaining,
        @MoneyString BigDecimal deductibleTotal,
        @MoneyString BigDecimal deductibleMet,
        @MoneyString BigDecimal deductiblePending,
        @MoneyString BigDecimal deductibleRemaining,
        @MoneyString BigDecimal familyDeductibleTotal,
        @MoneyString BigDecimal familyDeductibleMet,
        @MoneyString BigDecimal familyDeductiblePending,
        @MoneyString BigDecimal familyDeductibleRemaining,
        @MoneyString BigDecimal orthoMaxTotal,
        @MoneyString BigDecimal orthoMaxUsed,
        @MoneyString BigDecimal orthoMaxPending,
        @MoneyString BigDecimal orthoMaxRemaining,

        @Schema(
                description = "What the patient plan's eligibility record reports, beside the computed figures; "
                        + "null without a record.")
        Reported reported) {

    static final BenefitsSummary UNKNOWN = of(Totals.NONE, null);

    /** An eligibility vendor's figures as of its check date, in and out of network. */
    public record Reported(
            Instant eligibilityCheckDate,

            @Schema(description = "unknown, in_network or out_of_network, as reported.")
            String providerNetworkStatus,

            @MoneyString BigDecimal individualDeductibleRemainingInNetwork,
            @MoneyString BigDecimal individualDeductibleRemainingOutNetwork,
            @MoneyString BigDecimal familyDeductibleRemainingInNetwork,
            @MoneyString BigDecimal familyDeductibleRemainingOutNetwork,
            @MoneyString BigDecimal individualOopMaxRemainingInNetwork,
            @MoneyString BigDecimal individualOopMaxRemainingOutNetwork,
            @MoneyString BigDecimal familyOopMaxRemainingInNetwork,
            @MoneyString BigDecimal familyOopMaxRemainingOutNetwork) {}

    BenefitsSummary withReported(Reported figures) {
        return new BenefitsSummary(
                benefitYearStart,
                benefitYearEnd,
                annualMaxTotal,
                annualMaxUsed,
                annualMaxPending,
                annualMaxRemaining,
                familyAnnualMaxTotal,
                familyAnnualMaxUsed,
                familyAnnualMaxPending,
                familyAnnualMaxRemaining,
                deductibleTotal,
                deductibleMet,
                deductiblePending,
                deductibleRemaining,
                familyDeductibleTotal,
                familyDeductibleMet,
                familyDeductiblePending,
                familyDeductibleRemaining,
                orthoMaxTotal,
                orthoMaxUsed,
                orthoMaxPending,
                orthoMaxRemaining,
                figures);
    }

    /** What the plan's general benefit rows state. */
    record Totals(
            BigDecimal annualMax,
            BigDecimal familyAnnualMax,
            BigDecimal deductible,
            BigDecimal familyDeductible,
            BigDecimal orthoMax) {
        static final Totals NONE = new Totals(null, null, null, null, null);
    }

    /** One limit's used and pending sums. */
    record Amounts(BigDecimal used, BigDecimal pending) {}

    /** A patient plan's history sums for its current benefit year (ortho: lifetime). */
    record Usage(
            LocalDate yearStart,
            LocalDate yearEnd,
            Amounts annualMax,
            Amounts familyAnnualMax,
            Amounts deductible,
            Amounts familyDeductible,
            Amounts orthoMax) {}

    static BenefitsSummary of(Totals t, Usage u) {
        Amounts none = new Amounts(null, null);
        Amounts am = u == null ? none : u.annualMax();
        Amounts fam = u == null ? none : u.familyAnnualMax();
        Amounts ded = u == null ? none : u.deductible();
        Amounts fded = u == null ? none : u.familyDeductible();
        Amounts ortho = u == null ? none : u.orthoMax();
        return new BenefitsSummary(
                u == null ? null : u.yearStart(),
                u == null ? null : u.yearEnd(),
                t.annualMax(),
                am.used(),
                am.pending(),
                remaining(t.annualMax(), am),
                t.familyAnnualMax(),
                fam.used(),
                fam.pending(),
                remaining(t.familyAnnualMax(), fam),
                t.deductible(),
                ded.used(),
                ded.pending(),
                remaining(t.deductible(), ded),
                t.familyDeductible(),
                fded.used(),
                fded.pending(),
                remaining(t.familyDeductible(), fded),
                t.orthoMax(),
                ortho.used(),
                ortho.pending(),
                remaining(t.orthoMax(), ortho),
                null);
    }

    /** max(0, total - used - pending); unknown (null) when the plan states no total or usage is unknown. */
    private static BigDecimal remaining(BigDecimal total, Amounts usage) {
        if (total == null || usage.used() == null || usage.pending() == null) {
            return null;
        }
        return total.subtract(usage.used()).subtract(usage.pending()).max(BigDecimal.ZERO.setScale(2));
    }
}
