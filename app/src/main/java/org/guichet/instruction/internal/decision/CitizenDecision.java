package org.guichet.instruction.internal.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.guichet.dossier.Dossier;
import org.guichet.instruction.DecisionOpened;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision as its usager sees it, and the record of their first opening (accusé de lecture).
 * Named {@code citizenDecision} for the usager's dossier page, which reads it from its template.
 * Callers have checked that the dossier is the usager's own.
 */
@Component("citizenDecision")
public class CitizenDecision {

    /**
     * The standing decision of a decided dossier.
     *
     * @param ready whether its letter is generated (it is, moments after the decision)
     */
    public record View(String outcome, LocalDate decidedOn, boolean ready) {}

    private final DecisionRepository decisions;
    private final TenantManagement tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CitizenDecision(DecisionRepository decisions, TenantManagement tenants, ApplicationEventPublisher events, Clock clock) {
        this.decisions = decisions;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    /** For the dossier page: the decision standing on the dossier, or null while it has none. */
    @Transactional(readOnly = true)
    public View of(Dossier dossier) {
        return standing(dossier).map(d -> new View(d.outcome().name(),
                d.decidedAt().atZone(zone()).toLocalDate(), d.documentId() != null)).orElse(null);
    }

    /** The decision standing on a decided dossier; none before a decision or after a re-examination. */
    public Optional<Decision> standing(Dossier dossier) {
        if (!dossier.state().isFinal()) {
            return Optional.empty();
        }
        return decisions.standing(dossier.id()).filter(d -> d.outcome() == dossier.state());
    }

    /**
     * Records that the usager opened the letter; only the first opening counts and is audited.
     *
     * @param account the usager's account, or null for a dossier followed with its tracking code
     */
    @Transactional
    public void opened(Decision decision, UUID account) {
        var now = clock.instant();
        if (decisions.markFirstOpened(decision.id(), now)) {
            events.publishEvent(new DecisionOpened(TenantContext.require(), decision.dossierId(), decision.id(),
                    account, now));
        }
    }

    private ZoneId zone() {
        return tenants.findById(TenantContext.require()).map(Tenant::timeZone).orElse(ZoneId.of("Europe/Paris"));
    }
}
