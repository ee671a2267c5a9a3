package io.bitewing.plan;

import io.bitewing.shared.auth.Tenant;
import java.util.List;
import java.util.UUID;

/**
 * Implemented by the benefit module, so a plan can be read with its benefits ({@code include_benefits}) while the
 * plan module stays independent of benefits.
 */
public interface PlanBenefitsReader {

    /** The plan's live benefit rows, as the benefit endpoints show them. */
    List<? extends PlanBenefit> liveBenefits(Tenant tenant, UUID planId);
}
