package io.bitewing.admin;

import java.time.Instant;
import java.util.UUID;

/** An organisation: the tenant every other row belongs to. */
public record Org(UUID id, String name, Instant createdAt) {}
