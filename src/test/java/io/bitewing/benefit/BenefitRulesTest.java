package io.bitewing.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.benefit.Benefit.CoverageLevel;
import io.bitewing.benefit.Benefit.QuantityQualifier;
import io.bitewing.benefit.Benefit.TimePeriod;
import io.bitewing.practice.procedurecode.ProcedureCode.TreatArea;
import io.bitewing.shared.web.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BenefitRulesTest {

    private static final UUID CATEGORY = UUID.randomUUID();
    private static final UUID GROUP = UUID.randomUUID();
    private static final UUID CODE = UUID.randomUUID();

    /** A draft built field by field, then given its defaults as the service does. */
    static final class Draft {
        BenefitType type;
        UUID category;
        UUID group;
        UUID code;
        CoverageLevel level;
        Integer percent;
        BigDecimal amount;
        TimePeriod period;
        QuantityQualifier qualifier;
        Integer quantity;
        TreatArea treatArea;
        Integer ageMin;
        Integer ageMax;
        Integer waitingMonths;

        static Draft of(BenefitType type) {
            var d = new Draft();
            d.type = type;
            return d;
        }

        Draft with(UnaryOperator<Draft> change) {
            return change.apply(this);
        }

        BenefitDraft build() {
            return BenefitRules.withDefaults(
                    new BenefitDraft(
                            type,
                            category,
                            group,
                            code,
                            level,
                            percent,
                            amount,
                            period,
                            qualifier,
                            quantity,
                            treatArea,
                            ageMin,
                            ageMax,
                            waitingMonths,
                            false,
                            null),
                    1);
        }
    }

    private static Draft draft(BenefitType type, UnaryOperator<Draft> change) {
        return Draft.of(type).with(change);
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("a benefit without a type", draft(null, d -> d), "benefit_type"),
                Arguments.of("coinsurance without a percent", draft(BenefitType.coinsurance, d -> d), "percent"),
                Arguments.of(
                        "a percent above 100",
                        draft(BenefitType.coinsurance, d -> {
                            d.percent = 101;
                            return d;
                        }),
                        "percent"),
                Arguments.of(
                        "a negative percent",
                        draft(BenefitType.coinsurance, d -> {
                            d.percent = -1;
                            return d;
                        }),
                        "percent"),
                Arguments.of(
                        "a percent on a deductible",
                        draft(BenefitType.deductible, d -> {
                            d.amount = money("50");
                            d.percent = 80;
                            return d;
                        }),
                        "percent"),
                Arguments.of("a deductible without an amount", draft(BenefitType.deductible, d -> d), "monetary_amt"),
                Arguments.of(
                        "an annual maximum without an amount", draft(BenefitType.annual_max, d -> d), "monetary_amt"),
                Arguments.of(
                        "an amount on coinsurance",
                        draft(BenefitType.coinsurance, d -> {
                            d.percent = 80;
                            d.amount = money("10");
                            return d;
                        }),
                        "monetary_amt"),
                Arguments.of(
                        "an amount on an exclusion",
                        draft(BenefitType.exclusion, d -> {
                            d.code = CODE;
                            d.amount = money("10");
                            return d;
                        }),
                        "monetary_amt"),
                Arguments.of(
                        "a negative amount",
                        draft(BenefitType.deductible, d -> {
                            d.amount = money("-0.01");
                            return d;
                        }),
                        "monetary_amt"),
                Arguments.of(
                        "an amount too large to store",
                        draft(BenefitType.annual_max, d -> {
                            d.amount = money("10000000000.00");
                            return d;
                        }),
                        "monetary_amt"),
                Arguments.of(
                        "a quantity above 100",
                        draft(BenefitType.limitation, d -> {
                            d.qualifier = QuantityQualifier.visits;
                            d.quantity = 101;
                            return d;
                        }),
                        "quantity"),
                Arguments.of(
                        "a negative quantity",
                        draft(BenefitType.limitation, d -> {
                            d.qualifier = QuantityQualifier.visits;
                            d.quantity = -1;
                            return d;
                        }),
                        "quantity"),
                Arguments.of(
                        "an age limit of 0",
                        draft(BenefitType.limitation, d -> {
                            d.qualifier = QuantityQualifier.age_limit;
                            d.quantity = 0;
                            return d;
                        }),
                        "quantity"),
                Arguments.of(
                        "an age limit without a quantity",
                        draft(BenefitType.limitation, d -> {
                            d.qualifier = QuantityQualifier.age_limit;
                            return d;
                        }),
                        "quantity"),
                Arguments.of(
                        "a waiting period with no length",
                        draft(BenefitType.waiting_period, d -> {
                            d.category = CATEGORY;
                            return d;
                        }),
                        "waiting_period_months"),
                Arguments.of(
                        "a waiting period counted in services",
                        draft(BenefitType.waiting_period, d -> {
                            d.qualifier = QuantityQualifier.number_of_services;
                            d.quantity = 2;
                            return d;
                        }),
                        "waiting_period_months"),
                Arguments.of(
                        "a waiting period in months without a quantity",
                        draft(BenefitType.waiting_period, d -> {
                            d.qualifier = QuantityQualifier.months;
                            return d;
                        }),
                        "waiting_period_months"),
                Arguments.of(
                        "waiting_period_months on coinsurance",
                        draft(BenefitType.coinsurance, d -> {
                            d.percent = 80;
                            d.waitingMonths = 6;
                            return d;
                        }),
                        "waiting_period_months"),
                Arguments.of(
                        "a waiting period over ten years",
                        draft(BenefitType.waiting_period, d -> {
                            d.waitingMonths = 121;
                            return d;
                        }),
                        "waiting_period_months"),
                Arguments.of(
                        "age_min above age_max",
                        draft(BenefitType.coinsurance, d -> {
                            d.percent = 100;
                            d.ageMin = 19;
                            d.ageMax = 18;
                            return d;
                        }),
                        "age_max"),
                Arguments.of(
                        "a negative age",
                        draft(BenefitType.coinsurance, d -> {
                            d.percent = 100;
                            d.ageMin = -1;
                            return d;
                        }),
                        "age_min"),
                Arguments.of(
                        "an age above 120",
                        draft(BenefitType.coinsurance, d -> {
                            d.percent = 100;
                            d.ageMax = 121;
                            return d;
                        }),
                        "age_max"),
                Arguments.of(
                        "a category and a code together",
                        draft(BenefitType.coinsurance, d -> {
                            d.percent = 80;
                            d.category = CATEGORY;
                            d.code = CODE;
                            return d;
                        }),
                        "procedure_code_uuid"),
                Arguments.of(
                        "a category and a code group together",
                        draft(BenefitType.coinsurance, d -> {
                            d.percent = 80;
                            d.category = CATEGORY;
                            d.group = GROUP;
                            return d;
                        }),
                        "code_group_uuid"),
                Arguments.of(
                        "a treatment area on an annual maximum",
                        draft(BenefitType.annual_max, d -> {
                            d.amount = money("1500");
                            d.treatArea = TreatArea.mouth;
                            return d;
                        }),
                        "treat_area"),
                Arguments.of(
                        "a treatment area on an age limit",
                        draft(BenefitType.limitation, d -> {
                            d.group = GROUP;
                            d.qualifier = QuantityQualifier.age_limit;
                            d.quantity = 18;
                            d.treatArea = TreatArea.tooth;
                            return d;
                        }),
                        "treat_area"),
                Arguments.of(
                        "a treatment area on a limitation with an amount",
                        draft(BenefitType.limitation, d -> {
                            d.group = GROUP;
                            d.amount = money("500");
                            d.qualifier = QuantityQualifier.number_of_services;
                            d.quantity = 2;
                            d.treatArea = TreatArea.tooth;
                            return d;
                        }),
                        "treat_area"),
                Arguments.of(
                        "a family deductible at individual level",
                        draft(BenefitType.family_deductible, d -> {
                            d.amount = money("150");
                            d.level = CoverageLevel.individual;
                            return d;
                        }),
                        "coverage_level"),
                Arguments.of(
                        "a family annual maximum at level none",
                        draft(BenefitType.family_annual_max, d -> {
                            d.amount = money("3000");
                            d.level = CoverageLevel.none;
                            return d;
                        }),
                        "coverage_level"),
                Arguments.of(
                        "a deductible at family level instead of family_deductible",
                        draft(BenefitType.deductible, d -> {
                            d.amount = money("150");
                            d.level = CoverageLevel.family;
                            return d;
                        }),
                        "coverage_level"));
    }

    @ParameterizedTest(name = "rejects {0}, naming {2}")
    @MethodSource("brokenRules")
    void rejectsABrokenRuleNamingItsField(String rule, Draft draft, String field) {
        assertThat(BenefitRules.check(draft.build(), List.of("body")))
                .extracting(FieldProblem::loc)
                .containsExactly(List.of("body", field));
    }

    static Stream<Arguments> wellFormedBenefits() {
        return Stream.of(
                Arguments.of(
                        "80% coinsurance on a category",
                        draft(BenefitType.coinsurance, d -> {
                            d.percent = 80;
                            d.category = CATEGORY;
                            return d;
                        })),
                Arguments.of(
                        "0% coinsurance, i.e. not covered",
                        draft(BenefitType.coinsurance, d -> {
                            d.percent = 0;
                            d.code = CODE;
                            return d;
                        })),
                Arguments.of("a general $50 deductible", draft(BenefitType.deductible, d -> {
                    d.amount = money("50");
                    return d;
                })),
                Arguments.of(
                        "a $0 category deductible: the deductible does not apply there",
                        draft(BenefitType.deductible, d -> {
                            d.amount = money("0");
                            d.category = CATEGORY;
                            return d;
                        })),
                Arguments.of("a family deductible", draft(BenefitType.family_deductible, d -> {
                    d.amount = money("150");
                    return d;
                })),
                Arguments.of("a general $1,500 annual maximum", draft(BenefitType.annual_max, d -> {
                    d.amount = money("1500");
                    return d;
                })),
                Arguments.of("a $2,000 ortho lifetime maximum", draft(BenefitType.ortho_lifetime_max, d -> {
                    d.amount = money("2000");
                    return d;
                })),
                Arguments.of("a lifetime maximum on a category", draft(BenefitType.limitation, d -> {
                    d.amount = money("1000");
                    d.category = CATEGORY;
                    d.period = TimePeriod.lifetime;
                    return d;
                })),
                Arguments.of("bitewings once every 3 years per quadrant", draft(BenefitType.limitation, d -> {
                    d.group = GROUP;
                    d.qualifier = QuantityQualifier.years;
                    d.quantity = 3;
                    d.treatArea = TreatArea.quad;
                    return d;
                })),
                Arguments.of("two exams per benefit year", draft(BenefitType.limitation, d -> {
                    d.group = GROUP;
                    d.qualifier = QuantityQualifier.number_of_services;
                    d.quantity = 2;
                    return d;
                })),
                Arguments.of("two cleanings in the last 12 months", draft(BenefitType.limitation, d -> {
                    d.group = GROUP;
                    d.qualifier = QuantityQualifier.number_of_services;
                    d.quantity = 2;
                    d.period = TimePeriod.number_in_last_12_months;
                    return d;
                })),
                Arguments.of("fluoride through age 18", draft(BenefitType.limitation, d -> {
                    d.group = GROUP;
                    d.qualifier = QuantityQualifier.age_limit;
                    d.quantity = 18;
                    return d;
                })),
                Arguments.of("a 12-month waiting period on a category", draft(BenefitType.waiting_period, d -> {
                    d.category = CATEGORY;
                    d.waitingMonths = 12;
                    return d;
                })),
                Arguments.of("a 0-month waiting period on a code", draft(BenefitType.waiting_period, d -> {
                    d.code = CODE;
                    d.waitingMonths = 0;
                    return d;
                })),
                Arguments.of(
                        "a one-year waiting period as quantity and qualifier", draft(BenefitType.waiting_period, d -> {
                            d.category = CATEGORY;
                            d.qualifier = QuantityQualifier.years;
                            d.quantity = 1;
                            return d;
                        })),
                Arguments.of("an exclusion of a code", draft(BenefitType.exclusion, d -> {
                    d.code = CODE;
                    return d;
                })),
                Arguments.of("a $25 copayment on a code", draft(BenefitType.copayment, d -> {
                    d.amount = money("25");
                    d.code = CODE;
                    return d;
                })),
                Arguments.of("coinsurance for ages 0 through 18", draft(BenefitType.coinsurance, d -> {
                    d.percent = 100;
                    d.ageMin = 0;
                    d.ageMax = 18;
                    return d;
                })),
                Arguments.of("coinsurance for exactly age 18", draft(BenefitType.coinsurance, d -> {
                    d.percent = 100;
                    d.ageMin = 18;
                    d.ageMax = 18;
                    return d;
                })));
    }

    @ParameterizedTest(name = "accepts {0}")
    @MethodSource("wellFormedBenefits")
    void acceptsAWellFormedBenefit(String benefit, Draft draft) {
        assertThat(BenefitRules.check(draft.build(), List.of("body"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} with qualifier {1}, benefit year from month {2} -> {3}")
    @CsvSource(
            nullValues = "null",
            value = {
                "coinsurance, none, null, calendar_year",
                "deductible, none, 1, calendar_year",
                "annual_max, none, 7, service_year",
                "waiting_period, months, 7, service_year",
                "limitation, number_of_services, null, calendar_year",
                "limitation, number_of_services, 7, service_year",
                "limitation, years, 1, none",
                "limitation, months, 7, none",
                "limitation, age_limit, 7, none",
                "ortho_lifetime_max, none, 7, lifetime"
            })
    void defaultsTheTimePeriodFromThePlansBenefitYear(
            BenefitType type, QuantityQualifier qualifier, Integer benefitYearStartMonth, TimePeriod expected) {
        assertThat(BenefitRules.defaultTimePeriod(type, qualifier, benefitYearStartMonth))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} defaults to coverage level {1}")
    @CsvSource({
        "family_deductible, family",
        "family_annual_max, family",
        "deductible, individual",
        "annual_max, individual",
        "ortho_lifetime_max, individual",
        "coinsurance, none",
        "limitation, none",
        "exclusion, none",
        "waiting_period, none",
        "copayment, none"
    })
    void defaultsTheCoverageLevelFromTheType(BenefitType type, CoverageLevel expected) {
        assertThat(BenefitRules.defaultCoverageLevel(type)).isEqualTo(expected);
    }

    @Test
    void keepsATimePeriodAndQualifierGivenAndOtherwiseSetsQualifierNone() {
        var given = draft(BenefitType.limitation, d -> {
                    d.amount = money("500");
                    d.period = TimePeriod.lifetime;
                    return d;
                })
                .build();
        assertThat(given.timePeriod()).isEqualTo(TimePeriod.lifetime);
        assertThat(given.quantityQualifier()).isEqualTo(QuantityQualifier.none);
        assertThat(draft(BenefitType.coinsurance, d -> {
                            d.percent = 80;
                            return d;
                        })
                        .build()
                        .timePeriod())
                .isEqualTo(TimePeriod.calendar_year);
    }

    @Test
    void locatesProblemsOfABulkRowUnderItsIndex() {
        var problems = BenefitRules.check(
                draft(BenefitType.coinsurance, d -> {
                            d.percent = 120;
                            return d;
                        })
                        .build(),
                List.of("body", "benefits", 3));
        assertThat(problems).extracting(FieldProblem::loc).containsExactly(List.of("body", "benefits", 3, "percent"));
    }

    @Test
    void reportsEveryBrokenRuleOfOneBenefit() {
        var problems = BenefitRules.check(
                draft(BenefitType.coinsurance, d -> {
                            d.percent = 101;
                            d.amount = money("5");
                            d.category = CATEGORY;
                            d.code = CODE;
                            return d;
                        })
                        .build(),
                List.of("body"));
        assertThat(problems)
                .extracting(p -> p.loc().get(1))
                .containsExactlyInAnyOrder("percent", "monetary_amt", "procedure_code_uuid");
    }

    @Test
    void limitationsWithDifferentQualifiersAreDifferentRulesOtherTypesIgnoreTheQualifier() {
        var frequency = draft(BenefitType.limitation, d -> {
                    d.group = GROUP;
                    d.qualifier = QuantityQualifier.months;
                    d.quantity = 6;
                    d.period = TimePeriod.none;
                    return d;
                })
                .build();
        var ageLimit = draft(BenefitType.limitation, d -> {
                    d.group = GROUP;
                    d.qualifier = QuantityQualifier.age_limit;
                    d.quantity = 18;
                    return d;
                })
                .build();
        assertThat(BenefitRules.duplicateKey(frequency)).isNotEqualTo(BenefitRules.duplicateKey(ageLimit));
        var plain = draft(BenefitType.coinsurance, d -> {
                    d.percent = 80;
                    return d;
                })
                .build();
        var visits = draft(BenefitType.coinsurance, d -> {
                    d.percent = 50;
                    d.qualifier = QuantityQualifier.visits;
                    d.quantity = 2;
                    return d;
                })
                .build();
        assertThat(BenefitRules.duplicateKey(plain)).isEqualTo(BenefitRules.duplicateKey(visits));
    }

    @Test
    void periodAndLevelTellRulesApartOnlyWhereTheyChangeWhatTheRuleMeans() {
        for (BenefitType type : List.of(
                BenefitType.coinsurance, BenefitType.copayment, BenefitType.exclusion, BenefitType.waiting_period)) {
            var yearly = draft(type, d -> {
                        d.group = GROUP;
                        d.period = TimePeriod.calendar_year;
                        return d;
                    })
                    .build();
            var lifetimeFamily = draft(type, d -> {
                        d.group = GROUP;
                        d.period = TimePeriod.lifetime;
                        d.level = CoverageLevel.family;
                        return d;
                    })
                    .build();
            assertThat(BenefitRules.duplicateKey(yearly))
                    .as(type.name())
                    .isEqualTo(BenefitRules.duplicateKey(lifetimeFamily));
        }
        var yearlyDeductible = draft(BenefitType.deductible, d -> {
                    d.amount = money("50");
                    d.period = TimePeriod.calendar_year;
                    return d;
                })
                .build();
        var lifetimeDeductible = draft(BenefitType.deductible, d -> {
                    d.amount = money("50");
                    d.period = TimePeriod.lifetime;
                    return d;
                })
                .build();
        assertThat(BenefitRules.duplicateKey(yearlyDeductible))
                .isNotEqualTo(BenefitRules.duplicateKey(lifetimeDeductible));
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value).setScale(2);
    }
}
