package org.guichet.instruction.internal.deadlines;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.guichet.dossier.Correction;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierCorrections;
import org.guichet.dossier.DossierState;
import org.guichet.dossier.ImplicitDecisionDue;
import org.guichet.dossier.ImplicitDecisions;
import org.guichet.procedure.SilenceRule;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantManagement;
import org.springframework.stereotype.Component;

/**
 * What the agent's dossier page shows about the legal deadline, read from its template
 * ({@code @dossierDeadline.of(dossier)}) since the page's controller is the dossier page's. The
 * caller already checked the agent may see the dossier.
 */
@Component("dossierDeadline")
public class DossierDeadline {

    private final ImplicitDecisions decisions;
    private final DossierCorrections corrections;
    private final TenantManagement tenants;

    DossierDeadline(ImplicitDecisions decisions, DossierCorrections corrections, TenantManagement tenants) {
        this.decisions = decisions;
        this.corrections = corrections;
        this.tenants = tenants;
    }

    /**
     * @param rule SVA, SVR, or null when silence decides nothing for this dossier
     * @param due the running clock, or null (no rule, stopped or decided)
     * @param correction the pending correction request, or null
     * @param daysLeft with a pending correction, the days of the delay left when the clock stopped
     * @param mayRequestCorrection whether the correction request page applies to the dossier's state
     */
    public record View(SilenceRule rule, ImplicitDecisionDue due, Correction correction, Long daysLeft,
            boolean mayRequestCorrection) {}

    public View of(Dossier dossier) {
        SilenceRule rule = decisions.ruleOf(dossier.id()).orElse(null);
        ImplicitDecisionDue due = decisions.dueOf(dossier.id()).orElse(null);
        Correction correction = corrections.pending(dossier.id()).orElse(null);
        Long daysLeft = null;
        if (correction != null && correction.decisionWasDueOn() != null) {
            LocalDate stoppedOn = correction.requestedAt().atZone(zone()).toLocalDate();
            daysLeft = Math.max(0, ChronoUnit.DAYS.between(stoppedOn, correction.decisionWasDueOn()));
        }
        boolean open = dossier.state() == DossierState.EN_CONSTRUCTION || dossier.state() == DossierState.EN_INSTRUCTION;
        return new View(rule, due, correction, daysLeft, open && correction == null);
    }

    private ZoneId zone() {
        return TenantContext.current().flatMap(tenants::findById).map(Tenant::timeZone).orElse(ZoneId.of("Europe/Paris"));
    }
}
