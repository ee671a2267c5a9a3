package io.bitewing.benefit;

import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.patientplan.PatientPlan;
import io.bitewing.patientplan.PatientPlanService;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's own benefit rows (overrides) and the effective view that merges them with the plan's. Every call first
 * resolves the patient plan, so an unknown or foreign one is a 404 before any benefit is read or written.
 */
@Service
@Transactional(readOnly = true)
public class PatientBenefitService {

    private final PatientPlanService patientPlans;
    private final BenefitService benefits;

    PatientBenefitService(PatientPlanService patientPlans, BenefitService benefits) {
        this.patientPlans = patientPlans;
        this.benefits = benefits;
    }

    Page<Benefit> listOverrides(Tenant tenant, UUID patientPlanId, BenefitType type, PageRequest page) {
        patientPlans.get(tenant, patientPlanId);
        return benefits.listOverrides(tenant, patientPlanId, type, page);
    }

    @Transactional
    Benefit createOverride(Tenant tenant, UUID patientPlanId, BenefitRequests.Create body) {
        PatientPlan patientPlan = patientPlans.get(tenant, patientPlanId);
        return benefits.createOverride(tenant, patientPlan.planId(), patientPlanId, body);
    }

    @Transactional
    Benefit updateOverride(Tenant tenant, UUID patientPlanId, UUID id, BenefitRequests.Update body, Patch patch) {
        patientPlans.get(tenant, patientPlanId);
        return benefits.updateOverride(tenant, patientPlanId, id, body, patch);
    }

    @Transactional
    void deleteOverride(Tenant tenant, UUID patientPlanId, UUID id) {
        patientPlans.get(tenant, patientPlanId);
        benefits.deleteOverride(tenant, patientPlanId, id);
    }

    /** The plan's benefits merged with the patient's overrides (estimation-rules.md §11), as the estimator reads them. */
    public List<Benefit> effective(Tenant tenant, UUID patientPlanId) {
        PatientPlan patientPlan = patientPlans.get(tenant, patientPlanId);
        return benefits.effective(tenant, patientPlan.planId(), patientPlanId);
    }
}
