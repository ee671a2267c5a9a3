package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.BenefitRow.BenefitType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One of the patient's coverages, in ordinal order (1 = primary).
 *
 * @param id caller's reference (patient plan uuid), echoed in the result
 * @param benefitYearStartMonth 1–12; 0 or 1 is the calendar year (§1 "Benefit year")
 * @param benefits effective rows, plan scope and patient scope (§11)
 * @param unusedBenefits stored benefits the engine does not apply, named in the notes of the lines they cover (§3)
 * @param fees per procedure ref
 * @param hasCopaySchedule whether the plan has a copay schedule at all (a blank entry then follows the copay setting)
 * @param orthoCategoryId the Orthodontics category, to name an ortho lifetime max in {@code limited_by}
 * @param dateEffective subscription start (waiting periods); null: no waiting period triggers
 * @param dateTerm subscription end (the last day covered); null: open
 * @param planArchivedOn the day the plan was archived; null: live. An archived plan pays nothing (our rule E20)
 * @param history this subscription's history, the patient's and the family's
 * @param exclusionUsesUcrFee plan override of the practice setting, null = practice default
 * @param zeroWriteoffOnMax plan override: true zeroes the PPO write-off on a line the maximum drove to 0; null = practice
 * @param zeroWriteoffOnFrequencyOrAge plan override likewise for frequency and age limits
 * @param ppoSubstitutionWriteoffs whether a downgraded PPO line still estimates a write-off (§4 step 10c)
 * @param outOfPocketRemaining what is left of the patient's out-of-pocket maximum for this plan's benefit year, as an
 *     eligibility vendor reported it; null: no out-of-pocket maximum on file (§8.5)
 */
public record PlanInput(
        String id,
        PlanType planType,
        int benefitYearStartMonth,
        CobRule cobRule,
        List<BenefitRow> benefits,
        List<UnusedBenefit> unusedBenefits,
        Map<String, PlanFees> fees,
        boolean hasCopaySchedule,
        String orthoCategoryId,
        LocalDate dateEffective,
        LocalDate dateTerm,
        LocalDate planArchivedOn,
        List<HistoryRow> history,
        Boolean exclusionUsesUcrFee,
        Boolean zeroWriteoffOnMax,
        Boolean zeroWriteoffOnFrequencyOrAge,
        boolean ppoSubstitutionWriteoffs,
        BigDecimal outOfPocketRemaining) {

    public PlanInput {
        benefits = benefits == null
                ? List.of()
                : benefits.stream().map(b -> orthoTargeted(b, orthoCategoryId)).toList();
        unusedBenefits = unusedBenefits == null ? List.of() : List.copyOf(unusedBenefits);
        fees = fees == null ? Map.of() : Map.copyOf(fees);
        history = history == null ? List.of() : List.copyOf(history);
        if (cobRule == null) cobRule = CobRule.BASIC;
    }

    /**
     * An ortho lifetime maximum without a target aims at the Orthodontics category (a general target would make it
     * an annual maximum of the General codes); with no such category it matches nothing.
     */
    private static BenefitRow orthoTargeted(BenefitRow b, String orthoCategoryId) {
        if (b.type() != BenefitType.ORTHO_LIFETIME_MAX || !(b.target() instanceof Target.General)) return b;
        return b.withTarget(Target.category(orthoCategoryId == null ? "" : orthoCategoryId));
    }

    PlanFees feesFor(String ref) {
        return fees.getOrDefault(ref, PlanFees.NONE);
    }

    public enum PlanType {
        CATEGORY_PERCENTAGE,
        PPO_PERCENTAGE,
        PPO_FIXED_BENEFIT,
        FLAT_COPAY,
        CAPITATION
    }

    public enum CobRule {
        BASIC,
        STANDARD,
        CARVE_OUT,
        SECONDARY_MEDICAID
    }
}
