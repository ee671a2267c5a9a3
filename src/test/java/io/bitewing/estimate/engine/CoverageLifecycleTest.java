package io.bitewing.estimate.engine;

import static io.bitewing.estimate.engine.BenefitRow.coinsurance;
import static io.bitewing.estimate.engine.Scenario.CROWNS;
import static io.bitewing.estimate.engine.Scenario.line;
import static io.bitewing.estimate.engine.Scenario.scenario;
import static io.bitewing.estimate.engine.Target.category;
import static io.bitewing.estimate.engine.WorkedExamplesTest.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.estimate.engine.EstimateLine.Limit;
import io.bitewing.estimate.engine.PlanInput.PlanType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Our rule E20: coverage ends after its term date, and an archived plan pays nothing at all. */
class CoverageLifecycleTest {

    @Test
    void theTermDateIsTheLastDayCovered() {
        Scenario s = scenario().asOf(LocalDate.of(2026, 3, 1));
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 50))
                .term(LocalDate.of(2026, 3, 1));
        EstimateLine l = line(s.procedure("c", "D2740", "1000").run(), "c", 1);
        // 50% of 1000 on the last day of coverage.
        money(l.insuranceEstimate(), "500");
        assertThat(l.limitedBy()).isEmpty();
    }

    @Test
    void aServiceAfterTheTermDatePaysNothingAndSaysWhy() {
        Scenario s = scenario().asOf(LocalDate.of(2026, 3, 2));
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 50))
                .term(LocalDate.of(2026, 3, 1));
        EstimateLine l = line(s.procedure("c", "D2740", "1000").run(), "c", 1);
        money(l.insuranceEstimate(), "0");
        assertThat(l.limitedBy()).containsExactly(Limit.COVERAGE_TERMINATED);
        assertThat(l.notes()).contains("Coverage terminated on 2026-03-01");
    }

    @Test
    void anArchivedPlanPaysNothingWhateverTheDateOfService() {
        Scenario s = scenario().asOf(LocalDate.of(2026, 3, 1));
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 50))
                .allowed("c", "800")
                .archivedOn(LocalDate.of(2026, 4, 10));
        EstimateResult r = s.procedure("c", "D2740", "1000").run();
        EstimateLine l = line(r, "c", 1);
        money(l.insuranceEstimate(), "0");
        money(l.writeOff(), "0");
        money(r.procedures().get(0).patientPortion(), "1000");
        assertThat(l.limitedBy()).containsExactly(Limit.COVERAGE_TERMINATED);
        assertThat(l.notes()).contains("Plan archived on 2026-04-10: it pays nothing");
    }
}
