package io.bitewing.estimate.engine;

import java.math.BigDecimal;

/**
 * The fees one plan resolved for one procedure, per unit, null when the schedule has no entry (blank, §13 E3).
 * {@code allowed}: PPO/flat-copay plan fee schedule, or the out-of-network/allowed schedule of a category plan.
 * {@code substituteAllowed}: the allowed fee of the downgrade code when the plan substitutes, else null.
 * {@code copay}: the patient copay schedule amount. {@code fixedBenefit}: the fixed-benefit schedule amount;
 * {@code substituteFixedBenefit} that of the downgrade code.
 */
public record PlanFees(
        BigDecimal allowed,
        BigDecimal substituteAllowed,
        BigDecimal copay,
        BigDecimal fixedBenefit,
        BigDecimal substituteFixedBenefit) {
    public static final PlanFees NONE = new PlanFees(null, null, null, null);

    public PlanFees(BigDecimal allowed, BigDecimal substituteAllowed, BigDecimal copay, BigDecimal fixedBenefit) {
        this(allowed, substituteAllowed, copay, fixedBenefit, null);
    }

    public static PlanFees allowed(String allowed) {
        return new PlanFees(new BigDecimal(allowed), null, null, null);
    }
}
