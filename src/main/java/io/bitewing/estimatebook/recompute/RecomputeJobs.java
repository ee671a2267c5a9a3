package io.bitewing.estimatebook.recompute;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.stats.MicrometerStatsRegistry;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.bitewing.shared.db.Jobs;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * Background recomputes on db-scheduler: one PostgreSQL table ({@code scheduled_tasks}), each due job claimed by
 * one instance through row locking, so any number of service instances may share the database. A job is written
 * in the caller's transaction (the data source is transaction-aware), so a run row never exists without its job.
 * An instance that dies mid-run stops sending heartbeats; after four missed ones (two minutes) another instance
 * revives the job, and the run, rolled back with the dead instance, is computed again.
 */
@Component
class RecomputeJobs implements SmartLifecycle {

    static final String TASK = "estimate-book-recompute";

    @Configuration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        OneTimeTask<String> recomputeTask(RecomputeRunner runner) {
            return Tasks.oneTime(TASK, String.class).execute((instance, context) -> {
                String[] ids = instance.getData().split("/");
                runner.execute(UUID.fromString(ids[0]), UUID.fromString(ids[1]));
            });
        }

        /** Every task bean of the application; recurring ones (webhook dispatch) are scheduled at start. */
        @Bean
        Scheduler jobScheduler(DataSource dataSource, List<Task<?>> tasks, MeterRegistry meters) {
            List<RecurringTask<?>> recurring = tasks.stream()
                    .filter(RecurringTask.class::isInstance)
                    .<RecurringTask<?>>map(RecurringTask.class::cast)
                    .toList();
            List<Task<?>> oneTime =
                    tasks.stream().filter(t -> !(t instanceof RecurringTask<?>)).toList();
            return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime)
                    .startTasks(recurring)
                    // db-scheduler's own meters: executions and their duration by task and result, never by instance.
                    .statsRegistry(new MicrometerStatsRegistry(meters, tasks))
                    .threads(2)
                    .pollingInterval(Duration.ofSeconds(2))
                    .heartbeatInterval(Duration.ofSeconds(30))
                    .missedHeartbeatsLimit(4)
                    .enableImmediateExecution()
                    .build();
        }
    }

    static final String ORPHANED = "the recompute's job was lost; start the recompute again";

    private static final Logger log = LoggerFactory.getLogger(RecomputeJobs.class);

    private final Scheduler scheduler;
    private final OneTimeTask<String> task;
    private final RunRepository runs;
    private volatile boolean running;

    RecomputeJobs(Scheduler scheduler, OneTimeTask<String> task, RunRepository runs) {
        this.scheduler = scheduler;
        this.task = task;
        this.runs = runs;
    }

    /**
     * Queues the recompute of a run in the caller's transaction, and wakes this instance's scheduler once that
     * transaction commits, so the run starts at once rather than at the next poll.
     */
    void enqueue(UUID org, UUID runId) {
        Jobs.schedule(scheduler, new TaskInstance<>(task.getName(), runId.toString(), org + "/" + runId));
    }

    /** Starts polling once the context (and Flyway's migration) is ready, after failing runs that lost their job. */
    @Override
    public void start() {
        failOrphanedRuns();
        scheduler.start();
        running = true;
    }

    /** Otherwise such a run would read {@code running} for ever and keep its book from another recompute (409). */
    int failOrphanedRuns() {
        int failed = runs.failOrphaned(TASK, ORPHANED);
        if (failed > 0) {
            log.warn("Failed {} estimate-book run(s) whose recompute job was missing", failed);
        }
        return failed;
    }

    @Override
    public void stop() {
        scheduler.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
