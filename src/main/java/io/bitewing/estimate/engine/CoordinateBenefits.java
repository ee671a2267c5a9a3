package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.Enums.CobRule;
import java.math.BigDecimal;

/**
 * Caps a lower-priority plan's own estimate by its COB rule (estimation.md §6, §10): basic pays at most its allowed
 * minus what other plans paid; standard at most the balance left after other plans' payments and write-offs; carve-out
 * its own benefit minus what others paid; secondary Medicaid as basic at ordinal 2 and as standard beyond.
 */
final class CoordinateBenefits {
    private CoordinateBenefits() {}

    static CobRule effectiveRule(CobRule rule, int ordinal) {
        return rule == CobRule.SECONDARY_MEDICAID && ordinal > 2 ? CobRule.STANDARD : rule;
    }

    static BigDecimal cap(CobRule rule, int ordinal, BigDecimal own, BigDecimal allowed, BigDecimal fee,
            BigDecimal paidOther, BigDecimal writeOffOther) {
        if (ordinal < 2) return own;
        return switch (effectiveRule(rule, ordinal)) {
            case BASIC, SECONDARY_MEDICAID -> Cents.min(own, Cents.floor0(allowed.subtract(paidOther)));
            case STANDARD -> Cents.min(own, Cents.floor0(fee.subtract(paidOther).subtract(writeOffOther)));
            case CARVE_OUT -> Cents.floor0(own.subtract(paidOther));
        };
    }
}
