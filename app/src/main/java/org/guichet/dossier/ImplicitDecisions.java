package org.guichet.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.guichet.dossier.internal.DeadlineRepository;
import org.guichet.dossier.internal.DossierRepository;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.procedure.SilenceRule;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantManagement;
import org.guichet.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Silence vaut accord / silence vaut rejet (DOMAIN.md rule 5, CRPA art. L. 231-1 and L. 231-4).
 *
 * <p>How the date is read: the delay runs from the day the request is received, in the tenant's
 * time zone, and ends on the same day {@code n} months later (or the last day of that month when it
 * has no such day, like the code of civil procedure, art. 641). That last day is the date the
 * accusé de réception announces; the decision is born when it ends, so it is taken from 00:00 the
 * next day, tenant's time. A delay ending on a week-end or a public holiday is not extended.
 *
 * <p>Exactly once: the scheduler runs the job on one node at a time, and each decision locks the
 * dossier row and checks its state and date again under the lock, so a second run (another node, a
 * retry) finds it decided and does nothing.
 */
@Service
public class ImplicitDecisions {

    /** The delay when a démarche does not say (rule 5). */
    public static final int DEFAULT_MONTHS = 2;
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(ImplicitDecisions.class);
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private final DeadlineRepository deadlines;
    private final DossierRepository dossiers;
    private final DossierManagement management;
    private final ProcedureCatalogue procedures;
    private final TenantManagement tenants;
    private final TenantScope scope;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    ImplicitDecisions(DeadlineRepository deadlines, DossierRepository dossiers, DossierManagement management,
            ProcedureCatalogue procedures, TenantManagement tenants, TenantScope scope, TransactionTemplate tx,
            ApplicationEventPublisher events) {
        this.deadlines = deadlines;
        this.dossiers = dossiers;
        this.management = management;
        this.procedures = procedures;
        this.tenants = tenants;
        this.scope = scope;
        this.tx = tx;
        this.events = events;
    }

    /** The last day of a delay of {@code months} starting with a request received at {@code receivedAt}. */
    public static LocalDate deemedOn(Instant receivedAt, ZoneId zone, int months) {
        return receivedAt.atZone(zone).toLocalDate().plusMonths(months);
    }

    /** The delay of a démarche, or null when silence means nothing there. */
    public static Integer monthsOf(Procedure procedure) {
        if (procedure.silenceRule() == SilenceRule.NONE) {
            return null;
        }
        return procedure.silenceMonths() == null ? DEFAULT_MONTHS : procedure.silenceMonths();
    }

    /** When and how the dossier will be decided by silence, while its clock runs. */
    @Transactional(readOnly = true)
    public Optional<ImplicitDecisionDue> dueOf(UUID dossier) {
        return deadlines.due(dossier);
    }

    /** The rule that applies to the dossier (kept while its clock is stopped). */
    @Transactional(readOnly = true)
    public Optional<SilenceRule> ruleOf(UUID dossier) {
        return deadlines.rule(dossier);
    }

    /** The document attesting an implicit acceptance, once generated. */
    @Transactional(readOnly = true)
    public Optional<UUID> attestationOf(UUID dossier) {
        return deadlines.attestation(dossier);
    }

    /** Decides every tenant's dossiers whose delay ended before {@code now}; returns how many. */
    public int run(Instant now) {
        int decided = 0;
        for (Tenant tenant : tenants.all()) {
            decided += runFor(tenant, now);
        }
        return decided;
    }

    /** Decides one tenant's dossiers whose delay ended before {@code now} in its zone; returns how many. */
    public int runFor(Tenant tenant, Instant now) {
        LocalDate today = now.atZone(tenant.timeZone()).toLocalDate();
        int decided = 0;
        for (UUID id : scope.call(tenant.id(), () -> deadlines.dueBefore(today, BATCH))) {
            try {
                if (Boolean.TRUE.equals(scope.call(tenant.id(), () -> tx.execute(status -> decide(id, today))))) {
                    decided++;
                }
            } catch (RuntimeException e) {
                // One dossier failing (e.g. its démarche was deleted) must not hold back the others; retried next run.
                log.warn("Implicit decision of dossier {} failed; retried on the next run", id, e);
            }
        }
        return decided;
    }

    private boolean decide(UUID id, LocalDate today) {
        Dossier d = dossiers.lock(id).orElse(null);
        var due = deadlines.due(id).orElse(null);
        if (d == null || due == null || !due.on().isBefore(today)
                || (d.state() != DossierState.EN_CONSTRUCTION && d.state() != DossierState.EN_INSTRUCTION)) {
            return false;
        }
        DossierState outcome = due.rule() == SilenceRule.SVA ? DossierState.ACCEPTE : DossierState.REFUSE;
        int months = procedures.findById(d.procedureId()).map(ImplicitDecisions::monthsOf).orElse(DEFAULT_MONTHS);
        management.transition(id, outcome, Actor.system(), d.version(), reason(outcome, due.on(), months));
        events.publishEvent(new ImplicitDecisionReached(TenantContext.require(), id, d.procedureId(), d.reference(),
                d.ownerAccountId(), outcome, d.submittedAt(), due.on()));
        return true;
    }

    /** The motivation shown on the timeline; a rejection needs one (rule 6). */
    private static String reason(DossierState outcome, LocalDate deemedOn, int months) {
        String date = FRENCH_DATE.format(deemedOn);
        return outcome == DossierState.ACCEPTE
                ? "Décision implicite d’acceptation : l’administration n’a pas répondu dans le délai de %d mois, qui a pris fin le %s. Votre demande est acceptée (article L. 231-1 du code des relations entre le public et l’administration). Une attestation peut être téléchargée."
                        .formatted(months, date)
                : "Décision implicite de rejet : l’administration n’a pas répondu dans le délai de %d mois, qui a pris fin le %s. Votre demande est réputée rejetée (article L. 231-4 du code des relations entre le public et l’administration). Vous pouvez demander les motifs de cette décision dans le délai de recours contentieux (article L. 232-4)."
                        .formatted(months, date);
    }
}
