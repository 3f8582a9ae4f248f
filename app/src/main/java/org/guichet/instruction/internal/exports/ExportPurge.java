package org.guichet.instruction.internal.exports;

import java.time.Instant;
import java.util.UUID;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.TenantManagement;
import org.guichet.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes exports 24 hours after they were asked for: the file first, then the job, so that a crash
 * in between leaves a job the next run finds again rather than a file nobody knows of.
 */
@Component
class ExportPurge {

    private final ExportJobRepository jobs;
    private final ExportFiles files;
    private final TenantManagement tenants;
    private final TenantScope scope;
    private final TransactionTemplate tx;

    ExportPurge(ExportJobRepository jobs, ExportFiles files, TenantManagement tenants, TenantScope scope,
            TransactionTemplate tx) {
        this.jobs = jobs;
        this.files = files;
        this.tenants = tenants;
        this.scope = scope;
        this.tx = tx;
    }

    /** Purges every tenant's expired exports; returns how many. */
    int run(Instant now) {
        return tenants.all().stream().mapToInt(t -> runFor(t.id(), now)).sum();
    }

    int runFor(TenantId tenant, Instant now) {
        return scope.call(tenant, () -> {
            int purged = 0;
            for (UUID id : tx.execute(s -> jobs.expired(now))) {
                tx.executeWithoutResult(s -> jobs.find(id).ifPresent(job -> {
                    files.delete(tenant, id, job.format());
                    jobs.delete(id);
                }));
                purged++;
            }
            return purged;
        });
    }
}
