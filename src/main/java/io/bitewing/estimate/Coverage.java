package io.bitewing.estimate;

import io.bitewing.benefit.Benefit;
import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.patientplan.PatientPlan;
import io.bitewing.plan.Plan;
import io.bitewing.plan.PlanSubstitution;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One coverage of an estimate as loaded: its patient plan and plan, effective benefits, the fee schedule filling each
 * slot (after the patient plan's own schedule replaced its slot), the estimate book it reads, and its downgrade links
 * by code.
 */
record Coverage(
        PatientPlan patientPlan,
        Plan plan,
        List<Benefit> benefits,
        Map<Kind, UUID> schedules,
        UUID estimateBook,
        Map<String, PlanSubstitution> links) {

    UUID schedule(Kind kind) {
        return schedules.get(kind);
    }

    UUID id() {
        return patientPlan.id();
    }
}
