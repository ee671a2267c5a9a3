package io.bitewing.estimate.engine;

import static io.bitewing.estimate.engine.BenefitRow.coinsurance;
import static io.bitewing.estimate.engine.Scenario.CROWNS;
import static io.bitewing.estimate.engine.Scenario.line;
import static io.bitewing.estimate.engine.Scenario.scenario;
import static io.bitewing.estimate.engine.Target.category;
import static io.bitewing.estimate.engine.WorkedExamplesTest.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.estimate.engine.PlanInput.PlanType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Our rule §8.5: the patient's share stops at what is left of it; the plan pays the rest. */
class CapAtOutOfPocketMaximumTest {

    @Test
    void thePatientsShareStopsAtTheRemainingOutOfPocketMaximumAcrossTheTreatmentPlan() {
        Scenario s = scenario().asOf(LocalDate.of(2026, 3, 1));
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 50))
                .outOfPocketRemaining("600");
        EstimateResult r = s.procedure("a", "D2740", "1000")
                .procedure("b", "D2750", "1000")
                .run();
        // First crown: the patient's 500 fits in the 600 left. Second: 100 is left, so insurance pays 900.
        money(line(r, "a", 1).insuranceEstimate(), "500");
        money(r.procedures().get(0).patientPortion(), "500");
        money(line(r, "b", 1).insuranceEstimate(), "900");
        money(r.procedures().get(1).patientPortion(), "100");
        assertThat(line(r, "b", 1).notes())
                .contains("Out-of-pocket maximum reached: insurance pays the patient's share beyond it ($400.00)");
    }

    @Test
    void withoutAnOutOfPocketMaximumOnFileNothingChanges() {
        Scenario s = scenario().asOf(LocalDate.of(2026, 3, 1));
        s.plan(PlanType.CATEGORY_PERCENTAGE).benefits(coinsurance(category(CROWNS), 50));
        EstimateResult r = s.procedure("a", "D2740", "1000").run();
        money(line(r, "a", 1).insuranceEstimate(), "500");
        money(r.procedures().get(0).patientPortion(), "500");
    }
}
