package io.bitewing.benefit;

import static io.bitewing.benefit.Benefit.BenefitType.active_coverage;
import static io.bitewing.benefit.Benefit.BenefitType.annual_max;
import static io.bitewing.benefit.Benefit.BenefitType.coinsurance;
import static io.bitewing.benefit.Benefit.BenefitType.copayment;
import static io.bitewing.benefit.Benefit.BenefitType.deductible;
import static io.bitewing.benefit.Benefit.BenefitType.family_annual_max;
import static io.bitewing.benefit.Benefit.BenefitType.family_deductible;
import static io.bitewing.benefit.Benefit.BenefitType.limitation;
import static io.bitewing.benefit.Benefit.BenefitType.ortho_lifetime_max;
import static io.bitewing.benefit.Benefit.BenefitType.waiting_period;

import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.benefit.Benefit.CoverageLevel;
import io.bitewing.benefit.Benefit.QuantityQualifier;
import io.bitewing.benefit.Benefit.TimePeriod;
import io.bitewing.shared.web.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What makes one benefit well-formed, with no database: the rules of the benefit model (estimation-rules.md §1–3 and §9,
 * Open Dental's benefit API) and the defaults a benefit takes when a field is left out. Each failed rule is a
 * {@link FieldProblem} naming its field under a location prefix, {@code ["body"]} for one benefit or
 * {@code ["body", "benefits", 3]} for a bulk row. Whether referenced categories, groups and codes exist is the
 * service's to check.
 */
final class BenefitRules {

    static final int MAX_QUANTITY = 100;
    static final int MAX_AGE = 120;
    static final int MAX_WAITING_MONTHS = 120;
    /** The largest amount NUMERIC(12,2) holds. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    /** Types that carry an amount; a limitation's is optional (frequency and age limits have none). */
    static final Set<BenefitType> AMOUNT_TYPES = EnumSet.of(
            deductible,
            family_deductible,
            annual_max,
            family_annual_max,
            ortho_lifetime_max,
            copayment,
            limitation,
            active_coverage);

    static final Set<BenefitType> AMOUNT_REQUIRED =
            EnumSet.of(deductible, family_deductible, annual_max, family_annual_max, ortho_lifetime_max, copayment);

    private static final Set<QuantityQualifier> FREQUENCY_QUALIFIERS =
            EnumSet.of(QuantityQualifier.number_of_services, QuantityQualifier.years, QuantityQualifier.months);
    private static final Set<QuantityQualifier> SPAN_QUALIFIERS =
            EnumSet.of(QuantityQualifier.years, QuantityQualifier.months);
    private static final String TARGETS = "only one of coverage_category_uuid, code_group_uuid and procedure_code_uuid "
            + "may be set; none means a general benefit";

    private BenefitRules() {}

    /** Every rule the draft breaks, each located at {@code at} + its field. Run it on {@link #withDefaults}. */
    static List<FieldProblem> check(BenefitDraft d, List<Object> at) {
        var problems = new Problems(at);
        if (d.benefitType() == null) {
            problems.add("benefit_type", "Field required", "missing");
            return problems.list;
        }
        BenefitType type = d.benefitType();
        checkTarget(d, problems);
        checkPercent(d, problems);
        checkAmount(d, problems);
        if (d.quantity() != null && (d.quantity() < 0 || d.quantity() > MAX_QUANTITY)) {
            problems.add("quantity", "must be between 0 and " + MAX_QUANTITY);
        } else if (d.quantityQualifier() == QuantityQualifier.age_limit
                && (d.quantity() == null || d.quantity() <= 0)) {
            problems.add(
                    "quantity", "an age_limit needs a quantity above 0: the age through which the benefit applies");
        }
        checkWaitingPeriod(d, problems);
        checkAges(d, problems);
        if (d.treatArea() != null && !isFrequencyLimitation(d)) {
            problems.add(
                    "treat_area",
                    "applies only to frequency limitations: a limitation without monetary_amt "
                            + "whose quantity_qualifier is number_of_services, years or months");
        }
        if ((type == family_deductible || type == family_annual_max) && d.coverageLevel() != CoverageLevel.family) {
            problems.add(
                    "coverage_level",
                    "a " + type + " is always family coverage; leave coverage_level out or send family");
        } else if ((type == deductible || type == annual_max) && d.coverageLevel() == CoverageLevel.family) {
            problems.add(
                    "coverage_level",
                    "for a family " + (type == deductible ? "deductible" : "annual maximum")
                            + " use benefit_type family_" + type);
        }
        return problems.list;
    }

    /**
     * Fills what was left out: quantity_qualifier none, the coverage level of the type ({@link #defaultCoverageLevel})
     * and the time period of the plan's benefit year ({@link #defaultTimePeriod}).
     */
    static BenefitDraft withDefaults(BenefitDraft d, Integer benefitYearStartMonth) {
        if (d.benefitType() == null) {
            return d;
        }
        BenefitDraft filled = d.quantityQualifier() != null ? d : d.withQuantityQualifier(QuantityQualifier.none);
        if (filled.coverageLevel() == null) {
            filled = filled.withCoverageLevel(defaultCoverageLevel(filled.benefitType()));
        }
        if (filled.timePeriod() == null) {
            filled = filled.withTimePeriod(
                    defaultTimePeriod(filled.benefitType(), filled.quantityQualifier(), benefitYearStartMonth));
        }
        return filled;
    }

    /**
     * None for frequency limitations counted in years or months and for age limits, which no benefit year bounds;
     * lifetime for the ortho lifetime maximum; otherwise the plan's benefit year: calendar_year when it starts in
     * January (or is unset), service_year when it starts in another month. Open Dental does the same with MonthRenew.
     */
    static TimePeriod defaultTimePeriod(BenefitType type, QuantityQualifier qualifier, Integer benefitYearStartMonth) {
        if (type == limitation && (qualifier == QuantityQualifier.age_limit || SPAN_QUALIFIERS.contains(qualifier))) {
            return TimePeriod.none;
        }
        if (type == ortho_lifetime_max) {
            return TimePeriod.lifetime;
        }
        return benefitYearStartMonth == null || benefitYearStartMonth == 1
                ? TimePeriod.calendar_year
                : TimePeriod.service_year;
    }

    /** Family for the family types; individual for deductibles and maximums; none for everything else. */
    static CoverageLevel defaultCoverageLevel(BenefitType type) {
        return switch (type) {
            case family_deductible, family_annual_max -> CoverageLevel.family;
            case deductible, annual_max, ortho_lifetime_max -> CoverageLevel.individual;
            default -> CoverageLevel.none;
        };
    }

    /** A limitation counting services (per year, every N years or months) rather than capping an amount (§9.1). */
    static boolean isFrequencyLimitation(BenefitDraft d) {
        return d.benefitType() == limitation
                && FREQUENCY_QUALIFIERS.contains(d.quantityQualifier())
                && d.monetaryAmt() == null;
    }

    /**
     * What makes two live benefits of one plan (or one patient plan) the same rule: type, target, coverage level
     * and time period, and for limitations the qualifier, so a frequency and an age limit on one group may coexist.
     * A percentage, a copayment, an exclusion and a waiting period mean the same whatever period or level they
     * carry, so those two fields do not tell such rules apart: the estimator could only pick one of them.
     */
    record DuplicateKey(
            BenefitType type,
            UUID coverageCategoryId,
            UUID codeGroupId,
            UUID procedureCodeId,
            CoverageLevel coverageLevel,
            TimePeriod timePeriod,
            QuantityQualifier limitationQualifier) {}

    static DuplicateKey duplicateKey(BenefitDraft d) {
        return new DuplicateKey(
                d.benefitType(),
                d.coverageCategoryId(),
                d.codeGroupId(),
                d.procedureCodeId(),
                LEVEL_AND_PERIOD_MATTER.contains(d.benefitType()) ? d.coverageLevel() : null,
                LEVEL_AND_PERIOD_MATTER.contains(d.benefitType()) ? d.timePeriod() : null,
                d.benefitType() == limitation ? d.quantityQualifier() : null);
    }

    /** What "the same rule" means for this type, for the messages that refuse a duplicate. */
    static String sameRule(BenefitType type) {
        return LEVEL_AND_PERIOD_MATTER.contains(type)
                ? "same type, target, coverage level and time period"
                : "same type and target (a " + type + " means the same whatever its time period or coverage level)";
    }

    private static final Set<BenefitType> LEVEL_AND_PERIOD_MATTER =
            EnumSet.of(deductible, family_deductible, annual_max, family_annual_max, ortho_lifetime_max, limitation);

    private static void checkTarget(BenefitDraft d, Problems problems) {
        boolean targeted = d.coverageCategoryId() != null;
        if (d.codeGroupId() != null) {
            if (targeted) {
                problems.add("code_group_uuid", TARGETS);
            }
            targeted = true;
        }
        if (d.procedureCodeId() != null && targeted) {
            problems.add("procedure_code_uuid", TARGETS);
        }
    }

    private static void checkPercent(BenefitDraft d, Problems problems) {
        if (d.benefitType() != coinsurance) {
            if (d.percent() != null) {
                problems.add("percent", "only coinsurance benefits take a percent");
            }
        } else if (d.percent() == null) {
            problems.add("percent", "a coinsurance benefit needs a percent (0-100)", "missing");
        } else if (d.percent() < 0 || d.percent() > 100) {
            problems.add("percent", "must be between 0 and 100");
        }
    }

    private static void checkAmount(BenefitDraft d, Problems problems) {
        BigDecimal amount = d.monetaryAmt();
        if (amount == null) {
            if (AMOUNT_REQUIRED.contains(d.benefitType())) {
                problems.add("monetary_amt", "a " + d.benefitType() + " benefit needs a monetary_amt", "missing");
            }
        } else if (!AMOUNT_TYPES.contains(d.benefitType())) {
            problems.add(
                    "monetary_amt",
                    "only deductible, family_deductible, annual_max, family_annual_max, "
                            + "ortho_lifetime_max, copayment, limitation and active_coverage benefits take a monetary_amt");
        } else if (amount.signum() < 0) {
            problems.add("monetary_amt", "must be greater than or equal to 0");
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            problems.add("monetary_amt", "must be at most " + MAX_AMOUNT);
        }
    }

    private static void checkWaitingPeriod(BenefitDraft d, Problems problems) {
        Integer months = d.waitingPeriodMonths();
        if (months != null && d.benefitType() != waiting_period) {
            problems.add("waiting_period_months", "only waiting_period benefits take waiting_period_months");
        } else if (months != null && (months < 0 || months > MAX_WAITING_MONTHS)) {
            problems.add("waiting_period_months", "must be between 0 and " + MAX_WAITING_MONTHS);
        } else if (d.benefitType() == waiting_period
                && months == null
                && !(SPAN_QUALIFIERS.contains(d.quantityQualifier()) && d.quantity() != null)) {
            problems.add(
                    "waiting_period_months",
                    "a waiting_period needs waiting_period_months, or a quantity with "
                            + "quantity_qualifier months or years",
                    "missing");
        }
    }

    private static void checkAges(BenefitDraft d, Problems problems) {
        boolean inRange = checkAge("age_min", d.ageMin(), problems) & checkAge("age_max", d.ageMax(), problems);
        if (inRange && d.ageMin() != null && d.ageMax() != null && d.ageMin() > d.ageMax()) {
            problems.add("age_max", "must not be less than age_min (" + d.ageMin() + ")");
        }
    }

    private static boolean checkAge(String field, Integer age, Problems problems) {
        if (age != null && (age < 0 || age > MAX_AGE)) {
            problems.add(field, "must be between 0 and " + MAX_AGE);
            return false;
        }
        return true;
    }

    /** Collects problems under one location prefix. */
    private static final class Problems {
        private final List<Object> at;
        private final List<FieldProblem> list = new ArrayList<>();

        Problems(List<Object> at) {
            this.at = at;
        }

        void add(String field, String msg) {
            add(field, msg, "value_error");
        }

        void add(String field, String msg, String type) {
            var loc = new ArrayList<>(at);
            loc.add(field);
            list.add(FieldProblem.at(loc, msg, type));
        }
    }
}
