package org.guichet.instruction.internal.experts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An expert's invitation and, once given, the opinion. */
public record Invitation(UUID id, UUID dossierId, UUID invitedBy, String email, String question, boolean confidential,
        LocalDate deadline, Instant invitedAt, Instant expiresAt, Instant answeredAt, String opinion, UUID documentId) {

    public boolean answered() {
        return answeredAt != null;
    }

    /** Whether the link still works at {@code now}: not used yet and not expired. */
    public boolean open(Instant now) {
        return answeredAt == null && now.isBefore(expiresAt);
    }
}
