package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.PlanInput.CobRule;
import java.math.BigDecimal;

/**
 * Caps a lower-priority plan's own estimate by its COB rule (estimation-rules.md §6, §10): basic pays at most its allowed
 * minus what other plans paid; standard at most the balance left after other plans' payments and write-offs; carve-out
 * its own benefit minus what others paid; secondary Medicaid as basic at ordinal 2 and as standard beyond.
 */
final class CoordinateBenefits {
    private CoordinateBenefits() {}

    static CobRule effectiveRule(CobRule rule, int ordinal) {
        return rule == CobRule.SECONDARY_MEDICAID && ordinal > 2 ? CobRule.STANDARD : rule;
    }

    static BigDecimal cap(
            CobRule rule,
            int ordinal,
            BigDecimal own,
            BigDecimal allowed,
            BigDecimal fee,
            BigDecimal paidOther,
            BigDecimal writeOffOther) {
        if (ordinal < 2) return own;
        return switch (effectiveRule(rule, ordinal)) {
            case BASIC, SECONDARY_MEDICAID -> Cents.min(own, Cents.floor0(allowed.subtract(paidOther)));
            case STANDARD -> Cents.min(own, Cents.floor0(fee.subtract(paidOther).subtract(writeOffOther)));
            case CARVE_OUT -> Cents.floor0(own.subtract(paidOther));
        };
    }

    /** Why the rule cut the plan's own benefit to {@code capped}, with the amounts that decided it. */
    static String explain(
            CobRule rule,
            int ordinal,
            BigDecimal own,
            BigDecimal capped,
            BigDecimal allowed,
            BigDecimal fee,
            BigDecimal paidOther,
            BigDecimal writeOffOther) {
        String head = "Coordination of benefits (";
        return switch (effectiveRule(rule, ordinal)) {
            case BASIC, SECONDARY_MEDICAID ->
                head + (rule == CobRule.BASIC ? "basic" : "secondary Medicaid")
                        + "): own benefit " + Cents.show(own) + " limited to its allowed fee " + Cents.show(allowed)
                        + " less " + Cents.show(paidOther) + " paid by other plans = " + Cents.show(capped);
            case STANDARD ->
                head + "standard): own benefit " + Cents.show(own) + " limited to the balance of the fee "
                        + Cents.show(fee) + " after other plans paid " + Cents.show(paidOther) + " and wrote off "
                        + Cents.show(writeOffOther) + " = " + Cents.show(capped);
            case CARVE_OUT ->
                head + "carve-out): own benefit " + Cents.show(own) + " less " + Cents.show(paidOther)
                        + " paid by other plans = " + Cents.show(capped);
        };
    }
}
