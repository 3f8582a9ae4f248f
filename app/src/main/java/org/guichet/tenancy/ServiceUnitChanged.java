package org.guichet.tenancy;

import java.util.UUID;
import org.guichet.shared.TenantId;

/** An administrator created or changed a service of a tenant. */
public record ServiceUnitChanged(TenantId tenantId, UUID serviceId, String name, String actor, String change) {}
