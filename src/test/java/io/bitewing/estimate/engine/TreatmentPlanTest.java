package io.bitewing.estimate.engine;

import static io.bitewing.estimate.engine.BenefitRow.annualMax;
import static io.bitewing.estimate.engine.BenefitRow.coinsurance;
import static io.bitewing.estimate.engine.BenefitRow.deductible;
import static io.bitewing.estimate.engine.BenefitRow.exclusion;
import static io.bitewing.estimate.engine.BenefitRow.frequency;
import static io.bitewing.estimate.engine.Scenario.CROWNS;
import static io.bitewing.estimate.engine.Scenario.PREVENTIVE;
import static io.bitewing.estimate.engine.Scenario.RESTORATIVE;
import static io.bitewing.estimate.engine.Scenario.line;
import static io.bitewing.estimate.engine.Scenario.scenario;
import static io.bitewing.estimate.engine.Scenario.service;
import static io.bitewing.estimate.engine.Target.category;
import static io.bitewing.estimate.engine.Target.code;
import static io.bitewing.estimate.engine.Target.general;
import static io.bitewing.estimate.engine.WorkedExamplesTest.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.estimate.engine.BenefitRow.QuantityQualifier;
import io.bitewing.estimate.engine.BenefitRow.TimePeriod;
import io.bitewing.estimate.engine.BenefitRow.TreatArea;
import io.bitewing.estimate.engine.EstimateLine.Limit;
import io.bitewing.estimate.engine.HistoryRow.HistoryStatus;
import io.bitewing.estimate.engine.PlanInput.PlanType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Several procedures, history, limits switched off and coverage dates (estimation-rules.md §5, §8, §13 E20–E22). */
class TreatmentPlanTest {

    @Test
    void fiveProceduresConsumeTheDeductibleAndThenTheMaximumInOrder() {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(RESTORATIVE), 80),
                        deductible(general(), "50"),
                        annualMax(general(), "300"));
        for (int i = 1; i <= 5; i++) s.procedure("p" + i, "D2150", "100");
        EstimateResult r = s.run();
        String[] expected = {"40", "80", "80", "80", "20"};
        for (int i = 1; i <= 5; i++) money(line(r, "p" + i, 1).insuranceEstimate(), expected[i - 1]);
        money(line(r, "p1", 1).deductibleApplied(), "50");
        money(line(r, "p2", 1).deductibleApplied(), "0");
        assertThat(line(r, "p5", 1).limitedBy()).containsExactly(Limit.ANNUAL_MAX);
        PlanSummary plan = r.plans().get(0);
        money(plan.annualMax().thisEstimate(), "300");
        money(plan.annualMax().remaining(), "0");
        money(plan.deductible().thisEstimate(), "50");
        money(r.totalInsurance(), "300");
        money(r.totalPatientPortion(), "200");
    }

    @Test
    void anUncoveredProcedureTakesNoDeductibleSoItCarriesToTheNext() {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(RESTORATIVE), 80), deductible(general(), "50"));
        EstimateResult r =
                s.procedure("a", "D2740", "100").procedure("b", "D2150", "100").run();
        money(line(r, "a", 1).deductibleApplied(), "0");
        assertThat(line(r, "a", 1).limitedBy()).containsExactly(Limit.NOT_COVERED);
        money(line(r, "b", 1).deductibleApplied(), "50");
    }

    @Test
    void historyInTheBenefitYearReducesTheRemainingMaximum() {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .serviceYear(7)
                .benefits(coinsurance(category(CROWNS), 100), annualMax(general(), "1000"))
                .history(
                        service(LocalDate.of(2025, 8, 1), "D2750", null, HistoryStatus.RECEIVED, "100"),
                        service(LocalDate.of(2026, 2, 1), "D2750", null, HistoryStatus.PENDING, "50"),
                        HistoryRow.adjustment(LocalDate.of(2025, 7, 1), "-25", "0", true),
                        service(LocalDate.of(2025, 9, 1), "D2750", null, HistoryStatus.OUTSIDE_OFFICE, "300"),
                        service(LocalDate.of(2025, 6, 30), "D2750", null, HistoryStatus.RECEIVED, "500"),
                        HistoryRow.adjustment(LocalDate.of(2025, 10, 1), "400", "0", false));
        EstimateResult r = s.procedure("c", "D2740", "2000").run();
        Bucket max = r.plans().get(0).annualMax();
        money(max.used(), "75");
        money(max.pending(), "50");
        money(line(r, "c", 1).insuranceEstimate(), "875");
        assertThat(line(r, "c", 1).notes()).contains("Annual maximum leaves $875.00");
        assertThat(r.plans().get(0).benefitYearStart()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void aProcedureInALaterBenefitYearUsesThatYearsMaximum() {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE).benefits(coinsurance(category(CROWNS), 100), annualMax(general(), "100"));
        EstimateResult r = s.procedure("a", "D2740", "100")
                .procedure(ProcedureInput.of("b", "D2740", "100").on(LocalDate.of(2027, 2, 1)))
                .run();
        money(line(r, "a", 1).insuranceEstimate(), "100");
        money(line(r, "b", 1).insuranceEstimate(), "100");
    }

    @Test
    void earlierPlannedProceduresCountTowardFrequency() {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(PREVENTIVE), 100),
                        frequency(
                                code("D1110"),
                                TimePeriod.CALENDAR_YEAR,
                                QuantityQualifier.NUMBER_OF_SERVICES,
                                1,
                                TreatArea.MOUTH));
        EstimateResult r =
                s.procedure("a", "D1110", "90").procedure("b", "D1110", "90").run();
        money(line(r, "a", 1).insuranceEstimate(), "90");
        money(line(r, "b", 1).insuranceEstimate(), "0");
        assertThat(line(r, "b", 1).limitedBy()).containsExactly(Limit.FREQUENCY);

        Scenario t = scenario().independent();
        t.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(PREVENTIVE), 100),
                        frequency(
                                code("D1110"),
                                TimePeriod.CALENDAR_YEAR,
                                QuantityQualifier.NUMBER_OF_SERVICES,
                                1,
                                TreatArea.MOUTH));
        money(
                line(
                                t.procedure("a", "D1110", "90")
                                        .procedure("b", "D1110", "90")
                                        .run(),
                                "b",
                                1)
                        .insuranceEstimate(),
                "90");
    }

    @Test
    void withoutLimitsDeductiblesMaximumsAndFrequencyAreSkippedButExclusionsStay() {
        Scenario s = scenario();
        s.applyLimits = false;
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(
                        coinsurance(category(RESTORATIVE), 80),
                        deductible(general(), "50"),
                        annualMax(general(), "10"),
                        exclusion(code("D2160")),
                        frequency(
                                code("D2150"),
                                TimePeriod.CALENDAR_YEAR,
                                QuantityQualifier.NUMBER_OF_SERVICES,
                                1,
                                TreatArea.MOUTH))
                .allowed("a", "100")
                .allowed("b", "100")
                .allowed("c", "100");
        EstimateResult r = s.procedure("a", "D2150", "120")
                .procedure("b", "D2150", "120")
                .procedure("c", "D2160", "120")
                .run();
        money(line(r, "a", 1).insuranceEstimate(), "80");
        money(line(r, "b", 1).insuranceEstimate(), "80");
        money(line(r, "b", 1).writeOff(), "20");
        money(line(r, "c", 1).insuranceEstimate(), "0");
        assertThat(line(r, "c", 1).limitedBy()).containsExactly(Limit.EXCLUSION);
    }

    @Test
    void terminatedCoveragePaysNothing() {
        Scenario s = scenario();
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 50))
                .allowed("c", "800")
                .term(LocalDate.of(2026, 2, 1));
        EstimateResult r = s.procedure("c", "D2740", "1000").run();
        EstimateLine l = line(r, "c", 1);
        money(l.insuranceEstimate(), "0");
        money(l.writeOff(), "0");
        assertThat(l.limitedBy()).containsExactly(Limit.COVERAGE_TERMINATED);
        money(r.procedures().get(0).patientPortion(), "1000");
    }

    @ParameterizedTest(name = "patient max {0}: insurance {1}")
    @CsvSource({"300, 300", ", 1000"})
    void aPatientLevelMaximumReplacesThePlans(String patientMax, String ins) {
        Scenario s = scenario();
        Scenario.Plan p = s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 100), annualMax(general(), "1500"));
        if (patientMax != null) p.benefits(annualMax(general(), patientMax).forPatient());
        EstimateResult r = s.procedure("c", "D2740", "1000").run();
        money(line(r, "c", 1).insuranceEstimate(), ins);
        money(r.plans().get(0).annualMax().total(), patientMax == null ? "1500" : patientMax);
    }

    @Test
    void aCategoryDeductibleOfZeroWaivesTheGeneralOne() {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(PREVENTIVE), 100),
                        coinsurance(category(CROWNS), 50),
                        deductible(general(), "50"),
                        deductible(category(PREVENTIVE), "0"));
        EstimateResult r =
                s.procedure("a", "D1110", "100").procedure("b", "D2740", "100").run();
        money(line(r, "a", 1).deductibleApplied(), "0");
        money(line(r, "a", 1).insuranceEstimate(), "100");
        money(line(r, "b", 1).deductibleApplied(), "50");
        money(line(r, "b", 1).insuranceEstimate(), "25");
    }

    @Test
    void aPpoFeeAboveTheUcrFeeBecomesTheBilledFee() {
        Scenario s = scenario();
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 50))
                .allowed("c", "1100");
        EstimateResult r = s.procedure("c", "D2740", "1000").run();
        money(r.procedures().get(0).fee(), "1100");
        money(line(r, "c", 1).writeOff(), "0");
        money(line(r, "c", 1).insuranceEstimate(), "550");
        assertThat(new BigDecimal("550.00").scale())
                .isEqualTo(line(r, "c", 1).insuranceEstimate().scale());
    }
}
