package org.guichet.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A correction request of an agent.
 *
 * @param missing what the usager must correct or send, one item per entry
 * @param dueOn the day by which the usager should answer
 * @param decisionWasDueOn the implicit decision date when the clock stopped; null without a silence rule
 */
public record Correction(Instant requestedAt, String message, List<String> missing, LocalDate dueOn,
        LocalDate decisionWasDueOn) {}
