package io.bitewing.benefit;

import java.util.UUID;

/**
 * Whose benefits: a plan's, or the overrides of one patient plan. {@code column} is one of two constants, so it may
 * appear in SQL text; the id is always a bound parameter.
 */
record BenefitOwner(String column, UUID id) {

    static BenefitOwner plan(UUID planId) {
        return new BenefitOwner("plan_id", planId);
    }

    static BenefitOwner patientPlan(UUID patientPlanId) {
        return new BenefitOwner("patient_plan_id", patientPlanId);
    }

    boolean isPlan() {
        return column.equals("plan_id");
    }
}
