package io.bitewing.estimate;

import io.bitewing.benefit.Benefit;
import io.bitewing.estimate.engine.BenefitRow;
import io.bitewing.estimate.engine.HistoryRow.HistoryStatus;
import io.bitewing.estimate.engine.PlanInput;
import io.bitewing.history.ClaimHistory;
import io.bitewing.plan.Plan;
import io.bitewing.practice.procedurecode.ProcedureCode;
import io.bitewing.settings.InsuranceSettings;

/**
 * The modules' enums in the engine's words. Every switch is exhaustive without a default, so a constant added or
 * renamed on either side fails to compile here instead of failing at run time.
 */
final class EngineVocabulary {

    private EngineVocabulary() {}

    static PlanInput.PlanType planType(Plan.PlanType type) {
        return switch (type) {
            case category_percentage -> PlanInput.PlanType.CATEGORY_PERCENTAGE;
            case ppo_percentage -> PlanInput.PlanType.PPO_PERCENTAGE;
            case ppo_fixed_benefit -> PlanInput.PlanType.PPO_FIXED_BENEFIT;
            case medicaid_flat_copay -> PlanInput.PlanType.FLAT_COPAY;
            case capitation -> PlanInput.PlanType.CAPITATION;
        };
    }

    static PlanInput.CobRule cobRule(Plan.CobRule rule) {
        return switch (rule) {
            case basic -> PlanInput.CobRule.BASIC;
            case standard -> PlanInput.CobRule.STANDARD;
            case carve_out -> PlanInput.CobRule.CARVE_OUT;
            case secondary_medicaid -> PlanInput.CobRule.SECONDARY_MEDICAID;
        };
    }

    static PlanInput.CobRule cobRule(InsuranceSettings.CobRule rule) {
        return switch (rule) {
            case basic -> PlanInput.CobRule.BASIC;
            case standard -> PlanInput.CobRule.STANDARD;
            case carve_out -> PlanInput.CobRule.CARVE_OUT;
            case secondary_medicaid -> PlanInput.CobRule.SECONDARY_MEDICAID;
        };
    }

    static BenefitRow.BenefitType benefitType(Benefit.BenefitType type) {
        return switch (type) {
            case coinsurance -> BenefitRow.BenefitType.COINSURANCE;
            case deductible -> BenefitRow.BenefitType.DEDUCTIBLE;
            case family_deductible -> BenefitRow.BenefitType.FAMILY_DEDUCTIBLE;
            case annual_max -> BenefitRow.BenefitType.ANNUAL_MAX;
            case family_annual_max -> BenefitRow.BenefitType.FAMILY_ANNUAL_MAX;
            case ortho_lifetime_max -> BenefitRow.BenefitType.ORTHO_LIFETIME_MAX;
            case exclusion -> BenefitRow.BenefitType.EXCLUSION;
            case limitation -> BenefitRow.BenefitType.LIMITATION;
            case waiting_period -> BenefitRow.BenefitType.WAITING_PERIOD;
            case copayment -> BenefitRow.BenefitType.COPAYMENT;
            case active_coverage ->
                throw new IllegalArgumentException("active coverage changes no amount: EngineInputs leaves it out");
        };
    }

    static BenefitRow.TimePeriod timePeriod(Benefit.TimePeriod period) {
        return period == null
                ? null
                : switch (period) {
                    case none -> BenefitRow.TimePeriod.NONE;
                    case service_year -> BenefitRow.TimePeriod.SERVICE_YEAR;
                    case calendar_year -> BenefitRow.TimePeriod.CALENDAR_YEAR;
                    case lifetime -> BenefitRow.TimePeriod.LIFETIME;
                    case years -> BenefitRow.TimePeriod.YEARS;
                    case number_in_last_12_months -> BenefitRow.TimePeriod.NUMBER_IN_LAST_12_MONTHS;
                };
    }

    static BenefitRow.QuantityQualifier quantityQualifier(Benefit.QuantityQualifier qualifier) {
        return qualifier == null
                ? null
                : switch (qualifier) {
                    case none -> BenefitRow.QuantityQualifier.NONE;
                    case number_of_services -> BenefitRow.QuantityQualifier.NUMBER_OF_SERVICES;
                    case age_limit -> BenefitRow.QuantityQualifier.AGE_LIMIT;
                    case visits -> BenefitRow.QuantityQualifier.VISITS;
                    case years -> BenefitRow.QuantityQualifier.YEARS;
                    case months -> BenefitRow.QuantityQualifier.MONTHS;
                };
    }

    static BenefitRow.CoverageLevel coverageLevel(Benefit.CoverageLevel level) {
        return level == null
                ? null
                : switch (level) {
                    case none -> BenefitRow.CoverageLevel.NONE;
                    case individual -> BenefitRow.CoverageLevel.INDIVIDUAL;
                    case family -> BenefitRow.CoverageLevel.FAMILY;
                };
    }

    static BenefitRow.TreatArea treatArea(ProcedureCode.TreatArea area) {
        return area == null
                ? null
                : switch (area) {
                    case none -> BenefitRow.TreatArea.NONE;
                    case surf -> BenefitRow.TreatArea.SURF;
                    case tooth -> BenefitRow.TreatArea.TOOTH;
                    case mouth -> BenefitRow.TreatArea.MOUTH;
                    case quad -> BenefitRow.TreatArea.QUAD;
                    case sextant -> BenefitRow.TreatArea.SEXTANT;
                    case arch -> BenefitRow.TreatArea.ARCH;
                    case tooth_range -> BenefitRow.TreatArea.TOOTH_RANGE;
                };
    }

    static HistoryStatus historyStatus(ClaimHistory.Status status) {
        return switch (status) {
            case received -> HistoryStatus.RECEIVED;
            case pending -> HistoryStatus.PENDING;
            case outside_office -> HistoryStatus.OUTSIDE_OFFICE;
            case adjustment -> HistoryStatus.ADJUSTMENT;
        };
    }

    static Boolean triState(Plan.TriState t) {
        return t == null || t == Plan.TriState.DEFAULT ? null : t == Plan.TriState.yes;
    }

    static Boolean exclusionUsesUcrFee(Plan.ExclusionFeeRule rule) {
        return switch (rule) {
            case use_ucr_fee -> Boolean.TRUE;
            case do_nothing -> Boolean.FALSE;
            case practice_default -> null;
        };
    }
}
