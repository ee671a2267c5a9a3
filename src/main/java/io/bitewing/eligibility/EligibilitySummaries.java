package io.bitewing.eligibility;

import io.bitewing.patientplan.BenefitsSummary;
import io.bitewing.patientplan.EligibilityReports;
import io.bitewing.shared.auth.Tenant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The reported figures a patient plan's benefits summary shows beside the computed ones. */
@Component
class EligibilitySummaries implements EligibilityReports {

    private final EligibilityRepository records;

    EligibilitySummaries(EligibilityRepository records) {
        this.records = records;
    }

    @Override
    public Map<UUID, BenefitsSummary.Reported> forPatientPlans(Tenant tenant, Collection<UUID> patientPlanIds) {
        var reported = new HashMap<UUID, BenefitsSummary.Reported>();
        if (patientPlanIds.isEmpty()) {
            return reported;
        }
        for (Eligibility e : records.findForPatientPlans(tenant.orgId(), List.copyOf(patientPlanIds))) {
            reported.put(
                    e.patientPlanUuid(),
                    new BenefitsSummary.Reported(
                            e.eligibilityCheckDate(),
                            e.providerNetworkStatus() == null
                                    ? null
                                    : e.providerNetworkStatus().name(),
                            e.individualDeductibleRemainingInNetwork(),
                            e.individualDeductibleRemainingOutNetwork(),
                            e.familyDeductibleRemainingInNetwork(),
                            e.familyDeductibleRemainingOutNetwork(),
                            e.individualOopMaxRemainingInNetwork(),
                            e.individualOopMaxRemainingOutNetwork(),
                            e.familyOopMaxRemainingInNetwork(),
                            e.familyOopMaxRemainingOutNetwork()));
        }
        return reported;
    }
}
