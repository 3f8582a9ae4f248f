package org.guichet.tenancy;

import org.guichet.shared.TenantId;

/** A tenant's name, branding or contact details changed. */
public record TenantUpdated(TenantId tenantId) {}
