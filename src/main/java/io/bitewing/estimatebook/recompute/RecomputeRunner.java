package io.bitewing.estimatebook.recompute;

import io.bitewing.estimatebook.recompute.RecomputeRepository.Step;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The background half of a recompute, run by the job library: for every plan in the book's scope and every code the
 * book knows, walk the active steps in priority order, the first step that finds evidence (or a fee) giving the
 * allowed fee, then the book's own fallback; write the entries and log the changes, all in one transaction. A failure
 * rolls all of that back and records the run as failed with the reason.
 */
@Component
class RecomputeRunner {

    /** A reason the run cannot complete that the office can act on; its message becomes the run's error. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(RecomputeRunner.class);

    private final RunRepository runs;
    private final RecomputeRepository recompute;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Counter started;
    private final Counter completed;
    private final Counter failed;
    /** Runs this instance is computing now; each instance reports its own, so a dashboard sums them. */
    private final AtomicInteger running = new AtomicInteger();

    RecomputeRunner(
            RunRepository runs,
            RecomputeRepository recompute,
            PlatformTransactionManager transactions,
            JsonMapper json,
            AuditLog audit,
            MeterRegistry meters) {
        this.runs = runs;
        this.recompute = recompute;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.audit = audit;
        this.started = Counter.builder("bitewing.estimate_book.runs.started")
                .description("Estimate-book recomputes this instance began to compute")
                .register(meters);
        this.completed = finishedCounter(meters, "completed");
        this.failed = finishedCounter(meters, "failed");
        Gauge.builder("bitewing.estimate_book.runs.running", running, AtomicInteger::get)
                .description("Estimate-book recomputes this instance is computing now")
                .register(meters);
    }

    private static Counter finishedCounter(MeterRegistry meters, String outcome) {
        return Counter.builder("bitewing.estimate_book.runs.finished")
                .description("Estimate-book recomputes this instance finished, by outcome")
                .tag("outcome", outcome)
                .register(meters);
    }

    /**
     * Runs the recompute of one run. Safe to run again for the same run (a job revived after a crash): a run that is
     * no longer running is left alone, and a half-done attempt left nothing behind.
     */
    void execute(UUID org, UUID runId) {
        started.increment();
        running.incrementAndGet();
        try {
            // Committed on its own so that the run's GET shows the stage while the real work runs.
            transaction.executeWithoutResult(s -> runs.markComputing(org, runId));
            if (Boolean.TRUE.equals(transaction.execute(s -> recompute(org, runId)))) {
                completed.increment();
            }
        } catch (RuntimeException e) {
            failed.increment();
            String error = e instanceof Failure
                    ? e.getMessage()
                    : "recompute failed: " + e.getClass().getSimpleName();
            log.warn("Estimate book run {} failed: {}", runId, error, e instanceof Failure ? null : e);
            transaction.executeWithoutResult(s -> {
                runs.fail(org, runId, error);
                finished(org, runId, "fail");
            });
        } finally {
            running.decrementAndGet();
        }
    }

    /** False when the run was no longer running (finished by an earlier attempt): nothing was done. */
    private boolean recompute(UUID org, UUID runId) {
        var run = runs.lockRunning(org, runId);
        if (run.isEmpty()) {
            return false;
        }
        UUID bookId = run.get().bookId();
        LocalDate asOf = run.get().asOf();
        var book = recompute.findBook(org, bookId).orElseThrow(() -> new Failure("estimate book not found"));
        if (book.archived()) {
            throw new Failure("the estimate book was archived before the run started");
        }
        if (book.scheduleArchived()) {
            throw new Failure("allowed fee schedule '" + book.scheduleName() + "' is archived; choose another or none");
        }
        recompute.prepare(org, bookId, asOf);
        for (Step step : recompute.findActiveSteps(org, bookId, asOf)) {
            switch (step.ruleType()) {
                case "manual_fee_schedule" -> recompute.applyFee(step.id(), step.source(), true);
                case "provider_fee" -> recompute.applyFee(step.id(), step.source(), false);
                default -> recompute.applyEvidenceStep(org, bookId, step);
            }
        }
        switch (book.ruleType()) {
            case "manual_fee_schedule" -> recompute.applyFee(null, "fallback:manual_fee_schedule", true);
            case "ucr_fallback" -> recompute.applyFee(null, "fallback:ucr_fee", false);
            default -> {
                // allowed_from_claims: its claim match method, if any, over all its evidence; beyond that the
                // estimator falls back to the plan's schedules. A method stored before the values were fixed is not
                // one of the keys and adds nothing.
                if (recompute.isEvidenceMatch(book.claimMatchMethod())) {
                    recompute.applyEvidenceStep(org, bookId, Step.claimsFallback(book.claimMatchMethod()));
                }
            }
        }
        recompute.capAndRound(book.excludeOverUcr());
        int changed = recompute.logChanges(org, bookId, runId);
        recompute.writeEntries(org, bookId, runId);
        int removed = recompute.removeStale(org, bookId, runId);
        Map<String, Object> tally = recompute.tally();
        var summary = new LinkedHashMap<String, Object>();
        summary.put("stage", "done");
        summary.putAll(tally);
        summary.put("changed", changed);
        summary.put("unchanged", (long) tally.get("entries_computed") - changed);
        summary.put("removed", removed);
        runs.complete(org, runId, write(summary));
        finished(org, runId, "complete");
        return true;
    }

    /** The run's end is a change like any write, so the change feed tells integrators a book has new entries. */
    private void finished(UUID org, UUID runId, String action) {
        audit.record(new Tenant(org, null), "estimate_book_run", runId, action, Set.of("status", "finished_at"));
    }

    private String write(Map<String, Object> summary) {
        return json.writeValueAsString(summary);
    }
}
