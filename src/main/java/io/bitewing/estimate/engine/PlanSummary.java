package io.bitewing.estimate.engine;

import java.time.LocalDate;

/** A plan's benefit year at the as-of date and its buckets; absent buckets are null. */
public record PlanSummary(
        String planId,
        int ordinal,
        LocalDate benefitYearStart,
        LocalDate benefitYearEnd,
        Bucket annualMax,
        Bucket deductible,
        Bucket familyAnnualMax,
        Bucket familyDeductible,
        Bucket orthoLifetimeMax) {}
