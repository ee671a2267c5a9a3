package io.bitewing.feeschedule;

import java.util.UUID;

/** A procedure code the schedule has no fee for yet. */
record AvailableCode(UUID id, String code, String description, String category) {}
