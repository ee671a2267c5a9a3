package io.bitewing.feeassignment;

import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.feeassignment.FeeAssignment.Level;
import io.bitewing.feeschedule.FeeSchedule;
import io.bitewing.plan.Plan;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Which fee schedule a plan bills and allows from, once its slots are resolved (plan > carrier > location). Pure:
 * the estimator and the fee-resolution trace both ask it, so the trace shows the fees an estimate uses
 * (estimation-rules.md §4 step 3). The billed fee of a PPO primary is then raised to its PPO fee when that is higher,
 * an engine rule (§13 E2).
 */
public final class FeeSlots {

    private FeeSlots() {}

    /**
     * Whether the plan uses the schedule an assignment of this kind and level puts in its slot. A location's default
     * {@code primary} schedule holds in-network (PPO) fees; a category plan, out of network, has a fee schedule of
     * its own only when one is assigned to it or its carrier.
     */
    public static boolean planUses(Plan.PlanType type, Kind kind, Level level) {
        return !(kind == Kind.primary && type == Plan.PlanType.category_percentage && level == Level.location);
    }

    /**
     * The slot a patient plan's own fee schedule replaces for that patient, by what the schedule holds: an office
     * schedule is the patient's billed (UCR) fee, Open Dental's patient fee schedule; a normal insurance schedule is
     * the plan's fee schedule (PPO allowed fees, the billed fee of a flat-copay plan); copay, fixed-benefit,
     * out-of-network and allowed schedules take their own slots.
     */
    public static Kind replacedBy(FeeSchedule schedule) {
        return switch (schedule.feeSchedType()) {
            case normal -> schedule.purpose() == FeeSchedule.Purpose.office ? Kind.ucr : Kind.primary;
            case copay, fixed_benefit -> Kind.copay;
            case out_of_network -> Kind.out_of_network;
            case allowed, manual_blue_book -> Kind.allowed;
        };
    }

    /**
     * The billed fee of a code: a flat-copay, category or capitation primary bills its own fee schedule when it lists
     * the code (estimation-rules.md §1 "UCR fee", §7); otherwise, and for PPO plans, the UCR fee.
     *
     * @param primary the primary plan's type, null without coverage
     * @param feeIn   the code's fee in the schedule filling a slot of the primary (null when none)
     */
    public static BigDecimal billed(Plan.PlanType primary, Function<Kind, BigDecimal> feeIn) {
        BigDecimal own = primary == null
                ? null
                : switch (primary) {
                    case medicaid_flat_copay, category_percentage, capitation -> feeIn.apply(Kind.primary);
                    case ppo_percentage, ppo_fixed_benefit -> null;
                };
        return own != null ? own : feeIn.apply(Kind.ucr);
    }

    /**
     * The plan's allowed amount for a code: for a category plan its estimate book's entry, else its out-of-network,
     * else its allowed schedule; for every other plan its PPO ({@code primary}) schedule (estimation-rules.md §4 step 3).
     */
    public static BigDecimal allowed(Plan.PlanType type, BigDecimal bookFee, Function<Kind, BigDecimal> feeIn) {
        return switch (type) {
            case category_percentage ->
                firstNonNull(bookFee, firstNonNull(feeIn.apply(Kind.out_of_network), feeIn.apply(Kind.allowed)));
            case ppo_percentage, ppo_fixed_benefit, medicaid_flat_copay, capitation -> feeIn.apply(Kind.primary);
        };
    }

    /** Whether a plan reads an estimate book for its allowed fees (the book its allowed or blue-book slot names). */
    public static boolean readsEstimateBook(Plan.PlanType type) {
        return type == Plan.PlanType.category_percentage;
    }

    private static BigDecimal firstNonNull(BigDecimal a, BigDecimal b) {
        return a != null ? a : b;
    }
}
