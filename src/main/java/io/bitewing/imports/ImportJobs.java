package io.bitewing.imports;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Background imports on the application's db-scheduler, which collects every task bean: a job is written in the
 * caller's transaction (the scheduler's data source is transaction-aware), so a run never exists without its job.
 * A job revived after a crash imports again; the import is one transaction, so the dead attempt left nothing.
 */
@Component
class ImportJobs {

    static final String TASK = "bulk-import";

    /** A job's data: the run to import, and its organisation. */
    record Job(UUID orgId, UUID runId) implements Serializable {}

    @Configuration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        OneTimeTask<Job> importTask(ImportRunner runner) {
            return Tasks.oneTime(TASK, Job.class)
                    .execute((instance, context) -> runner.execute(
                            instance.getData().orgId(), instance.getData().runId()));
        }
    }

    private final Scheduler scheduler;
    private final OneTimeTask<Job> task;

    // The scheduler is built from every task bean, this module's included: taken lazily to keep that order plain.
    ImportJobs(@Lazy Scheduler scheduler, OneTimeTask<Job> task) {
        this.scheduler = scheduler;
        this.task = task;
    }

    /** Queues the import of a run in the caller's transaction, and wakes this instance once that commits. */
    void enqueue(UUID org, UUID runId) {
        scheduler.schedule(new TaskInstance<>(task.getName(), runId.toString(), new Job(org, runId)), Instant.now());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    scheduler.triggerCheckForDueExecutions();
                }
            });
        }
    }
}
