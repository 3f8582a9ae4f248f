package org.guichet.procedure;

import java.time.Instant;
import java.util.UUID;

/**
 * A line of the studio's list of démarches.
 *
 * @param currentVersion the version citizens file on; null before the first publication
 */
public record ProcedureSummary(UUID id, String slug, String title, ProcedureState state, Integer currentVersion,
        Instant updatedAt) {}
