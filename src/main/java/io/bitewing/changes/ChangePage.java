package io.bitewing.changes;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of the feed and where to resume. */
public record ChangePage(
        List<Change> items,

        @Schema(
                description = "Resume from here (after=next_cursor): the last item's cursor, or the cursor sent when "
                        + "the page is empty, so a client can poll with it.",
                nullable = true)
        String nextCursor,

        @Schema(description = "Whether more changes were already committed after this page.")
        boolean hasMore) {}
