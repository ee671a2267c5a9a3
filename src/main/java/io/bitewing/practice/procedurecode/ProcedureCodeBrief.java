package io.bitewing.practice.procedurecode;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** A procedure code embedded in another entity, as the reference embeds them: its id, code and description. */
@Schema(description = "Brief procedure code info embedded in fee entries.")
public record ProcedureCodeBrief(UUID id, String code, String description) {}
