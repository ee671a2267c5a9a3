package io.bitewing.patientplan;

import io.bitewing.shared.auth.Tenant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What eligibility vendors reported for patient plans, for their benefits summaries. Implemented by the eligibility
 * module, which itself reads patient plans, so this module never depends on it.
 */
public interface EligibilityReports {

    /** The latest reported figures of these patient plans, in one query; plans without a record are absent. */
    Map<UUID, BenefitsSummary.Reported> forPatientPlans(Tenant tenant, Collection<UUID> patientPlanIds);
}
