package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.PlanInput.PlanType;
import java.math.BigDecimal;

/**
 * The allowed fee of a line (estimation-rules.md §4 step 3, §7, §13 E1/E3): the fee itself for capitation; otherwise the
 * plan's allowed amount (the substitute code's when it is lower), capped at the fee; a blank entry means the fee, or 0
 * when blank out-of-network entries count as zero.
 */
final class ResolveAllowedFee {
    private ResolveAllowedFee() {}

    record Allowed(BigDecimal amount, BigDecimal charted, boolean substituted) {}

    static Allowed allowed(PlanType type, PlanFees fees, BigDecimal fee, int units, boolean blankLikeZero) {
        BigDecimal charted = fees.allowed() == null ? null : Cents.times(fees.allowed(), units);
        if (type == PlanType.CAPITATION) return new Allowed(fee, charted, false);
        BigDecimal found = charted;
        boolean substituted = false;
        if (fees.substituteAllowed() != null) {
            BigDecimal sub = Cents.times(fees.substituteAllowed(), units);
            if (charted == null || sub.compareTo(charted) < 0) {
                found = sub;
                substituted = true;
            }
        }
        if (found == null) return new Allowed(blankLikeZero ? BigDecimal.ZERO : fee, null, false);
        return new Allowed(Cents.min(found, fee), charted, substituted);
    }
}
