package org.guichet.identity.internal.agents;

import java.util.List;
import org.guichet.identity.AgentRole;
import org.guichet.identity.IdentityEvent;
import org.guichet.tenancy.TenantAdministratorDesignated;
import org.guichet.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Invites an administrator a platform administrator named for a tenant, inside that tenant (its
 * rows are under row-level security), once the naming committed. An address that is already an
 * agent's gets no invitation; that is recorded rather than retried, as retrying cannot succeed.
 */
@Component
class DesignatedAdministratorInvitation {

    private static final Logger log = LoggerFactory.getLogger(DesignatedAdministratorInvitation.class);

    private final AgentInvitations invitations;
    private final TenantScope tenantScope;
    private final ApplicationEventPublisher events;

    DesignatedAdministratorInvitation(AgentInvitations invitations, TenantScope tenantScope, ApplicationEventPublisher events) {
        this.invitations = invitations;
        this.tenantScope = tenantScope;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(TenantAdministratorDesignated event) {
        tenantScope.run(event.tenantId(), () -> {
            // Checked first rather than caught: a refusal inside the invitation's transaction would
            // mark this listener's transaction for rollback, losing the audit record below.
            if (invitations.isAgent(event.email())) {
                log.warn("No administrator invitation for tenant {}: the address is already an agent's", event.tenantId());
                events.publishEvent(new IdentityEvent(event.tenantId(), event.actor(),
                        "identity.invitation.not-sent-already-agent", event.email(), null));
                return;
            }
            invitations.invite(event.email(), List.of(AgentRole.ADMINISTRATEUR), null,
                    new Actor(event.actor(), null, null), event.portalUrl());
        });
    }
}
