package io.bitewing.changes.webhook;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dispatch pass as a db-scheduler recurring task: one row in {@code scheduled_tasks}, picked by whichever
 * instance polls first, so several instances share the work and a pass never runs twice at once.
 */
@Configuration(proxyBeanMethods = false)
class WebhookJobs {

    static final String TASK = "webhook-dispatch";

    @Bean
    RecurringTask<Void> webhookDispatchTask(WebhookDispatcher dispatcher, WebhookSettings settings) {
        return Tasks.recurring(TASK, FixedDelay.of(settings.interval()))
                .execute((instance, context) -> dispatcher.pass());
    }
}
