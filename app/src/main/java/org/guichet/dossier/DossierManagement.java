package org.guichet.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.dossier.internal.DossierRepository;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.ProcedureState;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dossiers of the current tenant: drafts, submission and state changes. Every change locks the
 * dossier row, checks the version the caller read, records a timeline entry and publishes an event,
 * so two agents acting at once cannot both win and a replayed submission creates nothing.
 */
@Service
public class DossierManagement {

    /** At most this many dossiers are listed for one usager; older ones stay reachable by reference. */
    public static final int OWNER_LIST_LIMIT = 200;

    private final DossierRepository dossiers;
    private final ProcedureCatalogue procedures;
    private final ProcedureForms forms;
    private final TenantManagement tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DossierManagement(DossierRepository dossiers, ProcedureCatalogue procedures, ProcedureForms forms,
            TenantManagement tenants, ApplicationEventPublisher events, Clock clock) {
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.forms = forms;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts a draft on a published démarche.
     *
     * @throws ProcedureUnavailableException when the démarche is unknown, a draft, or closed
     */
    @Transactional
    public UUID createDraft(UUID procedureId, AccountId owner) {
        procedures.findById(procedureId).filter(p -> p.state() == ProcedureState.PUBLIEE)
                .orElseThrow(ProcedureUnavailableException::new);
        int version = forms.currentVersion(procedureId).orElseThrow(ProcedureUnavailableException::new);
        TenantId tenant = TenantContext.require();
        Instant now = clock.instant();
        UUID id = dossiers.insertDraft(tenant, procedureId, version, owner == null ? null : owner.value(), now);
        dossiers.addEvent(tenant, id, now, "created", null, DossierState.BROUILLON, Actor.usager(owner), null);
        events.publishEvent(new DossierEdited(tenant, id, owner == null ? null : owner.value(), "created"));
        return id;
    }

    /** The dossier if {@code owner} owns it; another person's or tenant's id gives nothing. */
    @Transactional(readOnly = true)
    public Optional<Dossier> findForOwner(UUID id, AccountId owner) {
        return dossiers.find(id).filter(d -> owner.value().equals(d.ownerAccountId()));
    }

    /** Any dossier of the current tenant, for agents (authorisation is the caller's). */
    @Transactional(readOnly = true)
    public Optional<Dossier> find(UUID id) {
        return dossiers.find(id);
    }

    @Transactional(readOnly = true)
    public List<Dossier> listForOwner(AccountId owner) {
        return dossiers.findByOwner(owner.value(), OWNER_LIST_LIMIT);
    }

    /**
     * Reads and locks dossiers for a change the caller makes to all of them in its own transaction
     * (a batch of agent actions): locked in id order, so concurrent batches cannot deadlock, and
     * read under the lock, so each one's version is current. Unknown ids are left out.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public List<Dossier> lockAll(java.util.Collection<UUID> ids) {
        return dossiers.lockAll(ids);
    }

    /** The answers a submitted dossier had before each of the usager's edits, oldest first. */
    @Transactional(readOnly = true)
    public List<AnswerRevision> revisions(UUID id) {
        return dossiers.revisions(id);
    }

    /** The document holding the dossier's accusé de réception, once generated (shortly after submission). */
    @Transactional(readOnly = true)
    public Optional<UUID> acknowledgementOf(UUID id) {
        return dossiers.acknowledgement(id);
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(UUID id) {
        return dossiers.timeline(id);
    }

    /**
     * Saves the usager's answers (already validated by the form engine) while the dossier is editable.
     *
     * @throws DossierConflictException when it changed since {@code expectedVersion} or is no longer editable
     */
    @Transactional
    public Dossier saveAnswers(UUID id, AccountId owner, String answersJson, int expectedVersion) {
        return saveAnswers(lockOwned(id, owner), Actor.usager(owner), answersJson, expectedVersion);
    }

    /**
     * Saves answers given by whoever the caller authorised: the usager holding the dossier's tracking code,
     * or an agent filing on a person's behalf.
     *
     * @throws DossierConflictException when it changed since {@code expectedVersion} or is no longer editable
     */
    @Transactional
    public Dossier saveAnswers(UUID id, Actor actor, String answersJson, int expectedVersion) {
        return saveAnswers(dossiers.lock(id).orElseThrow(DossierNotFoundException::new), actor, answersJson,
                expectedVersion);
    }

    /** {@code d} was locked by the caller: the row is read once per save. */
    private Dossier saveAnswers(Dossier d, Actor actor, String answersJson, int expectedVersion) {
        UUID id = d.id();
        if (!d.state().editableByUsager() || d.version() != expectedVersion) {
            throw new DossierConflictException(d.state());
        }
        if (d.state() == DossierState.EN_CONSTRUCTION) {
            // After submission every edit is kept: agents see what the usager changed, and when.
            dossiers.keepRevision(TenantContext.require(), id, clock.instant());
            dossiers.addEvent(TenantContext.require(), id, clock.instant(), "edited", null, null, actor, null);
        }
        Dossier saved = dossiers.updateAnswers(id, answersJson, clock.instant());
        events.publishEvent(new DossierEdited(TenantContext.require(), id, actor.accountId(), "answers-saved"));
        return saved;
    }

    /**
     * Submits a draft: gives it the tenant's next reference and records the time of receipt.
     * Submitting an already submitted dossier again returns it unchanged (a double click or a
     * replayed request files nothing twice).
     */
    @Transactional
    public Dossier submit(UUID id, AccountId owner) {
        return submit(lockOwned(id, owner), Actor.usager(owner));
    }

    /** Submits a draft on behalf of whoever the caller authorised (tracking code holder, agent at a counter). */
    @Transactional
    public Dossier submit(UUID id, Actor actor) {
        return submit(dossiers.lock(id).orElseThrow(DossierNotFoundException::new), actor);
    }

    /** {@code d} was locked by the caller. */
    private Dossier submit(Dossier d, Actor actor) {
        UUID id = d.id();
        if (d.state() != DossierState.BROUILLON) {
            return d;
        }
        procedures.findById(d.procedureId()).filter(p -> p.state() == ProcedureState.PUBLIEE)
                .orElseThrow(ProcedureUnavailableException::new);
        TenantId tenant = TenantContext.require();
        Instant now = clock.instant();
        ZoneId zone = tenants.findById(tenant).map(Tenant::timeZone).orElse(ZoneId.of("Europe/Paris"));
        int year = now.atZone(zone).getYear();
        String reference = "%d-%06d".formatted(year, dossiers.nextReferenceNumber(tenant, year));
        dossiers.markSubmitted(id, reference, now);
        dossiers.addEvent(tenant, id, now, "submitted", DossierState.BROUILLON, DossierState.EN_CONSTRUCTION,
                actor, null);
        events.publishEvent(new DossierSubmitted(tenant, id, d.procedureId(), reference, d.ownerAccountId(), now));
        return dossiers.find(id).orElseThrow();
    }

    /**
     * Moves a dossier to another state on behalf of an agent or the platform.
     *
     * @param reason the motivation (required to refuse) or the message of a correction request
     * @throws DossierConflictException when the dossier changed since {@code expectedVersion} or the
     *     transition is not allowed from its current state
     * @throws MotivationRequiredException when refusing without a motivation
     */
    @Transactional
    public Dossier transition(UUID id, DossierState to, Actor actor, int expectedVersion, String reason) {
        Dossier d = dossiers.lock(id).orElseThrow(DossierNotFoundException::new);
        if (d.version() != expectedVersion || !d.state().canMoveTo(to)) {
            throw new DossierConflictException(d.state());
        }
        if (to == DossierState.REFUSE && (reason == null || reason.isBlank())) {
            throw new MotivationRequiredException();
        }
        Instant now = clock.instant();
        dossiers.updateState(id, to, now);
        dossiers.addEvent(TenantContext.require(), id, now, "state-changed", d.state(), to, actor, reason);
        events.publishEvent(new DossierStateChanged(TenantContext.require(), id, d.reference(), d.state(), to, actor, now));
        return dossiers.find(id).orElseThrow();
    }

    private Dossier lockOwned(UUID id, AccountId owner) {
        return dossiers.lock(id).filter(d -> owner != null && owner.value().equals(d.ownerAccountId()))
                .orElseThrow(DossierNotFoundException::new);
    }
}
