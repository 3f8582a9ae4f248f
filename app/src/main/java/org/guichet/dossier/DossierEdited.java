package org.guichet.dossier;

import java.util.UUID;
import org.guichet.shared.TenantId;

/**
 * An usager started a draft ({@code created}) or saved answers ({@code answers-saved}), for the
 * audit trail.
 */
public record DossierEdited(TenantId tenantId, UUID dossierId, UUID actorAccountId, String change) {}
