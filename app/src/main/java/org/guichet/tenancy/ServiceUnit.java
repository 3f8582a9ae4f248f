package org.guichet.tenancy;

import java.util.UUID;
import org.guichet.shared.TenantId;

/** A department inside a tenant (état civil, petite enfance, voirie…) that owns démarches and agents. */
public record ServiceUnit(UUID id, TenantId tenantId, String name, String email, String phone, String postalAddress) {}
