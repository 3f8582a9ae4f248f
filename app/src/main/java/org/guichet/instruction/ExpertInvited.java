package org.guichet.instruction;

import java.util.UUID;
import org.guichet.shared.TenantId;

/** An agent asked an outside expert for an opinion on a dossier (the expert's address is not repeated here). */
public record ExpertInvited(TenantId tenantId, UUID dossierId, UUID invitationId, UUID invitedBy, boolean confidential) {}
