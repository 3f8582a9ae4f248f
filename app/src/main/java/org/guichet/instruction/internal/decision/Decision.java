package org.guichet.instruction.internal.decision;

import java.time.Instant;
import java.util.UUID;
import org.guichet.dossier.DossierState;

/**
 * An explicit decision on a dossier, as kept.
 *
 * @param documentId the decision PDF, null until generated (shortly after the decision)
 * @param firstOpenedAt when the usager first opened the PDF, null until then
 * @param supersededAt when a re-examination withdrew it, null while it stands
 */
public record Decision(UUID id, UUID dossierId, DossierState outcome, String motivation, UUID documentId,
        UUID decidedBy, Instant decidedAt, Instant firstOpenedAt, Instant supersededAt) {

    public boolean standing() {
        return supersededAt == null;
    }
}
