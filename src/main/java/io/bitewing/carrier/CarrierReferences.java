package io.bitewing.carrier;

import io.bitewing.shared.auth.Tenant;
import java.util.Collection;
import java.util.UUID;

/**
 * Implemented by a module whose rows point at carriers (plans do), so that combining carriers moves them in the
 * same transaction without this module writing another module's tables.
 */
public interface CarrierReferences {

    /** Re-points rows from the source carriers to the target; answers how many plans moved. */
    int moveToCarrier(Tenant tenant, Collection<UUID> sourceIds, UUID targetId);
}
