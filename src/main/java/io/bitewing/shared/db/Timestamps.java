package io.bitewing.shared.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Binds an {@link Instant} as the driver expects a {@code timestamptz} parameter: an offset date-time in UTC. */
public final class Timestamps {

    private Timestamps() {}

    /** {@code null} stays {@code null}. */
    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
