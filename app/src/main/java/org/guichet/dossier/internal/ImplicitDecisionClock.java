package org.guichet.dossier.internal;

import java.time.ZoneId;
import org.guichet.dossier.DossierCorrections;
import org.guichet.dossier.DossierState;
import org.guichet.dossier.DossierStateChanged;
import org.guichet.dossier.DossierSubmitted;
import org.guichet.dossier.ImplicitDecisions;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.procedure.SilenceRule;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantManagement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts and stops dossiers' silence clocks. Plain (synchronous) listeners on purpose: they run in
 * the transaction that submitted or moved the dossier, so the date is never missing nor stale, even
 * for a moment, and the deadline job cannot decide a dossier an agent has just decided.
 */
@Component
class ImplicitDecisionClock {

    private final DeadlineRepository deadlines;
    private final ProcedureCatalogue procedures;
    private final TenantManagement tenants;
    private final DossierCorrections corrections;

    ImplicitDecisionClock(DeadlineRepository deadlines, ProcedureCatalogue procedures, TenantManagement tenants,
            DossierCorrections corrections) {
        this.deadlines = deadlines;
        this.procedures = procedures;
        this.tenants = tenants;
        this.corrections = corrections;
    }

    /** The same date as the accusé de réception announces (AcknowledgementGenerator). */
    @EventListener
    void on(DossierSubmitted submitted) {
        procedures.findById(submitted.procedureId()).filter(p -> p.silenceRule() != SilenceRule.NONE).ifPresent(p -> {
            ZoneId zone = tenants.findById(submitted.tenantId()).map(Tenant::timeZone).orElse(ZoneId.of("Europe/Paris"));
            deadlines.setDue(submitted.dossierId(),
                    ImplicitDecisions.deemedOn(submitted.receivedAt(), zone, ImplicitDecisions.monthsOf(p)), p.silenceRule());
        });
    }

    @EventListener
    void on(DossierStateChanged changed) {
        if (changed.to().isFinal()) {
            // Decided: silence can no longer decide, not even after a re-examination, which ends in an explicit decision.
            deadlines.stopClock(changed.dossierId());
            deadlines.completeCorrection(changed.dossierId(), changed.at());
        } else if (changed.from() == DossierState.EN_CONSTRUCTION && changed.to() == DossierState.EN_INSTRUCTION) {
            // An agent resuming the examination deems the request complete: the clock runs again.
            corrections.completeOnResume(changed.dossierId(), changed.actor());
        }
    }
}
