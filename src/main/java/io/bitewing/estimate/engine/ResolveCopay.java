package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.PlanInput.PlanType;
import java.math.BigDecimal;

/**
 * The patient copay of a line, capped at the allowed fee (estimation-rules.md §4 step 4, §7.3, §13 E3/E4). For a fixed-benefit
 * plan it is the PPO fee minus the fixed benefit, so insurance pays exactly the fixed benefit; a blank fixed benefit
 * means no copay, or the whole allowed fee when blank fixed-benefit entries count as zero. Otherwise it is the copay
 * schedule amount; a blank entry on a plan that has a copay schedule means no copay when blank copays count as zero,
 * else the whole allowed fee.
 */
final class ResolveCopay {
    private ResolveCopay() {}

    static BigDecimal copay(
            PlanType type, PlanFees fees, BigDecimal allowed, int units, boolean hasCopaySchedule, Settings settings) {
        return copay(type, fees, allowed, units, hasCopaySchedule, settings, false);
    }

    /**
     * @param substituted whether the allowed fee is the downgrade code's: a fixed-benefit plan then pays that code's
     *                    fixed benefit (the charted code's when the downgrade code has none)
     */
    static BigDecimal copay(
            PlanType type,
            PlanFees fees,
            BigDecimal allowed,
            int units,
            boolean hasCopaySchedule,
            Settings settings,
            boolean substituted) {
        BigDecimal copay;
        if (type == PlanType.PPO_FIXED_BENEFIT) {
            BigDecimal fixed = substituted && fees.substituteFixedBenefit() != null
                    ? fees.substituteFixedBenefit()
                    : fees.fixedBenefit();
            if (fixed == null) {
                copay = settings.fixedBenefitBlankLikeZero() ? allowed : BigDecimal.ZERO;
            } else {
                copay = Cents.floor0(allowed.subtract(Cents.times(fixed, units)));
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
