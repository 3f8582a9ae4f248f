package org.guichet.dossier;

import java.util.UUID;
import org.guichet.shared.TenantId;

/** An administrator chose how a démarche's silence clock resumes after a correction. */
public record CorrectionClockChanged(TenantId tenantId, UUID procedureId, CorrectionClock clock, UUID actorAccountId,
        String ipAddress) {}
