package org.guichet.tenancy;

import org.guichet.shared.TenantId;

/**
 * A platform administrator named an administrator of a tenant (the first one of a new tenant, or
 * another one later); identity invites them.
 *
 * @param email the address the invitation goes to
 * @param portalUrl the tenant portal's base URL (scheme, host, port) the invitation link starts with
 * @param actor the platform administrator, as {@code operator:<id>}
 */
public record TenantAdministratorDesignated(TenantId tenantId, String email, String portalUrl, String actor) {}
