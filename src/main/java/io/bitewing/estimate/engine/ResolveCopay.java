package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.PlanInput.PlanType;
import java.math.BigDecimal;

/**
 * The patient copay of a line, capped at the allowed fee (estimation.md §4 step 4, §7.3, §13 E3/E4). For a fixed-benefit
 * plan it is the PPO fee minus the fixed benefit, so insurance pays exactly the fixed benefit; a blank fixed benefit
 * means no copay, or the whole allowed fee when blank fixed-benefit entries count as zero. Otherwise it is the copay
 * schedule amount; a blank entry on a plan that has a copay schedule means no copay when blank copays count as zero,
 * else the whole allowed fee.
 */
final class ResolveCopay {
    private ResolveCopay() {}

    static BigDecimal copay(PlanType type, PlanFees fees, BigDecimal allowed, int units, boolean hasCopaySchedule,
            Settings settings) {
        BigDecimal copay;
        if (type == PlanType.PPO_FIXED_BENEFIT) {
            if (fees.fixedBenefit() == null) {
                copay = settings.fixedBenefitBlankLikeZero() ? allowed : BigDecimal.ZERO;
            } else {
                copay = Cents.floor0(allowed.subtract(Cents.times(fees.fixedBenefit(), units)));
            }
        } else if (fees.copay() != null) {
            copay = Cents.times(fees.copay(), units);
        } else if (hasCopaySchedule && !settings.copayBlankLikeZero()) {
            copay = allowed;
        } else {
            copay = BigDecimal.ZERO;
        }
        return Cents.min(copay, allowed);
    }
}
