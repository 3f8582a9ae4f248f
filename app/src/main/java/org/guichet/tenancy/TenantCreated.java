package org.guichet.tenancy;

import org.guichet.shared.TenantId;

/** A platform administrator created a tenant. */
public record TenantCreated(TenantId tenantId, String slug, String name) {}
