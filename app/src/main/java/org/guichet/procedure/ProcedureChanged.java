package org.guichet.procedure;

import java.util.UUID;
import org.guichet.shared.TenantId;

/**
 * An administrator changed a démarche in the studio (publication and closing are {@link ProcedurePublished}).
 *
 * @param change what happened: {@code created}, {@code updated}, {@code cloned}, {@code form.updated} or
 *               {@code form.imported}
 */
public record ProcedureChanged(TenantId tenantId, UUID procedureId, String actor, String change) {}
