package org.guichet.instruction.internal.decision;

import java.util.Comparator;
import org.guichet.dossier.Actor;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierStateChanged;
import org.guichet.dossier.TimelineEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the decisions of dossiers in step with their state, inside the transaction that changes the
 * state: an agent's move to a final state records a decision, a re-examination withdraws it. Being
 * in the same transaction, a dossier is never decided without its decision row, whoever moved it
 * (the dossier page, a batch, the demo data). Implicit decisions (the platform, on silence) are
 * not explicit decisions and get none.
 */
@Component
class DecisionRecorder {

    private final DecisionRepository decisions;
    private final DossierManagement dossiers;
    private final ApplicationEventPublisher events;

    DecisionRecorder(DecisionRepository decisions, DossierManagement dossiers, ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.dossiers = dossiers;
        this.events = events;
    }

    @EventListener
    void on(DossierStateChanged changed) {
        if (changed.from().isFinal()) {
            decisions.supersede(changed.dossierId(), changed.at());
        }
        if (!changed.to().isFinal() || changed.actor().kind() != Actor.Kind.AGENT) {
            return;
        }
        decisions.insert(changed.tenantId(), changed.dossierId(), changed.to(), motivation(changed),
                changed.actor().accountId(), changed.at())
                .ifPresent(id -> events.publishEvent(new DecisionRecorded(changed.tenantId(), id, changed.dossierId())));
    }

    /** The motivation is the reason of the transition's timeline entry, written just before the event. */
    private String motivation(DossierStateChanged changed) {
        return dossiers.timeline(changed.dossierId()).stream()
                .filter(e -> "state-changed".equals(e.kind()) && e.to() == changed.to())
                .max(Comparator.comparing(TimelineEntry::at))
                .map(TimelineEntry::reason).filter(r -> !r.isBlank()).orElse(null);
    }
}
