package io.bitewing.estimatebook.recompute;

import io.bitewing.estimatebook.EstimateBookService;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts recomputes and shows their runs. The work itself runs in the background ({@link RecomputeRunner}). */
@Service
@Transactional(readOnly = true)
public class RecomputeService {

    private final RunRepository runs;
    private final EstimateBookService books;
    private final RecomputeJobs jobs;
    private final AuditLog audit;

    RecomputeService(RunRepository runs, EstimateBookService books, RecomputeJobs jobs, AuditLog audit) {
        this.runs = runs;
        this.books = books;
        this.jobs = jobs;
        this.audit = audit;
    }

    /**
     * Records a running run and queues its job in one transaction, answering at once. 404 for an unknown book; 409
     * when it is archived or a run of it is still running (on any instance: a partial unique index decides).
     */
    @Transactional
    public EstimateBookRun start(Tenant tenant, UUID bookId) {
        books.getLive(tenant, bookId);
        UUID id = Ids.newId();
        if (!runs.insertRunning(tenant.orgId(), bookId, id)) {
            throw new ApiException.Conflict("A recompute of this estimate book is already running");
        }
        jobs.enqueue(tenant.orgId(), id);
        audit.record(tenant, "estimate_book_run", id, "create", Set.of("status"));
        return get(tenant, bookId, id);
    }

    Page<EstimateBookRun> list(Tenant tenant, UUID bookId, PageRequest page) {
        books.get(tenant, bookId);
        return runs.findAll(tenant.orgId(), bookId, page);
    }

    EstimateBookRun get(Tenant tenant, UUID bookId, UUID id) {
        books.get(tenant, bookId);
        return runs.find(tenant.orgId(), bookId, id).orElseThrow(() -> new ApiException.NotFound("Estimate book run"));
    }
}
