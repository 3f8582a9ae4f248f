package org.guichet.dossier;

import java.time.LocalDate;
import java.util.UUID;
import org.guichet.shared.TenantId;

/**
 * A correction request ended: the usager said the dossier is complete, or an agent resumed its
 * examination. The silence clock runs again.
 *
 * @param actor who ended it
 * @param implicitDecisionOn the new implicit decision date; null when the démarche has no silence rule
 */
public record CorrectionCompleted(TenantId tenantId, UUID dossierId, String reference, Actor actor,
        LocalDate implicitDecisionOn) {}
