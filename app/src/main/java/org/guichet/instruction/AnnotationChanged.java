package org.guichet.instruction;

import java.util.UUID;
import org.guichet.shared.TenantId;

/**
 * The private annotations changed: an administrator added, moved or removed a field of a démarche
 * ({@code target} is the démarche), or an agent saved a dossier's values ({@code target} is the dossier).
 *
 * @param change {@code field-added}, {@code field-moved}, {@code field-removed} or {@code values-saved}
 */
public record AnnotationChanged(TenantId tenantId, UUID actorAccountId, String change, UUID target) {}
