package io.bitewing.draft;

import io.bitewing.draft.Draft.ReviewStatus;
import io.bitewing.plan.Plan.PlanType;
import java.util.UUID;

/**
 * What a draft is matched to: carrier, plan (or a plan to create under the carrier) and subscriber. Complete, and
 * so {@code matched}, only when all three are known; otherwise the draft waits for review as {@code pending}.
 */
record DraftMatch(UUID carrierId, UUID planId, UUID subscriberId, boolean createPlan, PlanType newPlanType) {

    static final DraftMatch NONE = new DraftMatch(null, null, null, false, null);

    ReviewStatus status() {
        boolean plan = planId != null || (createPlan && carrierId != null);
        return carrierId != null && plan && subscriberId != null ? ReviewStatus.matched : ReviewStatus.pending;
    }
}
