package io.bitewing.imports;

import io.bitewing.imports.ImportReader.CarrierInput;
import io.bitewing.imports.ImportReader.PlanInput;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carrier and plan imports: the body is read and checked row by row at once (a 422 for any problem, nothing
 * written); a small import is then applied and answered, a large one (or one asked to) is handed to a background run.
 */
@Service
@Transactional(readOnly = true)
class ImportService {

    /** Beyond this many rows (carriers, or benefit records of plans) an import runs in the background. */
    static final int LARGEST_AT_ONCE = 500;

    /** An import's answer: its report when applied at once, else the background run following it. */
    record Outcome(Object report, ImportRun run) {}

    private final ImportReader reader;
    private final CarrierImporter carriers;
    private final PlanImporter plans;
    private final ImportRunRepository runs;
    private final ImportJobs jobs;
    private final AuditLog audit;

    ImportService(
            ImportReader reader,
            CarrierImporter carriers,
            PlanImporter plans,
            ImportRunRepository runs,
            ImportJobs jobs,
            AuditLog audit) {
        this.reader = reader;
        this.carriers = carriers;
        this.plans = plans;
        this.runs = runs;
        this.jobs = jobs;
        this.audit = audit;
    }

    /** Reads and checks the carriers (422), then imports them at once or starts their background run. */
    @Transactional
    Outcome carriers(Tenant tenant, ImportBody body, boolean background) {
        List<CarrierInput> rows = reader.carriers(body);
        if (background || rows.size() > LARGEST_AT_ONCE) {
            return new Outcome(null, start(tenant, ImportRun.Kind.carriers, body, rows.size()));
        }
        return new Outcome(carriers.apply(tenant, rows, Progress.NONE), null);
    }

    /** Reads and checks the plans (422), then imports them at once or starts their background run. */
    @Transactional
    Outcome plans(Tenant tenant, ImportBody body, boolean background) {
        List<PlanInput> rows = reader.plans(body);
        int size = rows.stream()
                .mapToInt(
                        r -> r.benefits() == null ? 1 : Math.max(1, r.benefits().size()))
                .sum();
        if (background || size > LARGEST_AT_ONCE) {
            return new Outcome(null, start(tenant, ImportRun.Kind.plans, body, rows.size()));
        }
        return new Outcome(plans.apply(tenant, rows, Progress.NONE), null);
    }

    /** A run of this organisation; 404 for an unknown id, another organisation's included. */
    ImportRun get(Tenant tenant, UUID id) {
        return runs.find(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Import run"));
    }

    /**
     * The run and its job are written in one transaction (no run without its job, no job without its run); the
     * body, as sent, waits in the run for the job to read it again.
     */
    private ImportRun start(Tenant tenant, ImportRun.Kind kind, ImportBody body, int total) {
        UUID id = Ids.newId();
        runs.insert(tenant.orgId(), id, kind, body.format(), body.bytes(), tenant.actorTokenId(), total);
        jobs.enqueue(tenant.orgId(), id);
        audit.record(tenant, "import_run", id, "create", Set.of("status"));
        return get(tenant, id);
    }
}
