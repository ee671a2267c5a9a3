package io.bitewing.estimate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.estimate.engine.BenefitRow.QuantityQualifier;
import io.bitewing.estimate.engine.BenefitRow.TimePeriod;
import io.bitewing.estimate.engine.BenefitRow.TreatArea;
import io.bitewing.estimate.engine.PlanInput.CobRule;
import io.bitewing.estimate.engine.PlanInput.PlanType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-driven tests of each rule of the engine, one nested class per rule. */
class RuleTests {

    static BigDecimal m(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s);
    }

    @Nested
    class BenefitYearTests {
        @ParameterizedTest(name = "{0} with renewal month {1} -> {2} .. {3}")
        @CsvSource({
            "2026-03-01, 0, 2026-01-01, 2026-12-31",
            "2026-03-01, 1, 2026-01-01, 2026-12-31",
            "2026-03-01, 7, 2025-07-01, 2026-06-30",
            "2026-07-01, 7, 2026-07-01, 2027-06-30",
            "2024-02-29, 3, 2023-03-01, 2024-02-29"
        })
        void startsOnTheFirstOfTheRenewalMonthAtOrBeforeTheDate(
                LocalDate d, int month, LocalDate start, LocalDate end) {
            assertThat(BenefitYear.containing(d, month)).isEqualTo(new BenefitYear(start, end));
        }
    }

    @Nested
    class ResolveCoinsuranceTests {
        static final CodeCategories CROWN = new CodeCategories("crowns", List.of("restorative", "crowns"), true);

        @ParameterizedTest(name = "{0} -> {1}%")
        @CsvSource(
                delimiter = '|',
                value = {
                    "general 50 | 50",
                    "general 50, category restorative 60 | 60",
                    "general 50, category restorative 60, category crowns 70 | 70",
                    "category crowns 70, group 80 | 80",
                    "group 80, code 90 | 90",
                    "code 90, patient-general 40 | 40",
                    "patient-category crowns 30, patient-general 40 | 30",
                    "category perio 80 | 0"
                })
        void picksTheMostSpecificRowAndAnyPatientRowBeatsThePlan(String rows, int expected) {
            List<BenefitRow> parsed = java.util.Arrays.stream(rows.split(","))
                    .map(String::trim)
                    .map(r -> {
                        String[] p = r.split(" ");
                        boolean patient = p[0].startsWith("patient-");
                        String kind = p[0].replace("patient-", "");
                        Target t = switch (kind) {
                            case "general" -> Target.general();
                            case "category" -> Target.category(p[1]);
                            case "group" -> Target.group("g", Set.of("D2740"));
                            default -> Target.code("D2740");
                        };
                        BenefitRow row = BenefitRow.coinsurance(t, Integer.parseInt(p[p.length - 1]));
                        return patient ? row.forPatient() : row;
                    })
                    .toList();
            assertThat(ResolveCoinsurance.percent(PlanType.PPO_PERCENTAGE, parsed, "D2740", CROWN, 40))
                    .isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} is always 100%")
        @CsvSource({"PPO_FIXED_BENEFIT", "FLAT_COPAY", "CAPITATION"})
        void fixedBenefitFlatCopayAndCapitationPayOneHundredPercent(PlanType type) {
            assertThat(ResolveCoinsurance.percent(type, List.of(), "D2740", CROWN, 40))
                    .isEqualTo(100);
        }
    }

    @Nested
    class ResolveAllowedFeeTests {
        @ParameterizedTest(name = "{0}: allowed {1}, substitute {2}, fee {3}, units {4}, blank-as-zero {5} -> {6}")
        @CsvSource({
            "PPO_PERCENTAGE, 127, , 150, 1, false, 127",
            "PPO_PERCENTAGE, 200, , 150, 1, false, 150",
            "PPO_PERCENTAGE, , , 150, 1, false, 150",
            "PPO_PERCENTAGE, , , 150, 1, true, 0",
            "PPO_PERCENTAGE, 127, 100, 150, 1, false, 100",
            "PPO_PERCENTAGE, 127, 130, 150, 1, false, 127",
            "CATEGORY_PERCENTAGE, 40, , 150, 3, false, 120",
            "CAPITATION, 40, , 150, 1, false, 150"
        })
        void isThePlansAmountCappedAtTheFee(
                PlanType type,
                String allowed,
                String sub,
                String fee,
                int units,
                boolean blankLikeZero,
                String expected) {
            var fees = new PlanFees(m(allowed), m(sub), null, null);
            assertThat(ResolveAllowedFee.allowed(type, fees, m(fee), units, blankLikeZero)
                            .amount())
                    .isEqualByComparingTo(expected);
        }
    }

    @Nested
    class ResolveCopayTests {
        @ParameterizedTest(name = "{0}: copay {1}, fixed {2}, allowed {3}, schedule {4}, blank-as-zero {5}/{6} -> {7}")
        @CsvSource({
            "PPO_PERCENTAGE, 10, , 100, true, true, false, 10",
            "PPO_PERCENTAGE, 150, , 100, true, true, false, 100",
            "PPO_PERCENTAGE, , , 100, false, false, false, 0",
            "PPO_PERCENTAGE, , , 100, true, true, false, 0",
            "PPO_PERCENTAGE, , , 100, true, false, false, 100",
            "PPO_FIXED_BENEFIT, , 80, 127, false, true, false, 47",
            "PPO_FIXED_BENEFIT, , , 127, false, true, false, 0",
            "PPO_FIXED_BENEFIT, , , 127, false, true, true, 127"
        })
        void isTheScheduleAmountOrThePpoFeeLessTheFixedBenefit(
                PlanType type,
                String copay,
                String fixed,
                String allowed,
                boolean schedule,
                boolean copayBlankZero,
                boolean fixedBlankZero,
                String expected) {
            Settings s = Settings.DEFAULTS
                    .withCopayBlankLikeZero(copayBlankZero)
                    .withFixedBenefitBlankLikeZero(fixedBlankZero);
            var fees = new PlanFees(m(allowed), null, m(copay), m(fixed));
            assertThat(ResolveCopay.copay(type, fees, m(allowed), 1, schedule, s))
                    .isEqualByComparingTo(expected);
        }
    }

    @Nested
    class CoordinateBenefitsTests {
        @ParameterizedTest(name = "{0} ordinal {1}: own {2}, allowed {3}, fee {4}, paid {5}, wo {6} -> {7}")
        @CsvSource({
            "BASIC, 2, 325, 650, 1200, 450, 300, 200",
            "BASIC, 2, 450, 900, 1200, 325, 550, 450",
            "STANDARD, 2, 325, 650, 1200, 450, 300, 325",
            "STANDARD, 2, 450, 900, 1200, 325, 550, 325",
            "CARVE_OUT, 2, 900, 1200, 1200, 600, 0, 300",
            "CARVE_OUT, 2, 500, 1200, 1200, 600, 0, 0",
            "SECONDARY_MEDICAID, 2, 10, 20, 100, 35, 30, 0",
            "SECONDARY_MEDICAID, 3, 400, 1000, 1000, 400, 500, 100",
            "BASIC, 1, 500, 500, 1000, 0, 0, 500"
        })
        void capsTheOwnBenefitByTheRule(
                CobRule rule,
                int ordinal,
                String own,
                String allowed,
                String fee,
                String paid,
                String wo,
                String expected) {
            assertThat(CoordinateBenefits.cap(rule, ordinal, m(own), m(allowed), m(fee), m(paid), m(wo)))
                    .isEqualByComparingTo(expected);
        }
    }

    @Nested
    class EstimateWriteOffTests {
        @ParameterizedTest(name = "fee {0}, PPO {1}, ins {2}, paid other {3}, wo other {4}, sec option {5} -> {6}")
        @CsvSource({
            "150, 127, 61.60, 0, 0, false, 23",
            "150, , 150, 0, 0, false, 0",
            "1200, 650, 200, 450, 300, false, 0",
            "236, 87.99, 6.39, 81.60, 0, true, 148.01",
            "236, 87.99, 6.39, 81.60, 0, false, 0",
            "100, 40, 90, 0, 0, false, 10",
            "1200, 650, 0, 0, 0, false, 550"
        })
        void isTheFeeAboveThePpoFeeWhenNoOtherPlanPaidAndNeverOverTheFee(
                String fee, String ppo, String ins, String paid, String wo, boolean option, String expected) {
            assertThat(EstimateWriteOff.ppo(m(fee), m(ppo), m(ins), m(paid), m(wo), option))
                    .isEqualByComparingTo(expected);
        }

        @ParameterizedTest(name = "fee {0}, primary WO {1}, all insurance {2} -> {3}")
        @CsvSource({"1200, 550, 775, 425", "1200, 300, 650, 300", "100, 60, 120, 0"})
        void thePrimaryWriteOffIsTrimmedSoTotalsNeverExceedTheFee(String fee, String wo, String ins, String expected) {
            assertThat(EstimateWriteOff.trimPrimary(m(fee), m(wo), m(ins))).isEqualByComparingTo(expected);
        }
    }

    @Nested
    class CheckFrequencyTests {
        @ParameterizedTest(name = "{0} minus {1} months -> {2}")
        @CsvSource({
            "2023-03-31, 1, 2023-03-01",
            "2024-03-31, 1, 2024-03-01",
            "2025-12-14, 24, 2023-12-14",
            "2026-05-31, 1, 2026-05-01",
            "2026-06-30, 1, 2026-05-30"
        })
        void monthArithmeticRollsAMissingDayForward(LocalDate d, int months, LocalDate expected) {
            assertThat(CheckFrequency.monthsBefore(d, months)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0}, {1} {2}, history {3}, service {4} -> counted {5}")
        @CsvSource({
            "NONE, YEARS, 2, 2023-12-13, 2025-12-13, true",
            "NONE, YEARS, 2, 2023-12-13, 2025-12-14, false",
            "NONE, MONTHS, 6, 2025-09-01, 2026-03-01, true",
            "NONE, MONTHS, 6, 2025-08-31, 2026-03-01, false",
            "CALENDAR_YEAR, NUMBER_OF_SERVICES, 2, 2025-12-31, 2026-03-01, false",
            "CALENDAR_YEAR, NUMBER_OF_SERVICES, 2, 2026-01-01, 2026-03-01, true",
            "SERVICE_YEAR, NUMBER_OF_SERVICES, 2, 2025-07-01, 2026-03-01, true",
            "NUMBER_IN_LAST_12_MONTHS, NUMBER_OF_SERVICES, 2, 2025-03-01, 2026-03-01, false",
            "NUMBER_IN_LAST_12_MONTHS, NUMBER_OF_SERVICES, 2, 2025-03-02, 2026-03-01, true"
        })
        void countsServicesInsideTheWindow(
                TimePeriod period, QuantityQualifier q, int n, LocalDate history, LocalDate dos, boolean counted) {
            BenefitRow r = BenefitRow.frequency(Target.code("D0120"), period, q, n, TreatArea.MOUTH);
            assertThat(CheckFrequency.inWindow(r, dos, 7, history)).isEqualTo(counted);
        }

        @ParameterizedTest(name = "area {0}, tooth {1} vs {2} -> same {3}")
        @CsvSource({
            "TOOTH, 14, 14, true",
            "TOOTH, 14, 15, false",
            "MOUTH, 14, 30, true",
            "ARCH, 3, 14, true",
            "ARCH, 3, 19, false",
            "TOOTH, , 14, true",
            "NONE, 14, 15, false"
        })
        void treatmentAreasDecideWhichServicesCount(TreatArea area, String a, String b, boolean same) {
            assertThat(CheckFrequency.sameArea(area, a, b)).isEqualTo(same);
        }
    }

    @Nested
    class CheckAgeLimitTests {
        @ParameterizedTest(name = "born {0}, service {1}, through age {2} -> over {3}")
        @CsvSource({
            "2012-03-02, 2026-03-01, 13, false",
            "2012-03-01, 2026-03-01, 13, true",
            "2008-01-01, 2026-03-01, 18, false",
            "2007-03-01, 2026-03-01, 18, true"
        })
        void aThroughAgeStillCoversThatAgeAtTheDateOfService(LocalDate born, LocalDate dos, int through, boolean over) {
            Integer age = CheckAgeLimit.ageAt(born, dos);
            var cats = new CodeCategories("ortho", List.of("ortho"), false);
            assertThat(CheckAgeLimit.exceeded(
                                    List.of(BenefitRow.ageLimit(Target.category("ortho"), through)), "D8090", cats, age)
                            .isPresent())
                    .isEqualTo(over);
        }
    }

    @Nested
    class CheckWaitingPeriodTests {
        static final CodeCategories PREV = new CodeCategories("preventive", List.of("preventive"), true);

        @ParameterizedTest(name = "category {0} months, group {1}, code {2}, date {3} -> waiting {4}")
        @CsvSource({
            "2, , , 2025-04-01, true",
            "2, , , 2025-05-15, false",
            "2, , 0, 2025-04-01, false",
            "2, 0, , 2025-04-01, false",
            "2, , 6, 2025-06-01, true",
            "2, , , 2025-03-14, false"
        })
        void theMostSpecificKindOfRuleDecides(
                Integer category, Integer group, Integer code, LocalDate date, boolean waiting) {
            List<BenefitRow> rows = new java.util.ArrayList<>();
            if (category != null) rows.add(BenefitRow.waitingPeriod(Target.category("preventive"), category));
            if (group != null) rows.add(BenefitRow.waitingPeriod(Target.group("g", Set.of("D1351")), group));
            if (code != null) rows.add(BenefitRow.waitingPeriod(Target.code("D1351"), code));
            assertThat(CheckWaitingPeriod.waiting(rows, "D1351", PREV, LocalDate.of(2025, 3, 15), date))
                    .isEqualTo(waiting);
        }
    }
}
