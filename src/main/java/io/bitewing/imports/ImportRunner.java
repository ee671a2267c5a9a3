package io.bitewing.imports;

import io.bitewing.imports.ImportReader.CarrierInput;
import io.bitewing.imports.ImportReader.PlanInput;
import io.bitewing.imports.ImportRunRepository.Pending;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The background half of a large import: the same reading and the same all-or-nothing import as an answer at once,
 * in one transaction that also completes the run, with the progress committed on the side every quarter second. A
 * problem fails the run with the problems a 422 would have listed, and nothing is written.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

    private final ImportRunRepository runs;
    private final ImportReader reader;
    private final CarrierImporter carrierImporter;
    private final PlanImporter planImporter;
    private final TransactionTemplate transaction;
    private final TransactionTemplate onTheSide;
    private final JsonMapper json;
    private final AuditLog audit;

    ImportRunner(
            ImportRunRepository runs,
            ImportReader reader,
            CarrierImporter carrierImporter,
            PlanImporter planImporter,
            PlatformTransactionManager transactions,
            JsonMapper json,
            AuditLog audit) {
        this.runs = runs;
        this.reader = reader;
        this.carrierImporter = carrierImporter;
        this.planImporter = planImporter;
        this.transaction = new TransactionTemplate(transactions);
        this.onTheSide = new TransactionTemplate(transactions);
        this.onTheSide.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
        this.audit = audit;
    }

    /** Imports a run's body; a run that has already ended (a job revived after it finished) is left alone. */
    void execute(UUID org, UUID runId) {
        try {
            transaction.executeWithoutResult(s -> runs.findPending(org, runId).ifPresent(p -> run(org, runId, p)));
        } catch (ApiException e) {
            List<FieldProblem> problems = e instanceof ApiException.Invalid invalid
                    ? invalid.problems()
                    : List.of(FieldProblem.at(List.of("body"), e.getMessage(), "value_error"));
            end(org, runId, problems);
        } catch (RuntimeException e) {
            log.warn("Import run {} failed", runId, e);
            end(
                    org,
                    runId,
                    List.of(FieldProblem.at(
                            List.of("body"),
                            "the import failed: " + e.getClass().getSimpleName(),
                            "server_error")));
        }
    }

    private void run(UUID org, UUID runId, Pending pending) {
        var tenant = new Tenant(org, pending.tokenId());
        var progress = new SideProgress(org, runId);
        var body = new ImportBody(pending.format().equals("csv"), pending.body());
        Object report;
        int total;
        if (pending.kind() == ImportRun.Kind.carriers) {
            List<CarrierInput> rows = reader.carriers(body);
            total = rows.size();
            report = carrierImporter.apply(tenant, rows, progress);
        } else {
            List<PlanInput> rows = reader.plans(body);
            total = rows.size();
            report = planImporter.apply(tenant, rows, progress);
        }
        if (runs.finish(org, runId, ImportRun.Status.completed, total, json.writeValueAsString(report), null)) {
            audit.record(tenant, "import_run", runId, "complete", Set.of("status", "report"));
        }
    }

    private void end(UUID org, UUID runId, List<FieldProblem> problems) {
        transaction.executeWithoutResult(s -> {
            if (runs.finish(org, runId, ImportRun.Status.failed, 0, null, json.writeValueAsString(problems))) {
                audit.record(new Tenant(org, null), "import_run", runId, "fail", Set.of("status", "errors"));
            }
        });
    }

    /** Writes the rows done in a transaction of its own, at most every quarter second, so a GET can follow. */
    private final class SideProgress implements Progress {
        private final UUID org;
        private final UUID runId;
        private long last = System.nanoTime();

        SideProgress(UUID org, UUID runId) {
            this.org = org;
            this.runId = runId;
        }

        @Override
        public void done(int rows) {
            long now = System.nanoTime();
            if (now - last >= PROGRESS_EVERY_NANOS) {
                last = now;
                onTheSide.executeWithoutResult(s -> runs.progress(org, runId, rows));
            }
        }
    }
}
