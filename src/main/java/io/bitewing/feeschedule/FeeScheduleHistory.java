package io.bitewing.feeschedule;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A page of a schedule's audit trail: which token did what, and the names of the fields it changed. */
record FeeScheduleHistory(List<Entry> items, long total) {

    record Entry(UUID id, String action, List<String> changedFields, UUID tokenId, Instant createdAt) {}
}
