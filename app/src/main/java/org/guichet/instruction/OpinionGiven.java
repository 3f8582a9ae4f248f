package org.guichet.instruction;

import java.time.Instant;
import java.util.UUID;
import org.guichet.shared.TenantId;

/** An expert answered an invitation; the inviting agent is told by email. */
public record OpinionGiven(TenantId tenantId, UUID dossierId, UUID invitationId, UUID invitedBy, Instant givenAt) {}
