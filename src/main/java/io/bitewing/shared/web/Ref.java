package io.bitewing.shared.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** A lightweight reference to a related entity, as the reference embeds them: its id and a display name. */
@Schema(description = "Lightweight reference to a related entity — exposes UUID and optional name.")
public record Ref(UUID id, String name) {}
