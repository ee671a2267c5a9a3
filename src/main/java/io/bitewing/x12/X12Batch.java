package io.bitewing.x12;

import io.bitewing.shared.web.FieldProblem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A day's batch of interchanges imported in the background, with its progress and, item by item, its report. */
record X12Batch(
        @Schema(description = "Batch UUID.") UUID id,

        @Schema(
                description = "queued (waiting for the background job), running, completed (every item imported or "
                        + "failed: see items), failed (the run itself stopped; error says why).")
        Status status,

        @Schema(description = "Which network's benefits the 271s are read for: in or out.")
        String network,

        Progress progress,

        @Schema(description = "Why the run stopped; null unless failed. An item's own failure is in its errors.")
        String error,

        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,

        @Schema(
                description = "The report, one entry per item in the order of the body; null in lists.",
                nullable = true)
        List<Item> items) {

    enum Status {
        queued,
        running,
        completed,
        failed
    }

    @Schema(description = "Items: each 835 interchange, and each 271 transaction set (one per patient).")
    record Progress(
            @Schema(description = "Items in the body.") int total,

            @Schema(description = "Items finished (imported, already imported or failed).")
            int done,

            @Schema(description = "Items that failed; each says why in its errors.")
            int failed) {}

    /** One item's import, as the synchronous route would have answered it. */
    record Item(
            int ordinal,

            @Schema(description = "271 or 835.") String transactionSet,

            @Schema(description = "Position of the item's ISA segment in the body (1 = the first ISA).")
            int interchangePosition,

            @Schema(description = "For a 271: position of its ST segment in the body.")
            Integer transactionSetPosition,

            @Schema(description = "ISA13 of the item's interchange.")
            String controlNumber,

            @Schema(
                    description = "queued, imported, already_imported (an 835 whose every trace was imported before: "
                            + "nothing changed) or failed.")
            String status,

            @Schema(description = "The interchange the import kept (raw text at …/x12/interchanges/{id}).")
            UUID interchangeUuid,

            @Schema(
                    description = "What the import answered: for an 835 the summary POST …/x12/835 answers; for a 271 "
                            + "coverage, outside_office_rows_added, change_set_uuid and the change set's counts.")
            Map<String, Object> result,

            @Schema(
                    description = "Why the item failed, FastAPI-shaped; segment positions (loc [\"body\", "
                            + "\"segment\", n]) count in the whole body.")
            List<FieldProblem> errors,

            Instant finishedAt) {}
}
