package org.guichet.dossier;

import java.time.Instant;
import java.util.UUID;
import org.guichet.shared.TenantId;

/** A dossier moved from one state to another. */
public record DossierStateChanged(TenantId tenantId, UUID dossierId, String reference, DossierState from,
        DossierState to, Actor actor, Instant at) {}
