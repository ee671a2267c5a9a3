package io.bitewing.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.benefit.Benefit.CoverageLevel;
import io.bitewing.benefit.Benefit.QuantityQualifier;
import io.bitewing.benefit.Benefit.Target;
import io.bitewing.benefit.Benefit.TimePeriod;
import io.bitewing.practice.procedurecode.ProcedureCodeBrief;
import io.bitewing.shared.web.Ref;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EffectiveBenefitsTest {

    private static final Ref PLAN = new Ref(UUID.randomUUID(), "Acme");
    private static final Ref PATIENT_PLAN = new Ref(UUID.randomUUID(), null);
    private static final Ref PREVENTIVE = new Ref(UUID.randomUUID(), "Preventive");
    private static final Ref RESTORATIVE = new Ref(UUID.randomUUID(), "Restorative");
    private static final Ref BW = new Ref(UUID.randomUUID(), "BW");
    private static final ProcedureCodeBrief D1110 =
            new ProcedureCodeBrief(UUID.randomUUID(), "D1110", "Adult cleaning");
    private static final ProcedureCodeBrief D2140 = new ProcedureCodeBrief(UUID.randomUUID(), "D2140", "Filling");

    /** D1110 is in Preventive, D2140 in Restorative, and nothing is in BW. */
    private static final EffectiveBenefits.Containment MEMBERSHIP = (outer, inner) ->
            outer.equals(new Target.Category(PREVENTIVE.id())) && inner.equals(new Target.Code(D1110.id(), "D1110"))
                    || outer.equals(new Target.Category(RESTORATIVE.id()))
                            && inner.equals(new Target.Code(D2140.id(), "D2140"));

    /** A benefit of the plan or the patient plan aimed at a category, BW, a code, or nothing (null). */
    private static Benefit row(
            Ref scope, BenefitType type, Object target, Integer percent, QuantityQualifier qualifier) {
        boolean patient = scope == PATIENT_PLAN;
        Ref category = target instanceof Ref ref && ref != BW ? ref : null;
        Ref group = target == BW ? BW : null;
        ProcedureCodeBrief code = target instanceof ProcedureCodeBrief brief ? brief : null;
        return new Benefit(
                UUID.randomUUID(),
                patient ? null : PLAN,
                patient ? PATIENT_PLAN : null,
                type,
                category,
                group,
                code,
                CoverageLevel.none,
                percent,
                percent == null ? new BigDecimal("50.00") : null,
                TimePeriod.calendar_year,
                qualifier,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                1,
                null,
                null,
                null,
                null);
    }

    private static Benefit coinsurance(Ref scope, Object target, int percent) {
        return row(scope, BenefitType.coinsurance, target, percent, QuantityQualifier.none);
    }

    private static Benefit amount(Ref scope, BenefitType type, Object target) {
        return row(scope, type, target, null, QuantityQualifier.none);
    }

    private static List<Benefit> merge(List<Benefit> plan, List<Benefit> patient) {
        return EffectiveBenefits.merge(plan, patient, MEMBERSHIP);
    }

    @Test
    void withoutOverridesThePlanBenefitsApplyAsTheyAre() {
        var plan = List.of(coinsurance(PLAN, PREVENTIVE, 100), amount(PLAN, BenefitType.deductible, null));
        assertThat(merge(plan, List.of())).isEqualTo(plan);
    }

    @Test
    void anOverrideReplacesThePlanBenefitOfTheSameTypeAndTarget() {
        var planDeductible = amount(PLAN, BenefitType.deductible, null);
        var planMax = amount(PLAN, BenefitType.annual_max, null);
        var patientDeductible = amount(PATIENT_PLAN, BenefitType.deductible, null);
        assertThat(merge(List.of(planDeductible, planMax), List.of(patientDeductible)))
                .containsExactly(planMax, patientDeductible);
    }

    @Test
    void anOverrideLeavesPlanBenefitsOfOtherTargetsAloneForTypesOtherThanCoinsurance() {
        var planCategoryDeductible = amount(PLAN, BenefitType.deductible, PREVENTIVE);
        var planCodeMax = amount(PLAN, BenefitType.limitation, D1110);
        var patientGeneralDeductible = amount(PATIENT_PLAN, BenefitType.deductible, null);
        var patientCategoryMax = amount(PATIENT_PLAN, BenefitType.limitation, PREVENTIVE);
        assertThat(merge(
                        List.of(planCategoryDeductible, planCodeMax),
                        List.of(patientGeneralDeductible, patientCategoryMax)))
                .containsExactly(planCategoryDeductible, planCodeMax, patientGeneralDeductible, patientCategoryMax);
    }

    @Test
    void aGeneralCoinsuranceOverrideWinsOverEveryPlanCoinsuranceWhateverItsSpecificity() {
        var planPreventive = coinsurance(PLAN, PREVENTIVE, 100);
        var planCode = coinsurance(PLAN, D2140, 50);
        var planDeductible = amount(PLAN, BenefitType.deductible, null);
        var patientGeneral = coinsurance(PATIENT_PLAN, null, 70);
        assertThat(merge(List.of(planPreventive, planCode, planDeductible), List.of(patientGeneral)))
                .containsExactly(planDeductible, patientGeneral);
    }

    @Test
    void aCategoryCoinsuranceOverrideWinsOverPlanCoinsuranceOnCodesInsideItOnly() {
        var planPreventive = coinsurance(PLAN, PREVENTIVE, 100);
        var planCleaning = coinsurance(PLAN, D1110, 90);
        var planFilling = coinsurance(PLAN, D2140, 80);
        var planRestorative = coinsurance(PLAN, RESTORATIVE, 80);
        var patientPreventive = coinsurance(PATIENT_PLAN, PREVENTIVE, 50);
        assertThat(merge(
                        List.of(planPreventive, planCleaning, planFilling, planRestorative),
                        List.of(patientPreventive)))
                .containsExactly(planFilling, planRestorative, patientPreventive);
    }

    @Test
    void aCodeCoinsuranceOverrideDoesNotRemoveTheBroaderPlanRowsItOnlyPartlyCovers() {
        var planPreventive = coinsurance(PLAN, PREVENTIVE, 100);
        var patientCleaning = coinsurance(PATIENT_PLAN, D1110, 50);
        assertThat(merge(List.of(planPreventive), List.of(patientCleaning)))
                .containsExactly(planPreventive, patientCleaning);
    }

    @Test
    void anAgeLimitOverrideDoesNotReplaceAFrequencyLimitOnTheSameGroup() {
        var planFrequency = row(PLAN, BenefitType.limitation, BW, null, QuantityQualifier.number_of_services);
        var patientAgeLimit = row(PATIENT_PLAN, BenefitType.limitation, BW, null, QuantityQualifier.age_limit);
        assertThat(merge(List.of(planFrequency), List.of(patientAgeLimit)))
                .containsExactly(planFrequency, patientAgeLimit);
    }

    @Test
    void aFrequencyOverrideReplacesThePlanFrequencyOnTheSameGroupWhateverItCounts() {
        var planPerYear = row(PLAN, BenefitType.limitation, BW, null, QuantityQualifier.number_of_services);
        var planAgeLimit = row(PLAN, BenefitType.limitation, BW, null, QuantityQualifier.age_limit);
        var patientEverySixMonths = row(PATIENT_PLAN, BenefitType.limitation, BW, null, QuantityQualifier.months);
        assertThat(merge(List.of(planPerYear, planAgeLimit), List.of(patientEverySixMonths)))
                .containsExactly(planAgeLimit, patientEverySixMonths);
    }

    @Test
    void overridesKeepTheirScopeSoTheEstimatorCanTellThemApart() {
        var merged = merge(List.of(coinsurance(PLAN, RESTORATIVE, 80)), List.of(coinsurance(PATIENT_PLAN, D1110, 50)));
        assertThat(merged).extracting(Benefit::isPatientOverride).containsExactly(false, true);
    }
}
