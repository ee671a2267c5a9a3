package io.bitewing.subscription;

import io.bitewing.shared.auth.Tenant;
import java.util.Collection;
import java.util.UUID;

/**
 * Implemented by a module whose rows depend on subscriptions (patient plans do), so that terminating a
 * subscription deactivates them in the same transaction without this module writing another module's tables.
 */
public interface SubscriptionDependents {

    /** Deactivates what is still in force under the subscriptions; answers how many patient plans changed. */
    int deactivateFor(Tenant tenant, Collection<UUID> subscriptionIds);

    /** How many patient plans are in force under the subscriptions (what a termination still to come will end). */
    int countInForce(Tenant tenant, Collection<UUID> subscriptionIds);
}
