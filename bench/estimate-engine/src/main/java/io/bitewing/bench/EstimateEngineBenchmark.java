package io.bitewing.bench;

import io.bitewing.estimate.engine.BenefitRow;
import io.bitewing.estimate.engine.CategoryRoles;
import io.bitewing.estimate.engine.CodeCategories;
import io.bitewing.estimate.engine.PlanInput.CobRule;
import io.bitewing.estimate.engine.HistoryRow.HistoryStatus;
import io.bitewing.estimate.engine.EstimateInput.Mode;
import io.bitewing.estimate.engine.PlanInput.PlanType;
import io.bitewing.estimate.engine.BenefitRow.QuantityQualifier;
import io.bitewing.estimate.engine.BenefitRow.TimePeriod;
import io.bitewing.estimate.engine.BenefitRow.TreatArea;
import io.bitewing.estimate.engine.EstimateInput;
import io.bitewing.estimate.engine.EstimateResult;
import io.bitewing.estimate.engine.EstimationEngine;
import io.bitewing.estimate.engine.HistoryRow;
import io.bitewing.estimate.engine.PlanFees;
import io.bitewing.estimate.engine.PlanInput;
import io.bitewing.estimate.engine.ProcedureInput;
import io.bitewing.estimate.engine.Settings;
import io.bitewing.estimate.engine.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Estimates per second of the engine alone for a 10-procedure treatment plan on two plans (a PPO primary and a
 * category secondary, each with a full set of benefit rows) with 50 claim-history rows on their subscriptions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EstimateEngineBenchmark {

    private static final String DIAGNOSTIC = "diagnostic", XRAY = "xray", PREVENTIVE = "preventive",
            RESTORATIVE = "restorative", ENDO = "endo", PERIO = "perio", CROWNS = "crowns", ORTHO = "ortho";

    private static final List<String> CODES = List.of("D0120", "D0274", "D1110", "D2391", "D2740", "D3330", "D4341",
            "D2750", "D1351", "D2392");

    EstimateInput input;

    @Setup
    public void setUp() {
        Map<String, CodeCategories> categories = new HashMap<>();
        categories.put("D0120", general(DIAGNOSTIC));
        categories.put("D0274", general(DIAGNOSTIC, XRAY));
        categories.put("D1110", general(PREVENTIVE));
        categories.put("D1351", general(PREVENTIVE));
        categories.put("D2391", general(RESTORATIVE));
        categories.put("D2392", general(RESTORATIVE));
        categories.put("D2740", general(RESTORATIVE, CROWNS));
        categories.put("D2750", general(RESTORATIVE, CROWNS));
        categories.put("D3330", general(ENDO));
        categories.put("D4341", general(PERIO));

        List<BenefitRow> ppoRows = List.of(
                BenefitRow.coinsurance(Target.category(DIAGNOSTIC), 100),
                BenefitRow.coinsurance(Target.category(PREVENTIVE), 100),
                BenefitRow.coinsurance(Target.category(RESTORATIVE), 80),
                BenefitRow.coinsurance(Target.category(ENDO), 80),
                BenefitRow.coinsurance(Target.category(PERIO), 80),
                BenefitRow.coinsurance(Target.category(CROWNS), 50),
                BenefitRow.deductible(Target.general(), "50"),
                BenefitRow.deductible(Target.category(DIAGNOSTIC), "0"),
                BenefitRow.deductible(Target.category(PREVENTIVE), "0"),
                BenefitRow.familyDeductible("150"),
                BenefitRow.annualMax(Target.general(), "1500"),
                BenefitRow.familyAnnualMax("4000"),
                BenefitRow.orthoLifetimeMax(Target.category(ORTHO), "1500"),
                BenefitRow.frequency(Target.group("prophy", Set.of("D1110", "D1120")), TimePeriod.CALENDAR_YEAR,
                        QuantityQualifier.NUMBER_OF_SERVICES, 2, TreatArea.MOUTH),
                BenefitRow.frequency(Target.group("bw", Set.of("D0272", "D0274")), TimePeriod.NUMBER_IN_LAST_12_MONTHS,
                        QuantityQualifier.NUMBER_OF_SERVICES, 1, TreatArea.MOUTH),
                BenefitRow.frequency(Target.code("D2740"), TimePeriod.NONE, QuantityQualifier.YEARS, 5, TreatArea.TOOTH),
                BenefitRow.frequency(Target.code("D0120"), TimePeriod.NONE, QuantityQualifier.MONTHS, 6, TreatArea.MOUTH),
                BenefitRow.ageLimit(Target.group("sealant", Set.of("D1351")), 14),
                BenefitRow.waitingPeriod(Target.category(CROWNS), 6),
                BenefitRow.exclusion(Target.code("D2392")));
        List<BenefitRow> categoryRows = List.of(
                BenefitRow.coinsurance(Target.category(DIAGNOSTIC), 100),
                BenefitRow.coinsurance(Target.category(PREVENTIVE), 100),
                BenefitRow.coinsurance(Target.category(RESTORATIVE), 50),
                BenefitRow.coinsurance(Target.category(ENDO), 50),
                BenefitRow.coinsurance(Target.category(PERIO), 50),
                BenefitRow.coinsurance(Target.category(CROWNS), 50),
                BenefitRow.deductible(Target.general(), "25"),
                BenefitRow.annualMax(Target.general(), "1000"),
                BenefitRow.frequency(Target.group("prophy", Set.of("D1110", "D1120")), TimePeriod.CALENDAR_YEAR,
                        QuantityQualifier.NUMBER_OF_SERVICES, 2, TreatArea.MOUTH));

        var ppoFees = new HashMap<String, PlanFees>();
        var procedures = new ArrayList<ProcedureInput>();
        for (int i = 0; i < CODES.size(); i++) {
            String ref = "p" + i;
            BigDecimal ucr = BigDecimal.valueOf(60 + 110L * i);
            ppoFees.put(ref, new PlanFees(ucr.multiply(new BigDecimal("0.8")), null, null, null));
            procedures.add(new ProcedureInput(ref, CODES.get(i), ucr, 1, null, String.valueOf(i + 2), null, null));
        }

        LocalDate asOf = LocalDate.of(2026, 3, 1);
        var ppoHistory = new ArrayList<HistoryRow>();
        var categoryHistory = new ArrayList<HistoryRow>();
        for (int i = 0; i < 50; i++) {
            var statuses = HistoryStatus.values();
            var row = new HistoryRow(asOf.minusDays(20L * i + 3), i % 7 == 6 ? null : CODES.get(i % CODES.size()),
                    statuses[i % statuses.length], BigDecimal.valueOf(15 + i), BigDecimal.valueOf(i % 5 == 0 ? 10 : 0),
                    i % 3 != 0, String.valueOf(i % 32 + 1), null);
            (i < 30 ? ppoHistory : categoryHistory).add(row);
        }

        var plans = List.of(
                new PlanInput("ppo", PlanType.PPO_PERCENTAGE, 1, CobRule.BASIC, ppoRows, ppoFees, false, ORTHO,
                        LocalDate.of(2024, 1, 1), null, ppoHistory, null, null, null, true),
                new PlanInput("category", PlanType.CATEGORY_PERCENTAGE, 7, CobRule.STANDARD, categoryRows, Map.of(), false,
                        ORTHO, LocalDate.of(2023, 7, 1), null, categoryHistory, null, null, null, true));
        input = new EstimateInput(LocalDate.of(2012, 5, 5), plans, categories, Settings.DEFAULTS, procedures, asOf,
                Mode.TREATMENT_PLAN, true, new CategoryRoles(DIAGNOSTIC, PREVENTIVE));
    }

    private static CodeCategories general(String... ids) {
        return new CodeCategories(ids[ids.length - 1], List.of(ids), true);
    }

    @Benchmark
    public EstimateResult treatmentPlanOfTenOnTwoPlans() {
        return EstimationEngine.estimate(input);
    }
}
