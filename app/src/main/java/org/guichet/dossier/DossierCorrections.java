package org.guichet.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.dossier.internal.DeadlineRepository;
import org.guichet.dossier.internal.DossierRepository;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correction requests (DOMAIN.md rule 4): an agent says what is missing and by when, the dossier
 * returns to en_construction and its silence clock stops; when the usager says it is complete (or an
 * agent resumes its examination) the clock runs again, restarted or resumed as the démarche says.
 */
@Service
public class DossierCorrections {

    private final DossierRepository dossiers;
    private final DeadlineRepository deadlines;
    private final DossierManagement management;
    private final ProcedureCatalogue procedures;
    private final TenantManagement tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DossierCorrections(DossierRepository dossiers, DeadlineRepository deadlines, DossierManagement management,
            ProcedureCatalogue procedures, TenantManagement tenants, ApplicationEventPublisher events, Clock clock) {
        this.dossiers = dossiers;
        this.deadlines = deadlines;
        this.management = management;
        this.procedures = procedures;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Asks the usager for a correction. The caller has checked the agent may instruct the dossier
     * and validated the request (a message, at least one missing item, a future date).
     *
     * @throws DossierConflictException when the dossier changed since {@code expectedVersion}, is not
     *     en_construction or en_instruction, or already awaits a correction
     */
    @Transactional
    public Dossier request(UUID id, Actor agent, int expectedVersion, String message, List<String> missing,
            LocalDate dueOn, String ipAddress) {
        Dossier d = dossiers.lock(id).orElseThrow(DossierNotFoundException::new);
        boolean open = d.state() == DossierState.EN_CONSTRUCTION || d.state() == DossierState.EN_INSTRUCTION;
        if (!open || d.version() != expectedVersion || deadlines.pendingCorrection(id).isPresent()) {
            throw new DossierConflictException(d.state());
        }
        TenantId tenant = TenantContext.require();
        Instant now = clock.instant();
        LocalDate decisionWasDueOn = deadlines.due(id).map(ImplicitDecisionDue::on).orElse(null);
        if (d.state() == DossierState.EN_INSTRUCTION) {
            management.transition(id, DossierState.EN_CONSTRUCTION, agent, expectedVersion, message);
        } else {
            dossiers.addEvent(tenant, id, now, "correction-requested", null, null, agent, message);
        }
        deadlines.insertCorrection(tenant, id, now, agent.accountId(), message, missing, dueOn, decisionWasDueOn);
        deadlines.stopClock(id);
        events.publishEvent(new CorrectionRequested(tenant, id, d.reference(), d.ownerAccountId(), agent.accountId(),
                message, List.copyOf(missing), dueOn, ipAddress));
        return dossiers.find(id).orElseThrow();
    }

    /** The request the usager has yet to answer, if any. */
    @Transactional(readOnly = true)
    public Optional<Correction> pending(UUID id) {
        return deadlines.pendingCorrection(id);
    }

    /**
     * The usager says their dossier is now complete: the clock runs again.
     *
     * @throws DossierNotFoundException when the dossier is not theirs
     * @throws DossierConflictException when no correction is pending
     */
    @Transactional
    public Dossier complete(UUID id, AccountId owner) {
        dossiers.lock(id).filter(x -> owner != null && owner.value().equals(x.ownerAccountId()))
                .orElseThrow(DossierNotFoundException::new);
        return complete(id, Actor.usager(owner));
    }

    /** The same, for whoever the caller authorised: the session holding a dossier filed without an account. */
    @Transactional
    public Dossier complete(UUID id, Actor usager) {
        Dossier d = dossiers.lock(id).orElseThrow(DossierNotFoundException::new);
        Correction correction = deadlines.pendingCorrection(id).orElseThrow(() -> new DossierConflictException(d.state()));
        end(d, correction, usager);
        return dossiers.find(id).orElseThrow();
    }

    /** Ends the pending request of a dossier an agent resumed examining: it is now deemed complete. */
    @Transactional
    public void completeOnResume(UUID id, Actor agent) {
        Dossier d = dossiers.lock(id).orElseThrow(DossierNotFoundException::new);
        deadlines.pendingCorrection(id).ifPresent(correction -> end(d, correction, agent));
    }

    private void end(Dossier d, Correction correction, Actor actor) {
        TenantId tenant = TenantContext.require();
        Instant now = clock.instant();
        ZoneId zone = tenants.findById(tenant).map(Tenant::timeZone).orElse(ZoneId.of("Europe/Paris"));
        LocalDate newDate = deadlines.rule(d.id()).isEmpty() ? null : resumedDate(d, correction, now, zone);
        deadlines.completeCorrection(d.id(), now);
        if (newDate != null) {
            deadlines.restartClock(d.id(), newDate);
        }
        dossiers.addEvent(tenant, d.id(), now, "correction-completed", null, null, actor, null);
        events.publishEvent(new CorrectionCompleted(tenant, d.id(), d.reference(), actor, newDate));
    }

    private LocalDate resumedDate(Dossier d, Correction correction, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        if (clockOf(d.procedureId()) == CorrectionClock.SUSPEND && correction.decisionWasDueOn() != null) {
            long pausedDays = ChronoUnit.DAYS.between(correction.requestedAt().atZone(zone).toLocalDate(), today);
            return correction.decisionWasDueOn().plusDays(pausedDays);
        }
        int months = procedures.findById(d.procedureId()).map(ImplicitDecisions::monthsOf)
                .orElse(ImplicitDecisions.DEFAULT_MONTHS);
        return ImplicitDecisions.deemedOn(now, zone, months);
    }

    /** How the démarche's clock resumes after a correction. */
    @Transactional(readOnly = true)
    public CorrectionClock clockOf(UUID procedureId) {
        return deadlines.clockOf(procedureId);
    }

    /** Sets how the démarche's clock resumes; the caller has checked the démarche exists and the actor may. */
    @Transactional
    public void setClock(UUID procedureId, CorrectionClock mode, AccountId actor, String ipAddress) {
        TenantId tenant = TenantContext.require();
        deadlines.setClock(tenant, procedureId, mode);
        events.publishEvent(new CorrectionClockChanged(tenant, procedureId, mode, actor.value(), ipAddress));
    }
}
