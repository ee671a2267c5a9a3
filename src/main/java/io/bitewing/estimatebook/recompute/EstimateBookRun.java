package io.bitewing.estimatebook.recompute;

import io.bitewing.shared.web.Ref;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One recompute of a book: running while the background job works, then completed or failed. */
public record EstimateBookRun(
        @Schema(description = "Run UUID.") UUID id,
        Ref estimateBook,

        @Schema(description = "Run status. One of: running, completed, failed.")
        Status status,

        @Schema(description = "Timestamp when the run started.")
        Instant startedAt,

        Instant finishedAt,

        @Schema(description = "Why the run failed; null otherwise.")
        String error,

        @Schema(
                description =
                        "While running: the stage (queued, computing) and the active steps. Once completed: codes_computed, "
                                + "entries_computed, changed, unchanged, removed and by_step (entries per step that yielded them).")
        Map<String, Object> summaryJson,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt) {

    public enum Status {
        running,
        completed,
        failed
    }
}
