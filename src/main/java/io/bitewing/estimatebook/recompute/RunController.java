package io.bitewing.estimatebook.recompute;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance/estimate-books/{book_uuid}")
@Tag(name = "Estimate books")
class RunController {

    private final RecomputeService recompute;

    RunController(RecomputeService recompute) {
        this.recompute = recompute;
    }

    @PostMapping("/recompute")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Recompute estimate book",
            description = "Start a recomputation run for the estimate book "
                    + "and answer at once with the run in status running; the allowed fees are recomputed in the background "
                    + "(poll the run). For every plan in the book's scope and every code with evidence or a manual fee, the "
                    + "active rule steps are walked in priority order and the first with evidence gives the median allowed "
                    + "amount; the book's rule_type decides the fallback. Raises 404 if the estimate book does not exist; 409 "
                    + "if it is archived or a run of it is still running.")
    EstimateBookRun recompute(Tenant tenant, @PathVariable("book_uuid") UUID bookId) {
        return recompute.start(tenant, bookId);
    }

    @GetMapping("/runs")
    @Operation(
            summary = "List estimate book runs",
            description =
                    "List recomputation runs for an estimate book, newest "
                            + "first; a running run shows its stage in summary_json. Raises 404 if the estimate book does not exist.")
    Page<EstimateBookRun> list(Tenant tenant, @PathVariable("book_uuid") UUID bookId, PageRequest page) {
        return recompute.list(tenant, bookId, page);
    }

    @GetMapping("/runs/{run_uuid}")
    @Operation(
            summary = "Get estimate book run",
            description = "Retrieve a single run by UUID: its status, and its "
                    + "summary once completed or its error once failed. Raises 404 if the run does not exist.")
    EstimateBookRun get(Tenant tenant, @PathVariable("book_uuid") UUID bookId, @PathVariable("run_uuid") UUID id) {
        return recompute.get(tenant, bookId, id);
    }
}
