package io.bitewing.demo;

import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.benefit.Benefit.QuantityQualifier;
import io.bitewing.benefit.Benefit.TimePeriod;
import io.bitewing.benefit.BenefitRequests.Create;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Benefit sets of the demo plans, written the way an office keys them in: percentages per category, a general
 * deductible waived on diagnostic and preventive care (a category deductible of 0), maximums, frequencies, an age
 * limit, a waiting period and an exclusion.
 */
final class DemoBenefits {

    private final Map<String, UUID> categories;
    private final Map<String, UUID> codeGroups;
    private final List<Create> rows = new ArrayList<>();

    private DemoBenefits(Map<String, UUID> categories, Map<String, UUID> codeGroups) {
        this.categories = categories;
        this.codeGroups = codeGroups;
    }

    static DemoBenefits using(Map<String, UUID> categories, Map<String, UUID> codeGroups) {
        return new DemoBenefits(categories, codeGroups);
    }

    DemoBenefits percent(int percent, String... categoryNames) {
        for (String name : categoryNames) {
            rows.add(row(
                    BenefitType.coinsurance, categories.get(name), null, percent, null, null, null, null, null, null));
        }
        return this;
    }

    DemoBenefits deductible(String amount, String... waivedCategories) {
        rows.add(row(BenefitType.deductible, null, null, null, amount, null, null, null, null, null));
        for (String name : waivedCategories) {
            rows.add(row(BenefitType.deductible, categories.get(name), null, null, "0", null, null, null, null, null));
        }
        return this;
    }

    DemoBenefits familyDeductible(String amount) {
        rows.add(row(BenefitType.family_deductible, null, null, null, amount, null, null, null, null, null));
        return this;
    }

    DemoBenefits annualMax(String amount) {
        rows.add(row(BenefitType.annual_max, null, null, null, amount, null, null, null, null, null));
        return this;
    }

    DemoBenefits orthoLifetimeMax(String amount, int percent) {
        rows.add(row(
                BenefitType.ortho_lifetime_max, null, null, null, amount, TimePeriod.lifetime, null, null, null, null));
        return percent(percent, "Ortho");
    }

    /** e.g. two exams per benefit year. */
    DemoBenefits frequency(String codeGroup, int times, TimePeriod period) {
        rows.add(row(
                BenefitType.limitation,
                null,
                codeGroups.get(codeGroup),
                null,
                null,
                period,
                QuantityQualifier.number_of_services,
                times,
                null,
                null));
        return this;
    }

    /** Covered only through the given age. */
    DemoBenefits ageLimit(String codeGroup, int age) {
        rows.add(row(
                BenefitType.limitation,
                null,
                codeGroups.get(codeGroup),
                null,
                null,
                null,
                QuantityQualifier.age_limit,
                age,
                null,
                null));
        return this;
    }

    DemoBenefits waitingPeriod(String category, int months) {
        rows.add(row(
                BenefitType.waiting_period,
                categories.get(category),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                months));
        return this;
    }

    DemoBenefits exclude(String category) {
        rows.add(row(BenefitType.exclusion, categories.get(category), null, null, null, null, null, null, null, null));
        return this;
    }

    List<Create> rows() {
        return List.copyOf(rows);
    }

    private static Create row(
            BenefitType type,
            UUID category,
            UUID codeGroup,
            Integer percent,
            String amount,
            TimePeriod period,
            QuantityQualifier qualifier,
            Integer quantity,
            Integer ageMax,
            Integer waitingMonths) {
        return new Create(
                type,
                category,
                codeGroup,
                null,
                null,
                percent,
                amount == null ? null : new BigDecimal(amount),
                period,
                qualifier,
                quantity,
                null,
                null,
                ageMax,
                waitingMonths,
                null,
                null,
                null);
    }
}
