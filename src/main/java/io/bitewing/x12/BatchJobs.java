package io.bitewing.x12;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.bitewing.shared.db.Jobs;
import java.io.Serializable;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Batch imports on db-scheduler, as estimate-book recomputes run: the scheduler collects every task bean, so this
 * module declares its own; a job is written in the caller's transaction, so a batch never exists without its job.
 * An instance that dies mid-batch stops sending heartbeats and another revives the job, which carries on with the
 * items not yet imported.
 */
@Component
class BatchJobs implements SmartLifecycle {

    static final String TASK = "x12-batch-import";
    static final String ORPHANED = "the batch's job was lost; send the batch again";

    /**
     * The job's data. Its own type rather than a string, so that the recompute task, a {@code OneTimeTask<String>},
     * stays the only bean of its type.
     */
    record Job(UUID org, UUID batch) implements Serializable {}

    @Configuration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        OneTimeTask<Job> x12BatchTask(BatchRunner runner) {
            return Tasks.oneTime(TASK, Job.class)
                    .execute((instance, context) -> runner.execute(
                            instance.getData().org(), instance.getData().batch()));
        }
    }

    private static final Logger log = LoggerFactory.getLogger(BatchJobs.class);

    private final Scheduler scheduler;
    private final BatchRepository batches;
    private volatile boolean running;

    BatchJobs(Scheduler scheduler, BatchRepository batches) {
        this.scheduler = scheduler;
        this.batches = batches;
    }

    /** Queues the batch's job in the caller's transaction and wakes the scheduler once that commits. */
    void enqueue(UUID org, UUID batchId) {
        Jobs.schedule(scheduler, new TaskInstance<>(TASK, batchId.toString(), new Job(org, batchId)));
    }

    /** Before the scheduler starts polling: a batch whose job is gone would otherwise read queued for ever. */
    @Override
    public void start() {
        int failed = batches.failOrphaned(TASK, ORPHANED);
        if (failed > 0) {
            log.warn("Failed {} X12 batch(es) whose import job was missing", failed);
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Earlier than the scheduler's own lifecycle (the default phase), so the check precedes the first poll. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 1;
    }
}
