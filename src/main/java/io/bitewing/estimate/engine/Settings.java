package io.bitewing.estimate.engine;

/**
 * Practice settings the engine reads (issue 5; estimation-rules.md §4, §7, §9, §13). {@link #DEFAULTS} holds the documented
 * defaults. {@code copayBlankLikeZero}: a blank copay-schedule entry means no copay (off: the patient pays the whole
 * allowed fee). {@code ppoAlwaysUseUcrFee}: the billed fee stays the UCR fee even below a PPO fee (§13 E2).
 */
public record Settings(
        boolean ppoSecondaryWriteoffs,
        boolean fixedBenefitBlankLikeZero,
        boolean exclusionUsesUcrFee,
        boolean outOfNetworkBlankLikeZero,
        boolean checkFrequency,
        boolean writeoffOnMaxReached,
        boolean writeoffOnFrequencyLimit,
        boolean copayBlankLikeZero,
        boolean ppoAlwaysUseUcrFee) {

    public static final Settings DEFAULTS = new Settings(false, false, false, false, true, true, true, true, false);

    public Settings withPpoSecondaryWriteoffs(boolean v) {
        return new Settings(
                v,
                fixedBenefitBlankLikeZero,
                exclusionUsesUcrFee,
                outOfNetworkBlankLikeZero,
                checkFrequency,
                writeoffOnMaxReached,
                writeoffOnFrequencyLimit,
                copayBlankLikeZero,
                ppoAlwaysUseUcrFee);
    }

    public Settings withFixedBenefitBlankLikeZero(boolean v) {
        return new Settings(
                ppoSecondaryWriteoffs,
                v,
                exclusionUsesUcrFee,
                outOfNetworkBlankLikeZero,
                checkFrequency,
                writeoffOnMaxReached,
                writeoffOnFrequencyLimit,
                copayBlankLikeZero,
                ppoAlwaysUseUcrFee);
    }

    public Settings withExclusionUsesUcrFee(boolean v) {
        return new Settings(
                ppoSecondaryWriteoffs,
                fixedBenefitBlankLikeZero,
                v,
                outOfNetworkBlankLikeZero,
                checkFrequency,
                writeoffOnMaxReached,
                writeoffOnFrequencyLimit,
                copayBlankLikeZero,
                ppoAlwaysUseUcrFee);
    }

    public Settings withWriteoffOnMaxReached(boolean v) {
        return new Settings(
                ppoSecondaryWriteoffs,
                fixedBenefitBlankLikeZero,
                exclusionUsesUcrFee,
                outOfNetworkBlankLikeZero,
                checkFrequency,
                v,
                writeoffOnFrequencyLimit,
                copayBlankLikeZero,
                ppoAlwaysUseUcrFee);
    }

    public Settings withCopayBlankLikeZero(boolean v) {
        return new Settings(
                ppoSecondaryWriteoffs,
                fixedBenefitBlankLikeZero,
                exclusionUsesUcrFee,
                outOfNetworkBlankLikeZero,
                checkFrequency,
                writeoffOnMaxReached,
                writeoffOnFrequencyLimit,
                v,
                ppoAlwaysUseUcrFee);
    }
}
