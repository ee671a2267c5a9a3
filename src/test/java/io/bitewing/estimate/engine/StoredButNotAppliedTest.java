package io.bitewing.estimate.engine;

import static io.bitewing.estimate.engine.BenefitRow.coinsurance;
import static io.bitewing.estimate.engine.BenefitRow.frequency;
import static io.bitewing.estimate.engine.BenefitRow.waitingPeriod;
import static io.bitewing.estimate.engine.Scenario.CROWNS;
import static io.bitewing.estimate.engine.Scenario.PREVENTIVE;
import static io.bitewing.estimate.engine.Scenario.line;
import static io.bitewing.estimate.engine.Scenario.scenario;
import static io.bitewing.estimate.engine.Target.category;
import static io.bitewing.estimate.engine.WorkedExamplesTest.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.estimate.engine.BenefitRow.QuantityQualifier;
import io.bitewing.estimate.engine.BenefitRow.TimePeriod;
import io.bitewing.estimate.engine.PlanInput.PlanType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * estimation-rules.md §3 "Stored but not applied": the shapes the estimator passes over change no amount, and every
 * line the benefit's target covers names them.
 */
class StoredButNotAppliedTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    @Test
    void anUntargetedWaitingPeriodWaitsForNothingAndEveryLineSaysSo() {
        Scenario s = scenario().asOf(AS_OF);
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 50), waitingPeriod(Target.general(), 12))
                .effective(LocalDate.of(2026, 1, 1))
                .unused(Target.general(), "A waiting period with no target is not applied.");
        EstimateResult r =
                s.procedure("c", "D2740", "1000").procedure("p", "D1110", "100").run();
        // Within twelve months of the effective date, yet the crown still pays 50 % of 1000.
        EstimateLine crown = line(r, "c", 1);
        money(crown.insuranceEstimate(), "500");
        assertThat(crown.limitedBy()).isEmpty();
        assertThat(crown.notes()).contains("Benefit not applied: A waiting period with no target is not applied.");
        assertThat(line(r, "p", 1).notes())
                .contains("Benefit not applied: A waiting period with no target is not applied.");
    }

    @Test
    void aVisitsLimitationCountsNothingAndOnlyTheLinesItTargetsSaySo() {
        Scenario s = scenario().asOf(AS_OF);
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(CROWNS), 50),
                        coinsurance(category(PREVENTIVE), 100),
                        frequency(Target.code("D1110"), TimePeriod.CALENDAR_YEAR, QuantityQualifier.VISITS, 1, null))
                .history(Scenario.service(
                        LocalDate.of(2026, 1, 20), "D1110", null, HistoryRow.HistoryStatus.RECEIVED, "80"))
                .unused(Target.code("D1110"), "The visits qualifier is not applied.");
        EstimateResult r =
                s.procedure("p", "D1110", "100").procedure("c", "D2740", "1000").run();
        // One prophy already this year, yet a "1 visit" limit does not stop the second: 100 % of 100.
        EstimateLine prophy = line(r, "p", 1);
        money(prophy.insuranceEstimate(), "100");
        assertThat(prophy.notes()).contains("Benefit not applied: The visits qualifier is not applied.");
        assertThat(line(r, "c", 1).notes()).noneMatch(n -> n.startsWith("Benefit not applied"));
    }

    @Test
    void anUntargetedFrequencyLimitationCountsNothing() {
        Scenario s = scenario().asOf(AS_OF);
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(PREVENTIVE), 100),
                        frequency(
                                Target.general(),
                                TimePeriod.CALENDAR_YEAR,
                                QuantityQualifier.NUMBER_OF_SERVICES,
                                1,
                                null))
                .history(Scenario.service(
                        LocalDate.of(2026, 1, 20), "D1110", null, HistoryRow.HistoryStatus.RECEIVED, "80"));
        EstimateLine prophy = line(s.procedure("p", "D1110", "100").run(), "p", 1);
        money(prophy.insuranceEstimate(), "100");
        assertThat(prophy.limitedBy()).isEmpty();
        assertThat(List.copyOf(prophy.notes())).noneMatch(n -> n.contains("Frequency"));
    }
}
