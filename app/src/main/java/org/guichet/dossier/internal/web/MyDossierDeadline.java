package org.guichet.dossier.internal.web;

import java.time.LocalDate;
import org.guichet.dossier.Correction;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierCorrections;
import org.guichet.dossier.DossierState;
import org.guichet.dossier.ImplicitDecisionDue;
import org.guichet.dossier.ImplicitDecisions;
import org.springframework.stereotype.Component;

/**
 * What the usager's dossier page shows about the silence clock: a pending correction request, the
 * date silence will decide, the attestation of an implicit acceptance. Called from the template
 * ({@code @myDossierDeadline.of(dossier)}) because the page's controller belongs to the dossier pages.
 */
@Component("myDossierDeadline")
public class MyDossierDeadline {

    private final DossierCorrections corrections;
    private final ImplicitDecisions decisions;

    MyDossierDeadline(DossierCorrections corrections, ImplicitDecisions decisions) {
        this.corrections = corrections;
        this.decisions = decisions;
    }

    /**
     * @param correction the request awaiting the usager, or null
     * @param due the running clock, or null
     * @param attestation whether an attestation of implicit acceptance can be downloaded
     */
    public record View(Correction correction, ImplicitDecisionDue due, boolean attestation) {
        public boolean overdue(LocalDate today) {
            return correction != null && correction.dueOn().isBefore(today);
        }
    }

    public View of(Dossier dossier) {
        Correction correction = dossier.state() == DossierState.EN_CONSTRUCTION
                ? corrections.pending(dossier.id()).orElse(null) : null;
        ImplicitDecisionDue due = dossier.state().isFinal() ? null : decisions.dueOf(dossier.id()).orElse(null);
        boolean attestation = dossier.state() == DossierState.ACCEPTE && decisions.attestationOf(dossier.id()).isPresent();
        return new View(correction, due, attestation);
    }
}
