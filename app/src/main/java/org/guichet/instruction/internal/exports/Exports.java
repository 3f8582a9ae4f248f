package org.guichet.instruction.internal.exports;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.guichet.dossier.DossierState;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.ExportDownloaded;
import org.guichet.instruction.ExportRequested;
import org.guichet.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts export requests: records the job (with the audit event, in one transaction), then hands it
 * to db-scheduler, which runs it on one node and again after a crash. The caller has already checked
 * that the agent may instruct the démarche.
 */
@Service
class Exports {

    /** How long a finished file may be downloaded before the purge deletes it. */
    static final Duration KEPT_FOR = Duration.ofHours(24);

    private final ExportJobRepository jobs;
    private final SchedulerClient scheduler;
    private final OneTimeTask<String> exportTask;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    Exports(ExportJobRepository jobs, SchedulerClient scheduler, @Qualifier("exportTask") OneTimeTask<String> exportTask,
            ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.jobs = jobs;
        this.scheduler = scheduler;
        this.exportTask = exportTask;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    ExportJob request(GuichetPrincipal agent, UUID procedureId, ExportFormat format, List<String> columns,
            DossierState stateFilter, Locale locale) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ExportJob job = new ExportJob(UUID.randomUUID(), procedureId, agent.accountId(), format, columns, stateFilter,
                ExportJob.Status.QUEUED, 0, null, null, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH,
                now, null, now.plus(KEPT_FOR));
        var tenant = TenantContext.require();
        tx.executeWithoutResult(s -> {
            jobs.insert(job);
            events.publishEvent(new ExportRequested(tenant, agent.accountId(), job.id(), procedureId, format.name()));
        });
        try {
            // Scheduled after the commit: the task must find the job when it starts, at once on this node.
            scheduler.scheduleIfNotExists(exportTask.instance(job.id().toString(), tenant.value().toString()), now);
        } catch (RuntimeException e) {
            tx.executeWithoutResult(s -> jobs.failed(job.id(), clock.instant()));
            throw e;
        }
        return job;
    }

    /** Records a download for the audit trail (its listener runs after a commit, hence the transaction). */
    void downloaded(GuichetPrincipal agent, ExportJob job) {
        tx.executeWithoutResult(s -> events.publishEvent(
                new ExportDownloaded(TenantContext.require(), agent.accountId(), job.id(), job.procedureId())));
    }
}
