package io.bitewing.estimate.engine;

import static io.bitewing.estimate.engine.BenefitRow.ageLimit;
import static io.bitewing.estimate.engine.BenefitRow.annualMax;
import static io.bitewing.estimate.engine.BenefitRow.coinsurance;
import static io.bitewing.estimate.engine.BenefitRow.deductible;
import static io.bitewing.estimate.engine.BenefitRow.exclusion;
import static io.bitewing.estimate.engine.BenefitRow.familyAnnualMax;
import static io.bitewing.estimate.engine.BenefitRow.familyDeductible;
import static io.bitewing.estimate.engine.BenefitRow.frequency;
import static io.bitewing.estimate.engine.BenefitRow.orthoLifetimeMax;
import static io.bitewing.estimate.engine.BenefitRow.waitingPeriod;
import static io.bitewing.estimate.engine.Scenario.CROWNS;
import static io.bitewing.estimate.engine.Scenario.DIAGNOSTIC;
import static io.bitewing.estimate.engine.Scenario.ORTHO;
import static io.bitewing.estimate.engine.Scenario.PERIO;
import static io.bitewing.estimate.engine.Scenario.PREVENTIVE;
import static io.bitewing.estimate.engine.Scenario.RESTORATIVE;
import static io.bitewing.estimate.engine.Scenario.XRAY;
import static io.bitewing.estimate.engine.Scenario.line;
import static io.bitewing.estimate.engine.Scenario.procedure;
import static io.bitewing.estimate.engine.Scenario.scenario;
import static io.bitewing.estimate.engine.Scenario.service;
import static io.bitewing.estimate.engine.Target.category;
import static io.bitewing.estimate.engine.Target.code;
import static io.bitewing.estimate.engine.Target.general;
import static io.bitewing.estimate.engine.Target.group;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.estimate.engine.BenefitRow.QuantityQualifier;
import io.bitewing.estimate.engine.BenefitRow.TimePeriod;
import io.bitewing.estimate.engine.BenefitRow.TreatArea;
import io.bitewing.estimate.engine.EstimateLine.Limit;
import io.bitewing.estimate.engine.HistoryRow.HistoryStatus;
import io.bitewing.estimate.engine.PlanInput.CobRule;
import io.bitewing.estimate.engine.PlanInput.PlanType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every worked example of estimation-rules.md §12, one test (or table) each. */
class WorkedExamplesTest {

    static void money(BigDecimal actual, String expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }

    static void expect(EstimateResult r, String ref, int ordinal, String ins, String wo, String pat) {
        EstimateLine l = line(r, ref, ordinal);
        money(l.insuranceEstimate(), ins);
        money(l.writeOff(), wo);
        if (pat != null) money(procedure(r, ref).patientPortion(), pat);
    }

    @Test
    void example01_categoryPercentageTakesTheDeductibleBeforeThePercentage() {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(RESTORATIVE), 80), deductible(general(), "50"));
        EstimateResult r = s.procedure("p1", "D2150", "125").run();
        money(line(r, "p1", 1).deductibleApplied(), "50");
        expect(r, "p1", 1, "60", null, "65");
    }

    @Test
    void example02_ppoWritesOffTheFeeAboveThePpoFee() {
        Scenario s = scenario();
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(RESTORATIVE), 80), deductible(general(), "50"))
                .allowed("p1", "127");
        expect(s.procedure("p1", "D2150", "150").run(), "p1", 1, "61.60", "23", "65.40");
    }

    @ParameterizedTest(name = "substitution write-offs {0}: insurance {1}, write-off {2}, patient {3}")
    @CsvSource({"true, 40, 23, 87", "false, 40, 0, 110"})
    void example03_aPpoDowngradePaysOnTheSubstituteFeeAndWritesOffOnTheChartedOne(
            boolean writeoffs, String ins, String wo, String pat) {
        Scenario s = scenario();
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(RESTORATIVE), 80), deductible(general(), "50"))
                .fees("p1", "127", "100", null, null)
                .substitutionWriteoffs(writeoffs);
        expect(s.procedure("p1", "D2392", "150").run(), "p1", 1, ins, wo, pat);
    }

    @Test
    void example04_copayAndFeesAreMultipliedByUnits() {
        Scenario s = scenario();
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(XRAY), 80), deductible(general(), "10"))
                .fees("p1", "40", null, "5", null)
                .copaySchedule();
        EstimateResult r =
                s.procedure(ProcedureInput.of("p1", "D0270", "50").units(3)).run();
        money(line(r, "p1", 1).copay(), "15");
        expect(r, "p1", 1, "76", "30", "44");
    }

    @ParameterizedTest(name = "fixed benefit {0}, blank as zero {1}: insurance {2}, write-off {3}, patient {4}")
    @CsvSource({"80, false, 80, 23, 47", ", false, 127, 23, 0", ", true, 0, 23, 127"})
    void example05_aFixedBenefitPlanPaysExactlyTheFixedBenefit(
            String fixed, boolean blankLikeZero, String ins, String wo, String pat) {
        Scenario s = scenario().settings(Settings.DEFAULTS.withFixedBenefitBlankLikeZero(blankLikeZero));
        s.plan(PlanType.PPO_FIXED_BENEFIT).fees("p1", "127", null, null, fixed);
        expect(s.procedure("p1", "D2150", "150").run(), "p1", 1, ins, wo, pat);
    }

    @Test
    void example06_aPpoWithACopayScheduleChargesTheCopay() {
        Scenario s = scenario();
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(PREVENTIVE), 100))
                .fees("p1", "100", null, "10", null)
                .copaySchedule();
        expect(s.procedure("p1", "D1110", "150").run(), "p1", 1, "90", "50", "10");
    }

    @ParameterizedTest(name = "copay {0}: write-off {1}, patient {2}")
    @CsvSource({"25, 95, 25", ", 120, 0"})
    void example07_capitationWritesOffEverythingAboveTheCopay(String copay, String wo, String pat) {
        Scenario s = scenario();
        s.plan(PlanType.CAPITATION).fees("p1", null, null, copay, null).copaySchedule();
        expect(s.procedure("p1", "D2150", "120").run(), "p1", 1, "0", wo, pat);
    }

    @Test
    void example08_flatCopayPaysThePlanFeeLessTheCopayWithoutWriteOff() {
        Scenario s = scenario();
        s.plan(PlanType.FLAT_COPAY).fees("p1", "60", null, "5", null).copaySchedule();
        expect(s.procedure("p1", "D1110", "60").run(), "p1", 1, "55", null, "5");
    }

    @Test
    void example09_deductibleAndMaximumAreConsumedInTreatmentPlanOrder() {
        Scenario s = scenario();
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 100), deductible(general(), "50"), annualMax(general(), "1000"))
                .allowed("c1", "900")
                .allowed("c2", "500");
        EstimateResult r = s.procedure("c1", "D2740", "2000")
                .procedure("c2", "D2750", "1000")
                .run();
        expect(r, "c1", 1, "850", "1100", "50");
        expect(r, "c2", 1, "150", "500", "350");
        assertThat(line(r, "c2", 1).limitedBy()).containsExactly(Limit.ANNUAL_MAX);
        assertThat(line(r, "c2", 1).notes()).contains("Annual maximum leaves $150.00");
        money(r.plans().get(0).annualMax().remaining(), "0");
    }

    @Test
    void example09_estimatedIndependentlyTheSecondCrownIgnoresTheFirst() {
        Scenario s = scenario().independent();
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 100), deductible(general(), "50"), annualMax(general(), "1000"))
                .allowed("c1", "900")
                .allowed("c2", "500");
        EstimateResult r = s.procedure("c1", "D2740", "2000")
                .procedure("c2", "D2750", "1000")
                .run();
        money(line(r, "c2", 1).insuranceEstimate(), "450");
    }

    @ParameterizedTest(name = "write off on max reached {0}: third crown write-off {1}, patient {2}")
    @CsvSource({"false, 0, 110", "true, 20, 90"})
    void example10_theWriteOffOfALineTheMaximumZeroedFollowsTheSetting(boolean writeoffOnMax, String wo, String pat) {
        Scenario s = scenario().settings(Settings.DEFAULTS.withWriteoffOnMaxReached(writeoffOnMax));
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 90), annualMax(general(), "100"))
                .allowed("c1", "90")
                .allowed("c2", "90")
                .allowed("c3", "90");
        EstimateResult r = s.procedure("c1", "D2740", "110")
                .procedure("c2", "D2740", "110")
                .procedure("c3", "D2740", "110")
                .run();
        expect(r, "c1", 1, "81", "20", "9");
        expect(r, "c2", 1, "19", "20", "71");
        expect(r, "c3", 1, "0", wo, pat);
    }

    @Test
    void example10_aDeductibleThatAbsorbsTheEstimateKeepsTheWriteOff() {
        Scenario s = scenario().settings(Settings.DEFAULTS.withWriteoffOnMaxReached(false));
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 90), deductible(general(), "100"), annualMax(general(), "100"))
                .allowed("c1", "90");
        expect(s.procedure("c1", "D2740", "110").run(), "c1", 1, "0", "20", "90");
    }

    @Test
    void example11_aCodeDeductibleBeatsTheCategoryAndSharesTheGeneralOne() {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        deductible(general(), "50"),
                        deductible(category(DIAGNOSTIC), "0"),
                        deductible(category(PREVENTIVE), "0"),
                        deductible(code("D0330"), "45"),
                        deductible(code("D0220"), "25"),
                        coinsurance(category(DIAGNOSTIC), 100),
                        coinsurance(category(RESTORATIVE), 80));
        EstimateResult r =
                s.procedure("a", "D0330", "95").procedure("b", "D2150", "200").run();
        money(line(r, "a", 1).deductibleApplied(), "45");
        money(line(r, "a", 1).insuranceEstimate(), "50");
        money(line(r, "b", 1).deductibleApplied(), "5");
        money(line(r, "b", 1).insuranceEstimate(), "156");

        Scenario t = scenario();
        t.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        deductible(general(), "50"),
                        deductible(category(DIAGNOSTIC), "0"),
                        deductible(code("D0330"), "45"),
                        deductible(code("D0220"), "25"),
                        coinsurance(category(DIAGNOSTIC), 100));
        EstimateResult u =
                t.procedure("a", "D0330", "95").procedure("b", "D0220", "60").run();
        money(line(u, "b", 1).deductibleApplied(), "5");
    }

    @ParameterizedTest(name = "family deductible {0}: deductible {1}, insurance {2}")
    @CsvSource({"true, 25, 88", "false, 75, 48"})
    void example12_theFamilyDeductibleCapsTheIndividualOne(boolean withFamily, String ded, String ins) {
        Scenario s = scenario();
        Scenario.Plan p = s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(deductible(general(), "75"), coinsurance(category(PERIO), 80))
                .history(
                        HistoryRow.adjustment(LocalDate.of(2026, 1, 10), "0", "75", false),
                        new HistoryRow(
                                LocalDate.of(2026, 2, 1),
                                "D1110",
                                HistoryStatus.RECEIVED,
                                new BigDecimal("40"),
                                new BigDecimal("50"),
                                false,
                                null,
                                null));
        if (withFamily) p.benefits(familyDeductible("150"));
        EstimateResult r = s.procedure("a", "D4355", "135").run();
        money(line(r, "a", 1).deductibleApplied(), ded);
        money(line(r, "a", 1).insuranceEstimate(), ins);
    }

    @ParameterizedTest(name = "other member used {0}: insurance {1}")
    @CsvSource({"2000, 500", "0, 830"})
    void example13_theFamilyMaximumCountsEveryMemberOfTheSubscription(String used, String ins) {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 100), annualMax(general(), "1000"), familyAnnualMax("2500"))
                .history(HistoryRow.adjustment(LocalDate.of(2026, 1, 5), used, "0", false));
        EstimateLine l = line(s.procedure("c", "D2740", "830").run(), "c", 1);
        money(l.insuranceEstimate(), ins);
        if (used.equals("2000")) {
            assertThat(l.limitedBy()).containsExactly(Limit.FAMILY_ANNUAL_MAX);
            assertThat(l.notes()).contains("Family annual maximum leaves $500.00");
        } else {
            assertThat(l.limitedBy()).isEmpty();
        }
    }

    @Test
    void example14_aSeparateCodeMaximumDoesNotConsumeTheAnnualMaximum() {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(RESTORATIVE), 80),
                        annualMax(general(), "200"),
                        annualMax(code("D2161"), "2000"));
        EstimateResult r =
                s.procedure("a", "D2161", "300").procedure("b", "D2160", "300").run();
        money(line(r, "a", 1).insuranceEstimate(), "240");
        money(line(r, "b", 1).insuranceEstimate(), "200");
    }

    @ParameterizedTest(name = "age {0}: insurance {1}")
    @CsvSource({"13, 1000", "20, 0"})
    void example15_orthoHasItsOwnLifetimeMaximumAndThroughAge(int age, String ins) {
        Scenario s = scenario().age(age);
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(ORTHO), 50),
                        ageLimit(category(ORTHO), 18),
                        orthoLifetimeMax(category(ORTHO), "1000"));
        EstimateLine l = line(s.procedure("o", "D8090", "3000").run(), "o", 1);
        money(l.insuranceEstimate(), ins);
        assertThat(l.limitedBy()).containsExactly(age == 13 ? Limit.ORTHO_LIFETIME_MAX : Limit.AGE_LIMIT);
    }

    @Test
    void example15_annualMaximumsDoNotTouchOrtho() {
        Scenario s = scenario().age(13);
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(ORTHO), 100),
                        ageLimit(category(ORTHO), 18),
                        orthoLifetimeMax(category(ORTHO), "1500"),
                        annualMax(general(), "200"),
                        familyAnnualMax("400"));
        money(line(s.procedure("o", "D8090", "2000").run(), "o", 1).insuranceEstimate(), "1500");
    }

    @ParameterizedTest(name = "earlier crown {0} years ago on #14, new crown on #{1}: insurance {2}")
    @CsvSource({"3, 14, 0", "3, 15, 800", "6, 14, 800"})
    void example16_aToothFrequencyCountsTheSameToothOnly(int yearsAgo, String tooth, String ins) {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(CROWNS), 100),
                        frequency(code("D2740"), TimePeriod.NONE, QuantityQualifier.YEARS, 5, TreatArea.TOOTH))
                .history(service(s.asOf.minusYears(yearsAgo), "D2740", "14", HistoryStatus.PENDING, "800"));
        EstimateLine l = line(
                s.procedure(ProcedureInput.of("c", "D2740", "800").tooth(tooth)).run(), "c", 1);
        money(l.insuranceEstimate(), ins);
        if (ins.equals("0")) assertThat(l.limitedBy()).containsExactly(Limit.FREQUENCY);
    }

    @ParameterizedTest(name = "history {0}, new on {1}: insurance {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2018-10-28:100 2018-12-28:100 | 2019-05-01 | 0",
                "2018-10-01:100 2018-10-02:100 | 2019-10-01 | 100",
                "2018-10-01:100 2018-10-02:100 2018-10-03:0 | 2019-10-01 | 100"
            })
    void example17_nInTheLast12MonthsExcludesTheDayAYearAgoAndZeroLines(String history, String date, String ins) {
        Scenario s = scenario().asOf(LocalDate.parse(date));
        Scenario.Plan p = s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(DIAGNOSTIC), 100),
                        frequency(
                                code("D0274"),
                                TimePeriod.NUMBER_IN_LAST_12_MONTHS,
                                QuantityQualifier.NUMBER_OF_SERVICES,
                                2,
                                TreatArea.MOUTH));
        for (String h : history.trim().split(" ")) {
            String[] parts = h.split(":");
            p.history(service(LocalDate.parse(parts[0]), "D0274", null, HistoryStatus.RECEIVED, parts[1]));
        }
        money(line(s.procedure("x", "D0274", "100").run(), "x", 1).insuranceEstimate(), ins);
    }

    @ParameterizedTest(name = "age {0}, {1}: insurance {2}")
    @CsvSource({"13, D1206, 0", "10, D1351, 100"})
    void example18_anAgeLimitOnACodeGroupStopsAfterTheThroughAge(int age, String code, String ins) {
        Scenario s = scenario().age(age);
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(PREVENTIVE), 100),
                        ageLimit(group("sealants", Set.of("D1351", "D1206")), 12));
        money(line(s.procedure("x", code, "100").run(), "x", 1).insuranceEstimate(), ins);
    }

    @ParameterizedTest(name = "as of {0}: insurance {1}")
    @CsvSource({"2026-01-10, 0", "2026-03-15, 1000"})
    void example19_aWaitingPeriodRunsFromTheEffectiveDate(String asOf, String ins) {
        Scenario s = scenario().asOf(LocalDate.parse(asOf));
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 100), waitingPeriod(category(CROWNS), 12))
                .effective(LocalDate.of(2025, 3, 15));
        EstimateLine l = line(s.procedure("c", "D2740", "1000").run(), "c", 1);
        money(l.insuranceEstimate(), ins);
        if (ins.equals("0")) assertThat(l.limitedBy()).containsExactly(Limit.WAITING_PERIOD);
    }

    @Test
    void example19_aZeroMonthCodeWaitingPeriodCancelsTheCategoryOne() {
        Scenario s = scenario().asOf(LocalDate.of(2025, 4, 1));
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(PREVENTIVE), 100),
                        waitingPeriod(category(PREVENTIVE), 2),
                        waitingPeriod(code("D1351"), 0))
                .effective(LocalDate.of(2025, 3, 15));
        EstimateResult r =
                s.procedure("a", "D1351", "50").procedure("b", "D1110", "80").run();
        money(line(r, "a", 1).insuranceEstimate(), "50");
        money(line(r, "b", 1).insuranceEstimate(), "0");
    }

    static Scenario twoPpos(CobRule rule, String allowed1, String allowed2, int pct1, int pct2, String fee) {
        Scenario s = scenario();
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), pct1))
                .allowed("c", allowed1);
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), pct2))
                .allowed("c", allowed2)
                .cob(rule);
        return s.procedure("c", "D2740", fee);
    }

    @ParameterizedTest(name = "allowed {0}/{1}: primary {2} (write-off {3}), secondary {4}, patient {5}")
    @CsvSource({"900, 650, 450, 300, 200, 250", "650, 900, 325, 425, 450, 0", "600, 800, 300, 500, 400, 0"})
    void example20_basicCobPaysUpToTheSecondarysAllowedLessThePrimaryPayment(
            String a1, String a2, String pri, String wo1, String sec, String pat) {
        EstimateResult r = twoPpos(CobRule.BASIC, a1, a2, 50, 50, "1200").run();
        expect(r, "c", 1, pri, wo1, null);
        expect(r, "c", 2, sec, "0", pat);
    }

    @ParameterizedTest(
            name = "allowed {0}/{1} at {2}%/{3}% on {4}: primary {5} (write-off {6}), secondary {7}, patient {8}")
    @CsvSource({
        "900, 650, 50, 50, 1200, 450, 300, 325, 125",
        "650, 900, 50, 50, 1200, 325, 550, 325, 0",
        "206, 117, 50, 80, 206, 103, 0, 93.60, 9.40"
    })
    void example21_standardCobPaysUpToTheBalanceLeftByThePrimary(
            String a1, String a2, int p1, int p2, String fee, String pri, String wo1, String sec, String pat) {
        EstimateResult r = twoPpos(CobRule.STANDARD, a1, a2, p1, p2, fee).run();
        expect(r, "c", 1, pri, wo1, null);
        expect(r, "c", 2, sec, "0", pat);
    }

    @Test
    void example21_twoCategoryPlansEachTakeTheirOwnDeductible() {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(DIAGNOSTIC), 50), deductible(general(), "50"));
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(DIAGNOSTIC), 50), deductible(general(), "50"))
                .cob(CobRule.STANDARD);
        EstimateResult r = s.procedure("e", "D0120", "150").run();
        expect(r, "e", 1, "50", null, null);
        expect(r, "e", 2, "50", null, "50");
    }

    @Test
    void example22_carveOutPaysItsOwnBenefitLessWhatThePrimaryPaid() {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE).benefits(coinsurance(category(CROWNS), 50));
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 75))
                .cob(CobRule.CARVE_OUT);
        EstimateResult r = s.procedure("c", "D2740", "1200").run();
        expect(r, "c", 1, "600", null, null);
        expect(r, "c", 2, "300", null, "300");
    }

    @Test
    void example22_carveOutSubtractsWhatThePrimaryPaysAfterItsOwnDeductible() {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 75))
                .allowed("c", "1000");
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 80), deductible(general(), "50"))
                .cob(CobRule.CARVE_OUT);
        EstimateResult r = s.procedure("c", "D2740", "1200").run();
        expect(r, "c", 1, "750", null, null);
        money(line(r, "c", 2).deductibleApplied(), "50");
        expect(r, "c", 2, "170", null, null);
    }

    @ParameterizedTest(
            name = "primary allowed {0}, secondary allowed {1}: primary {2} (WO {3}), secondary {4} (WO {5})")
    @CsvSource({"70, 20, 35, 30, 0, 35", "40, 30, 20, 60, 10, 10"})
    void example23_secondaryMedicaidWritesOffTheBalance(
            String a1, String a2, String pri, String wo1, String sec, String wo2) {
        Scenario s = scenario();
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(RESTORATIVE), 50))
                .allowed("x", a1);
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(RESTORATIVE), 50))
                .allowed("x", a2)
                .cob(CobRule.SECONDARY_MEDICAID);
        EstimateResult r = s.procedure("x", "D2150", "100").run();
        expect(r, "x", 1, pri, wo1, null);
        expect(r, "x", 2, sec, wo2, "0");
    }

    @Test
    void example23_aTertiaryUnderTheMedicaidRuleBehavesAsStandard() {
        Scenario s = scenario();
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 40))
                .allowed("c", "500");
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 40))
                .allowed("c", "500");
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(CROWNS), 40))
                .cob(CobRule.SECONDARY_MEDICAID);
        EstimateResult r = s.procedure("c", "D2740", "1000").run();
        expect(r, "c", 1, "200", "500", null);
        expect(r, "c", 2, "200", "0", null);
        expect(r, "c", 3, "100", null, null);
    }

    @ParameterizedTest(name = "secondary PPO write-offs {0}: write-off {1}, patient {2}")
    @CsvSource({"false, 0, 148.01", "true, 148.01, 0"})
    void example24_aPpoSecondaryBehindACategoryPrimaryWritesOffOnlyWithTheOption(
            boolean option, String wo, String pat) {
        Scenario s = scenario().settings(Settings.DEFAULTS.withPpoSecondaryWriteoffs(option));
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(RESTORATIVE), 80), deductible(general(), "50"))
                .allowed("x", "152");
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(RESTORATIVE), 100))
                .allowed("x", "87.99");
        EstimateResult r = s.procedure("x", "D2150", "236").run();
        expect(r, "x", 1, "81.60", null, null);
        expect(r, "x", 2, "6.39", wo, pat);
    }

    @ParameterizedTest(name = "exclusion uses UCR fee {0}: write-off {1}, patient {2}")
    @CsvSource({"false, 50, 150", "true, 0, 200"})
    void example25_anExcludedCodeTakesNoDeductibleAndTheExclusionRuleDecidesTheWriteOff(
            boolean ucr, String wo, String pat) {
        Scenario s = scenario().settings(Settings.DEFAULTS.withExclusionUsesUcrFee(ucr));
        s.plan(PlanType.PPO_PERCENTAGE)
                .benefits(coinsurance(category(RESTORATIVE), 80), deductible(general(), "50"), exclusion(code("D2150")))
                .allowed("x", "150");
        EstimateResult r = s.procedure("x", "D2150", "200").run();
        expect(r, "x", 1, "0", wo, pat);
        money(line(r, "x", 1).deductibleApplied(), "0");
        assertThat(line(r, "x", 1).limitedBy()).containsExactly(Limit.EXCLUSION);
    }

    @ParameterizedTest(name = "{0}: deductible 0, insurance 160")
    @CsvSource({"D0120", "D0274"})
    void example26_aDeductibleMetElsewhereLeavesNothingToTake(String code) {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(DIAGNOSTIC), 80),
                        deductible(general(), "50"),
                        deductible(category(XRAY), "50"))
                .history(HistoryRow.adjustment(LocalDate.of(2026, 1, 2), "0", "50", true));
        EstimateLine l = line(s.procedure("x", code, "200").run(), "x", 1);
        money(l.deductibleApplied(), "0");
        money(l.insuranceEstimate(), "160");
    }
}
