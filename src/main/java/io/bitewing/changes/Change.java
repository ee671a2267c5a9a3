package io.bitewing.changes;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One committed change of one entity: what changed and who changed it, never the values. */
@Schema(description = "One committed change of one entity. Carries no values: read the entity with its GET.")
public record Change(
        @Schema(description = "The change's own id; a webhook delivery of it carries the same id.")
        UUID id,

        @Schema(description = "Opaque position of this change in the feed; resume after it with after=cursor.")
        String cursor,

        @Schema(description = "The entity's type, e.g. carrier, insurance_plan, benefit, subscription, patient_plan.")
        String entityType,

        UUID entityId,

        @Schema(description = "What happened, e.g. create, update, archive, delete, terminate, import.")
        String action,

        @Schema(
                description = "The entity's version after the change (a deleted row that is kept for history has its "
                        + "last version); null for a row removed for good or a type without versions.",
                nullable = true)
        Integer version,

        @Schema(description = "Names of the fields the change wrote.")
        List<String> changedFields,

        @Schema(description = "The API token that made the change; null for the service's own work.", nullable = true)
        UUID tokenId,

        @Schema(description = "When the change was made (its transaction's time).")
        Instant changedAt) {}
