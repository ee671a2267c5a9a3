package io.bitewing.opendental;

import io.bitewing.benefit.Benefit.CoverageLevel;
import io.bitewing.benefit.Benefit.QuantityQualifier;
import io.bitewing.benefit.Benefit.TimePeriod;
import io.bitewing.practice.procedurecode.ProcedureCode.TreatArea;
import java.util.LinkedHashMap;
import java.util.Map;

/** Open Dental's names of the benefit value sets, in the order its documentation lists them, both ways. */
final class OdVocabulary {

    /** Open Dental's benefit types; the native type follows from the type and the benefit's shape (OdBenefits). */
    enum OdBenefitType {
        ActiveCoverage,
        CoInsurance,
        Deductible,
        CoPayment,
        Exclusions,
        Limitations,
        WaitingPeriod
    }

    static final Map<String, OdBenefitType> BENEFIT_TYPES = names(OdBenefitType.values());

    static final Map<String, CoverageLevel> COVERAGE_LEVELS =
            ordered("None", CoverageLevel.none, "Individual", CoverageLevel.individual, "Family", CoverageLevel.family);

    static final Map<String, TimePeriod> TIME_PERIODS = ordered(
            "None", TimePeriod.none,
            "ServiceYear", TimePeriod.service_year,
            "CalendarYear", TimePeriod.calendar_year,
            "Lifetime", TimePeriod.lifetime,
            "Years", TimePeriod.years,
            "NumberInLast12Months", TimePeriod.number_in_last_12_months);

    static final Map<String, QuantityQualifier> QUANTITY_QUALIFIERS = ordered(
            "None", QuantityQualifier.none,
            "NumberOfServices", QuantityQualifier.number_of_services,
            "AgeLimit", QuantityQualifier.age_limit,
            "Visits", QuantityQualifier.visits,
            "Years", QuantityQualifier.years,
            "Months", QuantityQualifier.months);

    static final Map<String, TreatArea> TREAT_AREAS = ordered(
            "None", TreatArea.none,
            "Surf", TreatArea.surf,
            "Tooth", TreatArea.tooth,
            "Mouth", TreatArea.mouth,
            "Quad", TreatArea.quad,
            "Sextant", TreatArea.sextant,
            "Arch", TreatArea.arch,
            "ToothRange", TreatArea.tooth_range);

    private OdVocabulary() {}

    /** The Open Dental name of a native value. */
    static <E> String nameOf(Map<String, E> values, E value) {
        return values.entrySet().stream()
                .filter(e -> e.getValue() == value)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("None");
    }

    private static <E extends Enum<E>> Map<String, E> names(E[] values) {
        var map = new LinkedHashMap<String, E>();
        for (E value : values) {
            map.put(value.name(), value);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    static <E> Map<String, E> ordered(Object... pairs) {
        var map = new LinkedHashMap<String, E>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (E) pairs[i + 1]);
        }
        return map;
    }
}
