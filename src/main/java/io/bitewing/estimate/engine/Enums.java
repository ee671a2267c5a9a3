package io.bitewing.estimate.engine;

/** Holder for the small vocabularies of the engine input (estimation.md §2). */
public final class Enums {
    private Enums() {}

    public enum PlanType { CATEGORY_PERCENTAGE, PPO_PERCENTAGE, PPO_FIXED_BENEFIT, FLAT_COPAY, CAPITATION }

    public enum CobRule { BASIC, STANDARD, CARVE_OUT, SECONDARY_MEDICAID }

    public enum BenefitType {
        COINSURANCE, DEDUCTIBLE, FAMILY_DEDUCTIBLE, ANNUAL_MAX, FAMILY_ANNUAL_MAX, ORTHO_LIFETIME_MAX, EXCLUSION,
        LIMITATION, WAITING_PERIOD, COPAYMENT
    }

    public enum TimePeriod { NONE, SERVICE_YEAR, CALENDAR_YEAR, LIFETIME, YEARS, NUMBER_IN_LAST_12_MONTHS }

    public enum QuantityQualifier { NONE, NUMBER_OF_SERVICES, AGE_LIMIT, VISITS, YEARS, MONTHS }

    public enum CoverageLevel { NONE, INDIVIDUAL, FAMILY }

    public enum Scope { PLAN, PATIENT }

    public enum TreatArea { NONE, SURF, TOOTH, MOUTH, QUAD, SEXTANT, ARCH, TOOTH_RANGE }

    public enum HistoryStatus { RECEIVED, PENDING, OUTSIDE_OFFICE, ADJUSTMENT }

    public enum Mode { TREATMENT_PLAN, INDEPENDENT }

    /** Why a line pays less than its own share; the wire names are the lower-case constant names. */
    public enum Limit {
        ANNUAL_MAX, FAMILY_ANNUAL_MAX, ORTHO_LIFETIME_MAX, CATEGORY_MAX, FREQUENCY, AGE_LIMIT, WAITING_PERIOD, EXCLUSION,
        NOT_COVERED, COVERAGE_TERMINATED
    }
}
