package io.bitewing.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A background import: running while its job works through the rows, then completed or failed. */
record ImportRun(
        @Schema(description = "Run UUID.") UUID id,

        @Schema(description = "What is imported: carriers or plans.")
        Kind kind,

        @Schema(description = "running, completed or failed.")
        Status status,

        Progress progress,

        @Schema(
                description = "Once completed: what the import would have answered at once (totals and one result "
                        + "per row); null before.")
        JsonNode report,

        @Schema(
                description =
                        "Once failed: the problems the import would have answered with a 422, in the same "
                                + "shape ({loc, msg, type}, loc naming the row and field); nothing was written. Null otherwise.",
                nullable = true)
        List<JsonNode> errors,

        @Schema(description = "Version, moved on when the run ends.")
        int version,

        Instant createdAt,
        Instant updatedAt,
        Instant finishedAt) {

    enum Kind {
        carriers,
        plans
    }

    enum Status {
        running,
        completed,
        failed
    }

    record Progress(
            @Schema(description = "Rows finished: carriers, or plans with their benefits.")
            int done,

            @Schema(description = "Rows in the import.") int total) {}
}
