package io.bitewing.plan;

import io.bitewing.shared.auth.Tenant;
import java.util.UUID;

/**
 * Implemented by the module whose rows cover patients under a plan (subscriptions), so that archiving a plan can
 * say what still holds it and end that coverage in the same transaction without this module writing its tables.
 */
public interface PlanDependents {

    /** Patient plans in force through the plan's subscriptions in force. */
    int patientPlansHolding(Tenant tenant, UUID planId);

    /** Terminates the plan's subscriptions in force as of today; answers how many patient plans that ended. */
    int endCoverage(Tenant tenant, UUID planId);
}
