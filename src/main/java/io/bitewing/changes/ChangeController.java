package io.bitewing.changes;

import io.bitewing.shared.auth.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/changes")
@Tag(name = "Changes", description = "Every committed change, in commit order, from a cursor a client resumes from.")
class ChangeController {

    private final ChangeFeed feed;

    ChangeController(ChangeFeed feed) {
        this.feed = feed;
    }

    @GetMapping
    @Operation(
            summary = "Read the change feed",
            description = "Every create, update, archive and delete of the organisation's entities, in the order "
                    + "they committed, each exactly once: store next_cursor and send it back as after to resume. A "
                    + "change that commits late is placed after everything already read, never before the cursor. "
                    + "Items name the entity, the action, its new version and the fields written, never values: "
                    + "read the entity with its GET (a deletion's entity answers 404). has_more says whether to read "
                    + "again at once. 422 for a cursor this feed did not give out, an unknown type or a limit out of "
                    + "range.")
    ChangePage read(
            Tenant tenant,
            @Parameter(
                            description =
                                    "Resume after this cursor (next_cursor of the last page); omit to start at the "
                                            + "beginning.")
                    @RequestParam(required = false)
                    String after,
            @Parameter(description = "Only these entity types, comma-separated, e.g. carrier,insurance_plan,benefit.")
                    @RequestParam(required = false)
                    List<String> types,
            @Parameter(description = "Changes per page, 1 to 1000 (default 100).") @RequestParam(required = false)
                    Integer limit) {
        return feed.read(tenant, after, types, limit);
    }
}
