package io.bitewing.estimate.engine;

import java.math.BigDecimal;

/**
 * One effective benefit row of a plan (plan scope) or of the patient's coverage (patient scope). {@code amount} null
 * means blank, which is distinct from 0 (estimation-rules.md §0). {@code ageMin}/{@code ageMax} restrict the row to patients of
 * those ages at the date of service; {@code waitingMonths} is the waiting period of a {@code WAITING_PERIOD} row (else
 * {@code quantity} with qualifier months/years is used).
 */
public record BenefitRow(
        BenefitType type,
        Target target,
        Integer percent,
        BigDecimal amount,
        TimePeriod timePeriod,
        QuantityQualifier quantityQualifier,
        Integer quantity,
        CoverageLevel coverageLevel,
        TreatArea treatArea,
        Integer ageMin,
        Integer ageMax,
        Integer waitingMonths,
        Scope scope) {

    public BenefitRow {
        if (target == null) target = Target.general();
        if (timePeriod == null) timePeriod = TimePeriod.NONE;
        if (quantityQualifier == null) quantityQualifier = QuantityQualifier.NONE;
        if (coverageLevel == null) coverageLevel = CoverageLevel.NONE;
        if (treatArea == null) treatArea = TreatArea.NONE;
        if (scope == null) scope = Scope.PLAN;
    }

    public static BenefitRow coinsurance(Target target, int percent) {
        return new BenefitRow(
                BenefitType.COINSURANCE, target, percent, null, null, null, null, null, null, null, null, null, null);
    }

    public static BenefitRow deductible(Target target, String amount) {
        return new BenefitRow(
                BenefitType.DEDUCTIBLE,
                target,
                null,
                new BigDecimal(amount),
                TimePeriod.CALENDAR_YEAR,
                null,
                null,
                CoverageLevel.INDIVIDUAL,
                null,
                null,
                null,
                null,
                null);
    }

    public static BenefitRow familyDeductible(String amount) {
        return new BenefitRow(
                BenefitType.FAMILY_DEDUCTIBLE,
                null,
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

    public static BenefitRow annualMax(Target target, String amount) {
        return new BenefitRow(
                BenefitType.ANNUAL_MAX,
                target,
                null,
                new BigDecimal(amount),
                TimePeriod.CALENDAR_YEAR,
                null,
                null,
                CoverageLevel.INDIVIDUAL,
                null,
                null,
                null,
                null,
                null);
    }

    public static BenefitRow familyAnnualMax(String amount) {
        return new BenefitRow(
                BenefitType.FAMILY_ANNUAL_MAX,
                null,
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

    public static BenefitRow orthoLifetimeMax(Target target, String amount) {
        return new BenefitRow(
                BenefitType.ORTHO_LIFETIME_MAX,
                target,
                null,
                new BigDecimal(amount),
                TimePeriod.LIFETIME,
                null,
                null,
                CoverageLevel.INDIVIDUAL,
                null,
                null,
                null,
                null,
                null);
    }

    public static BenefitRow exclusion(Target target) {
        return new BenefitRow(
                BenefitType.EXCLUSION, target, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static BenefitRow ageLimit(Target target, int throughAge) {
        return new BenefitRow(
                BenefitType.LIMITATION,
                target,
                null,
                null,
                TimePeriod.NONE,
                QuantityQualifier.AGE_LIMIT,
                throughAge,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    public static BenefitRow frequency(
            Target target, TimePeriod period, QuantityQualifier qualifier, int quantity, TreatArea area) {
        return new BenefitRow(
                BenefitType.LIMITATION,
                target,
                null,
                null,
                period,
                qualifier,
                quantity,
                null,
                area,
                null,
                null,
                null,
                null);
    }

    public static BenefitRow waitingPeriod(Target target, int months) {
        return new BenefitRow(
                BenefitType.WAITING_PERIOD, target, null, null, null, null, null, null, null, null, null, months, null);
    }

    public BenefitRow forPatient() {
        return new BenefitRow(
                type,
                target,
                percent,
                amount,
                timePeriod,
                quantityQualifier,
                quantity,
                coverageLevel,
                treatArea,
                ageMin,
                ageMax,
                waitingMonths,
                Scope.PATIENT);
    }

    BenefitRow withTarget(Target t) {
        return new BenefitRow(
                type,
                t,
                percent,
                amount,
                timePeriod,
                quantityQualifier,
                quantity,
                coverageLevel,
                treatArea,
                ageMin,
                ageMax,
                waitingMonths,
                scope);
    }

    public BenefitRow withPeriod(TimePeriod period) {
        return new BenefitRow(
                type,
                target,
                percent,
                amount,
                period,
                quantityQualifier,
                quantity,
                coverageLevel,
                treatArea,
                ageMin,
                ageMax,
                waitingMonths,
                scope);
    }

    boolean isFamily() {
        return type == BenefitType.FAMILY_DEDUCTIBLE
                || type == BenefitType.FAMILY_ANNUAL_MAX
                || coverageLevel == CoverageLevel.FAMILY;
    }

    public enum BenefitType {
        COINSURANCE,
        DEDUCTIBLE,
        FAMILY_DEDUCTIBLE,
        ANNUAL_MAX,
        FAMILY_ANNUAL_MAX,
        ORTHO_LIFETIME_MAX,
        EXCLUSION,
        LIMITATION,
        WAITING_PERIOD,
        COPAYMENT
    }

    public enum TimePeriod {
        NONE,
        SERVICE_YEAR,
        CALENDAR_YEAR,
        LIFETIME,
        YEARS,
        NUMBER_IN_LAST_12_MONTHS
    }

    public enum QuantityQualifier {
        NONE,
        NUMBER_OF_SERVICES,
        AGE_LIMIT,
        VISITS,
        YEARS,
        MONTHS
    }

    public enum CoverageLevel {
        NONE,
        INDIVIDUAL,
        FAMILY
    }

    public enum Scope {
        PLAN,
        PATIENT
    }

    public enum TreatArea {
        NONE,
        SURF,
        TOOTH,
        MOUTH,
        QUAD,
        SEXTANT,
        ARCH,
        TOOTH_RANGE
    }
}
