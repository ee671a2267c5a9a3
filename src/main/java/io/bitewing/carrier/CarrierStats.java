package io.bitewing.carrier;

import java.util.UUID;

/** Plan and subscriber counts of one live carrier. */
record CarrierStats(UUID carrierUuid, String carrierName, long planCount, long subscriberCount) {}
