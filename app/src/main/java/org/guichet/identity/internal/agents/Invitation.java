package org.guichet.identity.internal.agents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guichet.identity.AgentRole;

/** An administrator's invitation of an agent, as stored (without its token, of which only a hash is kept). */
record Invitation(UUID id, String email, List<AgentRole> roles, UUID serviceId, Instant expiresAt,
        Instant acceptedAt, Instant cancelledAt, Instant createdAt) {

    /** Where an invitation stands; only a pending one can be accepted or cancelled. */
    enum Status { PENDING, ACCEPTED, CANCELLED, EXPIRED }

    Status status(Instant now) {
        if (acceptedAt != null) {
            return Status.ACCEPTED;
        }
        if (cancelledAt != null) {
            return Status.CANCELLED;
        }
        return now.isBefore(expiresAt) ? Status.PENDING : Status.EXPIRED;
    }
}
