package org.guichet.instruction.internal.deadlines;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import org.guichet.dossier.ImplicitDecisions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * SVA / SVR decisions. Every 5 minutes, so that a decision born at midnight in any tenant's zone
 * (overseas ones included) is taken within minutes; db-scheduler runs it on one node at a time.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineJobs {

    @Bean
    RecurringTask<Void> implicitDecisionTask(ImplicitDecisions decisions, Clock clock) {
        return Tasks.recurring("dossier-implicit-decisions", Schedules.fixedDelay(Duration.ofMinutes(5)))
                .execute((instance, context) -> decisions.run(clock.instant()));
    }
}
