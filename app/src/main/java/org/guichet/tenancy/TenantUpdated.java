package org.guichet.tenancy;

import org.guichet.shared.TenantId;

/**
 * A tenant's name, branding, hostnames or contact details changed.
 *
 * @param actor who changed it: {@code operator:<id>} for a platform administrator, or {@code platform}
 * @param change what changed, a stable name: {@code updated}, {@code hostname-added} or {@code logo-changed}
 */
public record TenantUpdated(TenantId tenantId, String actor, String change) {}
