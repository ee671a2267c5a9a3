package io.bitewing.benefit;

import io.bitewing.plan.PlanBenefitsReader;
import io.bitewing.shared.auth.Tenant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Gives the plan module a plan's live benefits for {@code include_benefits}, in one query. */
@Component
class PlanBenefits implements PlanBenefitsReader {

    private final BenefitRepository benefits;

    PlanBenefits(BenefitRepository benefits) {
        this.benefits = benefits;
    }

    @Override
    public List<Benefit> liveBenefits(Tenant tenant, UUID planId) {
        return benefits.findAllLive(tenant.orgId(), BenefitOwner.plan(planId));
    }
}
