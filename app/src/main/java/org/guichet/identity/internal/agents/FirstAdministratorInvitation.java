package org.guichet.identity.internal.agents;

import java.util.List;
import org.guichet.identity.AgentRole;
import org.guichet.tenancy.TenantAdministratorDesignated;
import org.guichet.tenancy.TenantScope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Invites the first administrator a platform administrator named for a new tenant, inside that
 * tenant (its rows are under row-level security), once the tenant's creation committed.
 */
@Component
class FirstAdministratorInvitation {

    private final AgentInvitations invitations;
    private final TenantScope tenantScope;

    FirstAdministratorInvitation(AgentInvitations invitations, TenantScope tenantScope) {
        this.invitations = invitations;
        this.tenantScope = tenantScope;
    }

    @ApplicationModuleListener
    void on(TenantAdministratorDesignated event) {
        tenantScope.run(event.tenantId(), () -> invitations.invite(event.email(), List.of(AgentRole.ADMINISTRATEUR),
                null, new Actor(event.actor(), null, null), event.portalUrl()));
    }
}
