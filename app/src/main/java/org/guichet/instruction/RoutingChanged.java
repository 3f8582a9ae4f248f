package org.guichet.instruction;

import java.util.UUID;
import org.guichet.shared.TenantId;

/**
 * An administrator changed how a démarche's dossiers are organised: its routing groups, their
 * members and rules, or its labels.
 *
 * @param change a stable name, e.g. {@code group-created}, {@code member-added}, {@code label-deleted}
 * @param target what was changed: a group, rule or label id
 */
public record RoutingChanged(TenantId tenantId, UUID procedureId, UUID actorAccountId, String change, UUID target) {}
