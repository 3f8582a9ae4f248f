package org.guichet.dossier;

import java.time.Instant;
import java.util.UUID;

/**
 * A dossier as read: its answers are the JSON document the form engine validated.
 *
 * @param procedureVersion the version of the démarche's form the dossier was started on, and stays on
 * @param version increases with every change; callers pass it back to detect concurrent changes
 * @param channel how it was filed; {@code contactName} and {@code contactEmail} are the person's when it was
 *     filed without an account (anonymously, or by an agent for someone without one), null otherwise
 */
public record Dossier(UUID id, UUID procedureId, int procedureVersion, String reference, DossierState state, UUID ownerAccountId,
        String answersJson, int version, Instant createdAt, Instant updatedAt, Instant submittedAt, Instant decidedAt,
        FilingChannel channel, String contactName, String contactEmail) {

    /** Whether the dossier has no account behind it: it is reached with its tracking code. */
    public boolean anonymous() {
        return ownerAccountId == null;
    }
}
