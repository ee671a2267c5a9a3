package io.bitewing.estimate.engine;

import static io.bitewing.estimate.engine.BenefitRow.annualMax;
import static io.bitewing.estimate.engine.BenefitRow.coinsurance;
import static io.bitewing.estimate.engine.BenefitRow.deductible;
import static io.bitewing.estimate.engine.BenefitRow.orthoLifetimeMax;
import static io.bitewing.estimate.engine.Scenario.CROWNS;
import static io.bitewing.estimate.engine.Scenario.DIAGNOSTIC;
import static io.bitewing.estimate.engine.Scenario.ORTHO;
import static io.bitewing.estimate.engine.Scenario.PREVENTIVE;
import static io.bitewing.estimate.engine.Scenario.dec;
import static io.bitewing.estimate.engine.Scenario.line;
import static io.bitewing.estimate.engine.Scenario.procedure;
import static io.bitewing.estimate.engine.Scenario.scenario;
import static io.bitewing.estimate.engine.Target.category;
import static io.bitewing.estimate.engine.Target.general;
import static io.bitewing.estimate.engine.WorkedExamplesTest.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.estimate.engine.EstimateLine.Limit;
import io.bitewing.estimate.engine.PlanInput.PlanType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules of estimation-rules.md §13 E9 and E10 and the office's line overrides (§2 "EstimateLine", §4 steps 3–6, 11). */
class SharedDeductiblesAndOverridesTest {

    @ParameterizedTest(name = "preventive deductible aimed at the {0}: exam takes {1}")
    @CsvSource({
        // General 100, diagnostic 50, preventive 50: a prophy first takes 50. When the preventive deductible aims at
        // the Preventive category the exam's Diagnostic bucket shares what the prophy took (E9, T-7); aimed at the
        // prophy's code it is no category pair and the exam's bucket stands alone.
        "category, 0,  60",
        "code,     50, 10",
    })
    void diagnosticAndPreventiveDeductiblesShareOneBucketInATreatmentPlan(
            String preventiveTarget, String examDeductible, String examInsurance) {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(DIAGNOSTIC), 100),
                        coinsurance(category(PREVENTIVE), 100),
                        deductible(general(), "100"),
                        deductible(category(DIAGNOSTIC), "50"),
                        deductible(
                                preventiveTarget.equals("category") ? category(PREVENTIVE) : Target.code("D1110"),
                                "50"));
        EstimateResult r = s.procedure("prophy", "D1110", "100")
                .procedure("exam", "D0120", "60")
                .run();
        money(line(r, "prophy", 1).deductibleApplied(), "50");
        money(line(r, "exam", 1).deductibleApplied(), examDeductible);
        money(line(r, "exam", 1).insuranceEstimate(), examInsurance);
    }

    @ParameterizedTest(name = "ortho max {0}, ortho deductible {1}: ortho takes {2}, the filling after it {3}")
    @CsvSource({
        // With a separate ortho maximum the general deductible skips ortho (Our rule E10) and waits for the crown.
        "true,  ,   0,  50",
        // A deductible aimed at ortho still applies, and consumes the general one (E7).
        "true,  25, 25, 25",
        // Without an ortho maximum, ortho takes the general deductible like any code.
        "false, ,   50, 0",
    })
    void theOrthoCategoryTakesNoGeneralDeductibleWhenItHasItsOwnMaximum(
            boolean orthoMax, String orthoDeductible, String orthoTakes, String crownTakes) {
        Scenario s = scenario();
        var plan = s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(ORTHO), 50),
                        coinsurance(category(CROWNS), 50),
                        deductible(general(), "50"),
                        annualMax(general(), "1500"));
        if (orthoMax) plan.benefits(orthoLifetimeMax(category(ORTHO), "1000"));
        if (orthoDeductible != null) plan.benefits(deductible(category(ORTHO), orthoDeductible));
        EstimateResult r = s.procedure("ortho", "D8090", "3000")
                .procedure("crown", "D2740", "1000")
                .run();
        money(line(r, "ortho", 1).deductibleApplied(), orthoTakes);
        money(line(r, "crown", 1).deductibleApplied(), crownTakes);
    }

    @ParameterizedTest(name = "untargeted ortho max: ortho {0}, crown {1}")
    @CsvSource("1000, 475")
    void anOrthoMaximumWithoutTargetAimsAtTheOrthoCategoryOnly(String orthoIns, String crownIns) {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(ORTHO), 50),
                        coinsurance(category(CROWNS), 50),
                        deductible(general(), "50"),
                        orthoLifetimeMax(general(), "1000"));
        EstimateResult r = s.procedure("ortho", "D8090", "3000")
                .procedure("crown", "D2740", "1000")
                .run();
        money(line(r, "ortho", 1).insuranceEstimate(), orthoIns);
        assertThat(line(r, "ortho", 1).limitedBy()).containsExactly(Limit.ORTHO_LIFETIME_MAX);
        money(line(r, "crown", 1).insuranceEstimate(), crownIns);
        money(r.plans().get(0).orthoLifetimeMax().remaining(), "0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // override,        allowed, copay, pct, ded, ins,    wo      PPO: fee 1200, PPO fee 950, crowns 50 %, ded 50
        "none,               950,    0,     50,  50,  450,    250",
        "allowed 900,        900,    0,     50,  50,  425,    250",
        "allowed 2000,       1200,   0,     50,  50,  575,    250",
        "copay 100,          950,    100,   50,  50,  400,    250",
        "percent 80,         950,    0,     80,  50,  720,    250",
        "deductible 0,       950,    0,     50,  0,   475,    250",
        "deductible 5000,    950,    0,     50,  950, 0,      250",
        "insurance 300,      950,    0,     50,  50,  300,    250",
        "write-off 0,        950,    0,     50,  50,  450,    0",
    })
    void anOfficesOverrideReplacesTheCalculatedAmount(
            String override, String allowed, String copay, int pct, String ded, String ins, String wo) {
        String[] kv = override.split(" ");
        LineOverride o = switch (kv[0]) {
            case "allowed" -> new LineOverride(dec(kv[1]), null, null, null, null, null, null);
            case "copay" -> new LineOverride(null, dec(kv[1]), null, null, null, null, null);
            case "percent" -> new LineOverride(null, null, null, Integer.valueOf(kv[1]), null, null, null);
            case "deductible" -> new LineOverride(null, null, dec(kv[1]), null, null, null, null);
            case "insurance" -> new LineOverride(null, null, null, null, null, dec(kv[1]), null);
            case "write-off" -> new LineOverride(null, null, null, null, null, null, dec(kv[1]));
            default -> LineOverride.NONE;
        };
        Scenario s = scenario();
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 50), deductible(general(), "50"), annualMax(general(), "1500"))
                .allowed("crown", "950");
        EstimateResult r = s.procedure(
                        ProcedureInput.of("crown", "D2740", "1200").withOverride(1, o))
                .run();
        EstimateLine l = line(r, "crown", 1);
        money(l.allowedFee(), allowed);
        money(l.copay(), copay);
        assertThat(l.coveragePercent()).isEqualTo(pct);
        money(l.deductibleApplied(), ded);
        money(l.insuranceEstimate(), ins);
        money(l.writeOff(), wo);
        if (o != LineOverride.NONE) assertThat(l.notes()).anyMatch(n -> n.contains("entered by the office"));
    }

    @ParameterizedTest(name = "insurance override {0} on the first crown leaves the second {1}")
    @CsvSource({"100, 500", "1000, 0", "0, 500"})
    void anInsuranceOverrideConsumesTheMaximumForLaterProcedures(String first, String second) {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE).benefits(coinsurance(category(CROWNS), 50), annualMax(general(), "1000"));
        EstimateResult r = s.procedure(ProcedureInput.of("a", "D2740", "1000")
                        .withOverride(1, new LineOverride(null, null, null, null, null, dec(first), null)))
                .procedure("b", "D2740", "1000")
                .run();
        money(line(r, "a", 1).insuranceEstimate(), first);
        money(line(r, "b", 1).insuranceEstimate(), second);
    }

    @ParameterizedTest(name = "secondary told the primary paid {0}: pays {1}")
    @CsvSource({", 100", "150, 50", "200, 0"})
    void aPaidByOtherPlansOverrideDrivesCoordination(String paidOther, String secondary) {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE).benefits(coinsurance(category(CROWNS), 50));
        s.plan(PlanType.CATEGORY_PERCENTAGE).benefits(coinsurance(category(CROWNS), 50));
        EstimateResult r = s.procedure(ProcedureInput.of("a", "D2740", "200")
                        .withOverride(2, new LineOverride(null, null, null, null, dec(paidOther), null, null)))
                .run();
        money(line(r, "a", 2).insuranceEstimate(), secondary);
        money(
                procedure(r, "a").insuranceTotal(),
                paidOther == null ? "200" : String.valueOf(100 + Integer.parseInt(secondary)));
    }
}
