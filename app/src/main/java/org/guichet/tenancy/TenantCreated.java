package org.guichet.tenancy;

import org.guichet.shared.TenantId;

/**
 * A platform administrator created a tenant.
 *
 * @param actor who created it: {@code operator:<id>} for a platform administrator, or {@code platform}
 */
public record TenantCreated(TenantId tenantId, String slug, String name, String actor) {}
