package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.BenefitRow.BenefitType;
import io.bitewing.estimate.engine.BenefitRow.QuantityQualifier;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.OptionalInt;

/**
 * Age limits (estimation-rules.md §9.2, §13 E15): a through-age N on a matching code, group or category; the service is not
 * covered when the patient's age is above N. Our rule: age at the date of service.
 */
final class CheckAgeLimit {
    private CheckAgeLimit() {}

    static Integer ageAt(LocalDate birthdate, LocalDate date) {
        return birthdate == null ? null : Period.between(birthdate, date).getYears();
    }

    /** The through-age the patient is over, or empty. */
    static OptionalInt exceeded(List<BenefitRow> rows, String code, CodeCategories cats, Integer age) {
        if (age == null) return OptionalInt.empty();
        return rows.stream()
                .filter(r -> r.type() == BenefitType.LIMITATION
                        && r.quantityQualifier() == QuantityQualifier.AGE_LIMIT
                        && r.quantity() != null
                        && r.quantity() > 0)
                .filter(r -> MatchBenefits.covers(r.target(), code, cats))
                .mapToInt(BenefitRow::quantity)
                .filter(n -> age > n)
                .min();
    }
}
