package org.guichet.dossier;

import java.time.Instant;
import java.util.UUID;

/**
 * A dossier as read: its answers are the JSON document the form engine validated.
 *
 * @param procedureVersion the version of the démarche's form the dossier was started on, and stays on
 * @param version increases with every change; callers pass it back to detect concurrent changes
 */
public record Dossier(UUID id, UUID procedureId, int procedureVersion, String reference, DossierState state, UUID ownerAccountId,
        String answersJson, int version, Instant createdAt, Instant updatedAt, Instant submittedAt, Instant decidedAt) {}
