package org.guichet.instruction.internal.exports;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.guichet.shared.TenantId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The exports' jobs: one run per export (instance id: the job, data: its tenant), and the purge of
 * expired files every 15 minutes.
 */
@Configuration(proxyBeanMethods = false)
class ExportJobs {

    @Bean
    OneTimeTask<String> exportTask(ExportRunner runner) {
        return Tasks.oneTime("instruction-export", String.class)
                .execute((instance, context) -> runner.run(new TenantId(UUID.fromString(instance.getData())),
                        UUID.fromString(instance.getId())));
    }

    @Bean
    RecurringTask<Void> exportPurgeTask(ExportPurge purge, Clock clock) {
        return Tasks.recurring("instruction-export-purge", Schedules.fixedDelay(Duration.ofMinutes(15)))
                .execute((instance, context) -> purge.run(clock.instant()));
    }
}
