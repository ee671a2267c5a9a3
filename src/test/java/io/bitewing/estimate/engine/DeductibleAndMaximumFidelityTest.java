package io.bitewing.estimate.engine;

import static io.bitewing.estimate.engine.BenefitRow.annualMax;
import static io.bitewing.estimate.engine.BenefitRow.coinsurance;
import static io.bitewing.estimate.engine.BenefitRow.deductible;
import static io.bitewing.estimate.engine.Scenario.CROWNS;
import static io.bitewing.estimate.engine.Scenario.DIAGNOSTIC;
import static io.bitewing.estimate.engine.Scenario.GENERAL;
import static io.bitewing.estimate.engine.Scenario.PREVENTIVE;
import static io.bitewing.estimate.engine.Scenario.RESTORATIVE;
import static io.bitewing.estimate.engine.Scenario.line;
import static io.bitewing.estimate.engine.Scenario.scenario;
import static io.bitewing.estimate.engine.Target.category;
import static io.bitewing.estimate.engine.Target.general;
import static io.bitewing.estimate.engine.WorkedExamplesTest.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.estimate.engine.BenefitRow.BenefitType;
import io.bitewing.estimate.engine.BenefitRow.CoverageLevel;
import io.bitewing.estimate.engine.BenefitRow.TimePeriod;
import io.bitewing.estimate.engine.HistoryRow.HistoryStatus;
import io.bitewing.estimate.engine.PlanInput.PlanType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deductible and maximum rules where the engine once departed from the incumbent (estimation-rules.md §2 "Maximum
 * kinds", §8.3, §8.4, §13 E9, E35). Every amount is worked by hand in the comment above its case.
 */
class DeductibleAndMaximumFidelityTest {

    private static final LocalDate THIS_YEAR = LocalDate.of(2026, 2, 1);

    private static BenefitRow familyDeductible(Target target, String amount) {
        return new BenefitRow(
                BenefitType.DEDUCTIBLE,
                target,
                null,
                new BigDecimal(amount),
                TimePeriod.CALENDAR_YEAR,
                null,
                null,
                CoverageLevel.FAMILY,
                null,
                null,
                null,
                null,
                null);
    }

    private static HistoryRow paid(String code, String paid, String deductible, boolean samePatient) {
        return new HistoryRow(
                THIS_YEAR,
                code,
                HistoryStatus.RECEIVED,
                new BigDecimal(paid),
                new BigDecimal(deductible),
                samePatient,
                null,
                null);
    }

    @ParameterizedTest(name = "diagnostic {0}, preventive {1}: the prophy after the exam takes {2}")
    @CsvSource({
        // General 50, Diagnostic 25, Preventive 25: the exam (60) takes 25 and pays 35. Equal category deductibles are
        // one bucket, so nothing is left for the prophy (100): it pays 100.
        "25, 25, 0,  100",
        // Preventive 40 is not the same amount: its own bucket has 40 but the general leaves 50 − 25 = 25; it takes 25
        // and pays 75.
        "25, 40, 25, 75",
    })
    void equalDiagnosticAndPreventiveDeductiblesAreOneBucketBesideAGeneralOne(
            String diagnostic, String preventive, String prophyDeductible, String prophyInsurance) {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(DIAGNOSTIC), 100),
                        coinsurance(category(PREVENTIVE), 100),
                        deductible(general(), "50"),
                        deductible(category(DIAGNOSTIC), diagnostic),
                        deductible(category(PREVENTIVE), preventive));
        EstimateResult r = s.procedure("exam", "D0120", "60")
                .procedure("prophy", "D1110", "100")
                .run();
        money(line(r, "exam", 1).deductibleApplied(), "25");
        money(line(r, "exam", 1).insuranceEstimate(), "35");
        money(line(r, "prophy", 1).deductibleApplied(), prophyDeductible);
        money(line(r, "prophy", 1).insuranceEstimate(), prophyInsurance);
    }

    @ParameterizedTest(name = "family Restorative deductible {0}: the filling takes {1}")
    @CsvSource({
        // Restorative 50 each; the family's Restorative 100, of which a sibling used 80: 20 remain for everyone, so
        // the filling (200 at 80 %) takes 20 and pays (200 − 20) × 80 % = 144.
        "100, 20, 144",
        // Without a family deductible on the category the patient's own 50 applies: (200 − 50) × 80 % = 120.
        ",    50, 120",
    })
    void aFamilyDeductibleOnACategoryCapsThatCategoryAcrossTheSubscription(
            String family, String deductible, String insurance) {
        Scenario s = scenario();
        var plan = s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(RESTORATIVE), 80), deductible(category(RESTORATIVE), "50"))
                .history(paid("D2150", "100", "80", false));
        if (family != null) plan.benefits(familyDeductible(category(RESTORATIVE), family));
        EstimateResult r = s.procedure("filling", "D2150", "200").run();
        money(line(r, "filling", 1).deductibleApplied(), deductible);
        money(line(r, "filling", 1).insuranceEstimate(), insurance);
    }

    @Test
    void aFamilyOnlyCategoryDeductibleCapsEachPatientToo() {
        // Family Restorative 100, no individual one, nothing used: the filling (200 at 80 %) takes 100, pays 80.
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(RESTORATIVE), 80), familyDeductible(category(RESTORATIVE), "100"));
        EstimateResult r = s.procedure("filling", "D2150", "200").run();
        money(line(r, "filling", 1).deductibleApplied(), "100");
        money(line(r, "filling", 1).insuranceEstimate(), "80");
    }

    @Test
    void aDeductibleAimedAtTheGeneralCategoryIsTheGeneralDeductible() {
        // General-category deductible 50; an adjustment (no code) recorded 30 of deductible used elsewhere. 20 remain:
        // the filling (200 at 80 %) takes 20 and pays 144.
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(coinsurance(category(RESTORATIVE), 80), deductible(category(GENERAL), "50"))
                .history(new HistoryRow(
                        THIS_YEAR,
                        null,
                        HistoryStatus.ADJUSTMENT,
                        BigDecimal.ZERO,
                        new BigDecimal("30"),
                        true,
                        null,
                        null));
        EstimateResult r = s.procedure("filling", "D2150", "200").run();
        money(line(r, "filling", 1).deductibleApplied(), "20");
        money(line(r, "filling", 1).insuranceEstimate(), "144");
    }

    @Test
    void aCategoryDeductibleLargerThanTheGeneralOneIsLimitedByItAndSaysSo() {
        // General 50, Restorative 100: the filling (300 at 80 %) takes min(50, 100) = 50 and pays 200.
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(RESTORATIVE), 80),
                        deductible(general(), "50"),
                        deductible(category(RESTORATIVE), "100"));
        EstimateResult r = s.procedure("filling", "D2150", "300").run();
        var line = line(r, "filling", 1);
        money(line.deductibleApplied(), "50");
        money(line.insuranceEstimate(), "200");
        assertThat(line.notes()).anyMatch(n -> n.contains("$100.00") && n.contains("general deductible of $50.00"));
    }

    @Test
    void overlappingCodeGroupsTakeTheHigherDeductibleAndTheHigherOrderGroupsPercentage() {
        // D2150 is in "Amalgams" (order 1: deductible 30, 50 %) and "Fillings" (order 2: deductible 60, 70 %). The
        // higher deductible (60) and the higher-order group's 70 % apply: (200 − 60) × 70 % = 98.
        var amalgams = Target.group("g1", Set.of("D2150"), "Amalgams", 1);
        var fillings = Target.group("g2", Set.of("D2150", "D2160"), "Fillings", 2);
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(amalgams, 50),
                        coinsurance(fillings, 70),
                        deductible(amalgams, "30"),
                        deductible(fillings, "60"));
        EstimateResult r = s.procedure("filling", "D2150", "200").run();
        var line = line(r, "filling", 1);
        assertThat(line.coveragePercent()).isEqualTo(70);
        money(line.deductibleApplied(), "60");
        money(line.insuranceEstimate(), "98");
        assertThat(line.notes())
                .anyMatch(n -> n.contains("Code groups Fillings and Amalgams") && n.contains("percentage"));
    }

    @Test
    void overlappingCodeGroupMaximumsCapWithTheLowerAndACodeConsumesOnlyThatOne() {
        // D2150 is in "Amalgams" (max 100) and "Fillings" (max 300); D2160 only in Fillings. The amalgam (1,000 at
        // 100 %) is capped at the lower, 100, and consumes Amalgams only; the D2160 filling (250) then still has
        // all 300 of Fillings: it pays 250.
        var amalgams = Target.group("g1", Set.of("D2150"), "Amalgams", 1);
        var fillings = Target.group("g2", Set.of("D2150", "D2160"), "Fillings", 2);
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(RESTORATIVE), 100),
                        annualMax(amalgams, "100"),
                        annualMax(fillings, "300"));
        EstimateResult r = s.procedure("amalgam", "D2150", "1000")
                .procedure("other", "D2160", "250")
                .run();
        money(line(r, "amalgam", 1).insuranceEstimate(), "100");
        assertThat(line(r, "amalgam", 1).notes())
                .anyMatch(n -> n.contains("Code group maximum (Amalgams) leaves $100.00"));
        assertThat(line(r, "amalgam", 1).notes()).anyMatch(n -> n.contains("Code groups Amalgams and Fillings"));
        money(line(r, "other", 1).insuranceEstimate(), "250");
    }

    @ParameterizedTest(name = "{0} ({1}) after 250 paid on a grouped filling: pays {2}")
    @CsvSource({
        // Annual 1,000 and a "Fillings" group max of 300 holding D2150; 250 was paid on D2150 this year. The group's
        // payments count toward the annual maximum: a crown (1,000) has 1,000 − 250 = 750 left.
        "crown,   D2740, 1000, 750",
        // A grouped filling (900) is capped by both: the group has 300 − 250 = 50 left, the annual 750: it pays 50.
        "filling, D2150, 900,  50",
    })
    void codeGroupMaximumsStillConsumeTheAnnualMaximum(String ref, String code, String fee, String insurance) {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(RESTORATIVE), 100),
                        coinsurance(category(CROWNS), 100),
                        annualMax(general(), "1000"),
                        annualMax(Target.group("g", Set.of("D2150"), "Fillings", 1), "300"))
                .history(paid("D2150", "250", "0", true));
        EstimateResult r = s.procedure(ref, code, fee).run();
        money(line(r, ref, 1).insuranceEstimate(), insurance);
    }

    @ParameterizedTest(name = "{0} after the code maximum of D2150 was used up: pays {2}")
    @CsvSource({
        // D2150 has a code max of 200, used up this year; it also sits in "Fillings" (max 300) with D2160, under an
        // annual 1,000. The code max shelters D2150's 200 from both: a D2160 filling (500) has all 300 of the group.
        "other,   D2160, 500, 300",
        // D2150 itself is capped by its own maximum, now 0.
        "amalgam, D2150, 100, 0",
    })
    void aCodeMaximumSheltersItsCodeFromTheAnnualAndCodeGroupMaximums(
            String ref, String code, String fee, String insurance) {
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(RESTORATIVE), 100),
                        annualMax(general(), "1000"),
                        annualMax(Target.code("D2150"), "200"),
                        annualMax(Target.group("g", Set.of("D2150", "D2160"), "Fillings", 1), "300"))
                .history(paid("D2150", "200", "0", true));
        EstimateResult r = s.procedure(ref, code, fee).run();
        money(line(r, ref, 1).insuranceEstimate(), insurance);
    }

    @ParameterizedTest(name = "fixed benefit of the downgrade code {0}: copay {1}, insurance {2}, write-off {3}")
    @CsvSource({
        // A composite (fee 200; PPO 150, fixed benefit 100) downgraded to an amalgam (PPO 110, fixed benefit 70).
        // Copay and insurance follow the amalgam: copay 110 − 70 = 40, insurance 70. The write-off follows the
        // composite's PPO fee: 200 − 150 = 50; the patient owes 200 − 70 − 50 = 80.
        "70, 40, 70,  50",
        // With no fixed benefit listed for the amalgam, the composite's applies: copay 110 − 100 = 10, insurance 100.
        ",   10, 100, 50",
    })
    void aFixedBenefitPlanPaysTheDowngradeCodesBenefitAndWritesOffFromTheChartedCodesFee(
            String substituteBenefit, String copay, String insurance, String writeOff) {
        Scenario s = scenario();
        s.plan(PlanType.PPO_FIXED_BENEFIT)
                .benefits(coinsurance(category(RESTORATIVE), 100))
                .fixedBenefits("composite", "150", "100", "110", substituteBenefit);
        EstimateResult r = s.procedure("composite", "D2392", "200").run();
        var line = line(r, "composite", 1);
        money(line.allowedFee(), "110");
        money(line.copay(), copay);
        money(line.insuranceEstimate(), insurance);
        money(line.writeOff(), writeOff);
    }

    @Test
    void aFamilyOrthoLifetimeMaximumCapsOrthoAcrossTheSubscription() {
        // Ortho 50 %, an individual ortho lifetime maximum of 1,500 and a family one of 2,000, of which a sibling
        // used 1,800. The patient's ortho (1,000) would pay 500, has 1,500 of their own left, but the family only 200.
        var family = new BenefitRow(
                BenefitType.ORTHO_LIFETIME_MAX,
                category(Scenario.ORTHO),
                null,
                new BigDecimal("2000"),
                TimePeriod.LIFETIME,
                null,
                null,
                CoverageLevel.FAMILY,
                null,
                null,
                null,
                null,
                null);
        Scenario s = scenario();
        s.plan(PlanType.CATEGORY_PERCENTAGE)
                .benefits(
                        coinsurance(category(Scenario.ORTHO), 50),
                        BenefitRow.orthoLifetimeMax(category(Scenario.ORTHO), "1500"),
                        family)
                .history(paid("D8090", "1800", "0", false));
        EstimateResult r = s.procedure("ortho", "D8090", "1000").run();
        money(line(r, "ortho", 1).insuranceEstimate(), "200");
    }
}
