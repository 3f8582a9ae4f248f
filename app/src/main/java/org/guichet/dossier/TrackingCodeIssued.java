package org.guichet.dossier;

import java.util.UUID;
import org.guichet.shared.TenantId;

/**
 * A dossier without an account got its tracking code, to be sent to the person's email. The code is
 * in the event only so that the mail can carry it; it is never stored in clear.
 */
public record TrackingCodeIssued(TenantId tenantId, UUID dossierId, UUID procedureId, String email, String trackingCode) {}
