package org.guichet.instruction;

import java.util.UUID;
import org.guichet.shared.TenantId;

/**
 * An agent read a dossier (one of its pages or documents), for the audit trail (DOMAIN.md rule 9).
 *
 * @param path the page read, so the trail tells a tab or a document from the main page
 * @param ipAddress the client address
 */
public record DossierConsulted(TenantId tenantId, UUID dossierId, UUID agentAccountId, String path, String ipAddress) {}
