package io.bitewing.feeschedule;

import java.util.UUID;

/** Fee and live assignment counts of one live fee schedule. */
record FeeScheduleStats(UUID feeScheduleUuid, String name, long feeCount, long assignmentCount) {}
