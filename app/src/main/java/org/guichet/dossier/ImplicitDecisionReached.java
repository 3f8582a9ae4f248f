package org.guichet.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.guichet.shared.TenantId;

/**
 * The SVA / SVR delay of a dossier ran out without an explicit decision: it moved to {@code outcome}
 * ({@link DossierState#ACCEPTE} or {@link DossierState#REFUSE}) on its own (DOMAIN.md rule 5).
 *
 * @param receivedAt when the request was received (its submission)
 * @param deemedOn the last day of the delay, at whose end the decision was deemed taken
 */
public record ImplicitDecisionReached(TenantId tenantId, UUID dossierId, UUID procedureId, String reference,
        UUID ownerAccountId, DossierState outcome, Instant receivedAt, LocalDate deemedOn) {}
