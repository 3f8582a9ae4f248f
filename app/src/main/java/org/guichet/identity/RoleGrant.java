package org.guichet.identity;

import java.util.UUID;

/**
 * One role of an agent in the current tenant.
 *
 * @param serviceId the service the role is limited to, or null for the whole tenant
 */
public record RoleGrant(AgentRole role, UUID serviceId) {

    /** Whether the role applies to the whole tenant rather than one service. */
    public boolean tenantWide() {
        return serviceId == null;
    }
}
