package org.guichet.dossier.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import org.guichet.dossier.DraftExpiry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dossier module's scheduled jobs: one line each, calling the module's API. */
@Configuration(proxyBeanMethods = false)
class DossierJobs {

    @Bean
    RecurringTask<Void> draftExpiryTask(DraftExpiry expiry, Clock clock) {
        return Tasks.recurring("dossier-draft-expiry", Schedules.daily(ZoneId.of("Europe/Paris"), LocalTime.of(3, 15)))
                .execute((instance, context) -> expiry.run(clock.instant()));
    }
}
