package org.guichet.instruction;

import java.util.UUID;
import org.guichet.shared.TenantId;

/** The platform put a newly submitted dossier in a routing group of its démarche. */
public record DossierRouted(TenantId tenantId, UUID dossierId, UUID groupId) {}
