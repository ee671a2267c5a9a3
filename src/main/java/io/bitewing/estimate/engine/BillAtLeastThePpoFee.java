package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.PlanInput.PlanType;
import java.math.BigDecimal;

/**
 * With a PPO primary whose fee for the code is higher than the office's, the PPO fee is billed: the contract is the
 * floor of what the office charges (estimation-rules.md §13 E2), unless the settings say to always bill the UCR fee.
 */
final class BillAtLeastThePpoFee {

    private BillAtLeastThePpoFee() {}

    /**
     * @param fee         the office's fee × units
     * @param primaryType the primary plan's type
     * @param ppoFee      the primary's PPO fee per unit, null when its schedule has none
     */
    static BigDecimal billed(BigDecimal fee, PlanType primaryType, BigDecimal ppoFee, int units, boolean alwaysUcr) {
        if (!EstimationEngine.isPpo(primaryType) || alwaysUcr || ppoFee == null) {
            return fee;
        }
        BigDecimal ppo = Cents.times(ppoFee, units);
        return ppo.compareTo(fee) > 0 ? ppo : fee;
    }
}
