package org.guichet.dossier;

import java.time.Instant;
import java.util.UUID;
import org.guichet.shared.TenantId;

/** An usager submitted a dossier: it has its reference and the time of receipt (accusé d'enregistrement). */
public record DossierSubmitted(TenantId tenantId, UUID dossierId, UUID procedureId, String reference,
        UUID ownerAccountId, Instant receivedAt) {}
