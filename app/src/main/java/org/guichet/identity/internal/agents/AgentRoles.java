package org.guichet.identity.internal.agents;

import java.util.UUID;
import org.guichet.identity.AgentRole;
import org.guichet.identity.IdentityEvent;
import org.guichet.identity.internal.agents.AgentChangeRefusedException.Reason;
import org.guichet.identity.internal.agents.AgentDirectory.Agent;
import org.guichet.identity.internal.agents.AgentDirectory.Grant;
import org.guichet.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the roles of the current tenant's agents. An administrator may not remove their own
 * last administrator role: the tenant would risk having nobody left to manage it.
 */
@Component
class AgentRoles {

    private final AgentDirectory agents;
    private final ApplicationEventPublisher events;

    AgentRoles(AgentDirectory agents, ApplicationEventPublisher events) {
        this.agents = agents;
        this.events = events;
    }

    /** How the audit trail names a role of an account. */
    static String describe(UUID accountId, AgentRole role, UUID serviceId) {
        return accountId + " " + role.name() + " " + (serviceId == null ? "tenant" : "service:" + serviceId);
    }

    /** Adds a role; false when the agent already had it. The agent must exist (checked by the caller). */
    @Transactional
    boolean grant(Agent agent, AgentRole role, UUID serviceId, Actor actor) {
        boolean added = agents.addGrant(agent.accountId(), role, serviceId);
        if (added) {
            audit(actor, "identity.role.granted", describe(agent.accountId(), role, serviceId));
        }
        return added;
    }

    /** Removes one role; false when the agent has no such role. */
    @Transactional
    boolean revoke(Agent agent, UUID grantId, Actor actor) {
        Grant grant = agent.grants().stream().filter(g -> g.id().equals(grantId)).findFirst().orElse(null);
        if (grant == null) {
            return false;
        }
        if (grant.role() == AgentRole.ADMINISTRATEUR && agent.accountId().equals(actor.accountId())
                && agents.lockAdministratorGrants(agent.accountId()) <= 1) {
            throw new AgentChangeRefusedException(Reason.LAST_OWN_ADMINISTRATOR_ROLE);
        }
        if (!agents.removeGrant(agent.accountId(), grantId)) {
            return false;
        }
        audit(actor, "identity.role.revoked", describe(agent.accountId(), grant.role(), grant.serviceId()));
        return true;
    }

    /** Removes every role: the account stays, as a citizen's, but leaves the back office at its next request. */
    @Transactional
    void revokeAll(Agent agent, Actor actor) {
        if (agent.accountId().equals(actor.accountId()) && agent.administratorGrants() > 0) {
            throw new AgentChangeRefusedException(Reason.LAST_OWN_ADMINISTRATOR_ROLE);
        }
        for (Grant grant : agents.removeAll(agent.accountId())) {
            audit(actor, "identity.role.revoked", describe(agent.accountId(), grant.role(), grant.serviceId()));
        }
    }

    private void audit(Actor actor, String action, String target) {
        events.publishEvent(new IdentityEvent(TenantContext.require(), actor.id(), action, target, actor.ipAddress()));
    }
}
