package org.guichet.procedure;

import java.util.UUID;
import org.guichet.shared.TenantId;

/** A démarche was published (or closed, when {@code closed}) by an administrator. */
public record ProcedurePublished(TenantId tenantId, UUID procedureId, String slug, String actor, boolean closed) {}
