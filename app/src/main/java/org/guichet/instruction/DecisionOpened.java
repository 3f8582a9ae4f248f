package org.guichet.instruction;

import java.time.Instant;
import java.util.UUID;
import org.guichet.shared.TenantId;

/**
 * The usager opened a decision on their dossier for the first time (accusé de lecture, DOMAIN.md
 * rule 6); later openings publish nothing.
 *
 * @param accountId the usager's account, or null for a dossier followed with its tracking code
 */
public record DecisionOpened(TenantId tenantId, UUID dossierId, UUID decisionId, UUID accountId, Instant at) {}
