package io.bitewing.shared.db;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Instant;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Background jobs on db-scheduler, queued with the caller's writes. */
public final class Jobs {

    private Jobs() {}

    /**
     * Queues the job in the caller's transaction (the scheduler's data source is transaction-aware, so the job exists
     * exactly when the caller's rows do), and wakes this instance's scheduler once that transaction commits, so the
     * job starts at once rather than at the next poll.
     */
    public static void schedule(Scheduler scheduler, TaskInstance<?> job) {
        scheduler.schedule(job, Instant.now());
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
