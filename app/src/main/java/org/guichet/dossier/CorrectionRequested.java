package org.guichet.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.guichet.shared.TenantId;

/** An agent asked the usager to correct their dossier or send what is missing (DOMAIN.md rule 4). */
public record CorrectionRequested(TenantId tenantId, UUID dossierId, String reference, UUID ownerAccountId,
        UUID agentAccountId, String message, List<String> missing, LocalDate dueOn, String ipAddress) {}
