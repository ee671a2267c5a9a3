package io.bitewing.estimate.engine;

import java.math.BigDecimal;

/**
 * The PPO write-off of a line (estimation-rules.md §4 step 10d, §6 "Secondary write-off", §13 E24–E26): fee minus the PPO
 * fee of the charted code, zero when another plan paid (unless secondary PPO write-offs are on) or wrote off anything,
 * never more than the balance, and trimmed so that other plans + this estimate + write-off never exceed the fee.
 */
final class EstimateWriteOff {
    private EstimateWriteOff() {}

    static BigDecimal ppo(
            BigDecimal fee,
            BigDecimal chartedPpoFee,
            BigDecimal insurance,
            BigDecimal paidOther,
            BigDecimal writeOffOther,
            boolean secondaryWriteoffs) {
        BigDecimal normal = Cents.floor0(fee.subtract(chartedPpoFee == null ? fee : Cents.min(chartedPpoFee, fee)));
        BigDecimal remaining = Cents.floor0(fee.subtract(paidOther).subtract(writeOffOther));
        BigDecimal wo;
        if ((paidOther.signum() > 0 && !secondaryWriteoffs) || writeOffOther.signum() > 0) {
            wo = BigDecimal.ZERO;
        } else if (normal.signum() == 0 || remaining.signum() == 0) {
            wo = BigDecimal.ZERO;
        } else {
            wo = Cents.min(normal, remaining);
        }
        BigDecimal others = paidOther.add(writeOffOther).add(insurance);
        if (others.add(wo).compareTo(fee) > 0) wo = Cents.floor0(fee.subtract(others));
        return wo;
    }

    /** Secondary Medicaid at ordinal 2: the balance is written off so the patient owes nothing (§4 step 10b). */
    static BigDecimal medicaid(BigDecimal fee, BigDecimal insurance, BigDecimal paidOther, BigDecimal writeOffOther) {
        return Cents.floor0(fee.subtract(paidOther).subtract(writeOffOther).subtract(insurance));
    }

    /** After every plan: the primary PPO write-off shrinks so estimates + write-off never exceed the fee (§6). */
    static BigDecimal trimPrimary(BigDecimal fee, BigDecimal primaryWriteOff, BigDecimal allInsurance) {
        if (allInsurance.add(primaryWriteOff).compareTo(fee) <= 0) return primaryWriteOff;
        return Cents.floor0(fee.subtract(allInsurance));
    }
}
