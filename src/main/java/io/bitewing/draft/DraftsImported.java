package io.bitewing.draft;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The answer of an import: every row's draft in row order, and how many landed in each status. */
public record DraftsImported(
        @Schema(description = "One draft per row, in row order.")
        List<Draft> items,

        @Schema(description = "Number of drafts created (the number of rows).")
        int total,

        @Schema(description = "Drafts auto-matched to carrier, plan and subscriber.")
        int matched,

        @Schema(description = "Drafts awaiting a reviewer's match.")
        int pending,

        @Schema(description = "Rows that could not be read; each draft says why in error_reason.")
        int error) {

    static DraftsImported of(List<Draft> items) {
        return new DraftsImported(
                items,
                items.size(),
                count(items, Draft.ReviewStatus.matched),
                count(items, Draft.ReviewStatus.pending),
                count(items, Draft.ReviewStatus.error));
    }

    private static int count(List<Draft> items, Draft.ReviewStatus status) {
        return (int) items.stream().filter(d -> d.reviewStatus() == status).count();
    }
}
