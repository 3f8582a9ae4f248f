package org.guichet.identity.internal.agents;

import java.util.List;
import java.util.UUID;
import org.guichet.identity.AgentRole;
import org.guichet.tenancy.ServiceUnitManagement;
import org.springframework.validation.Errors;

/** One role to add to an agent, for the whole tenant or one service. */
public class RoleForm {

    private String role = "";
    private String scope = AgentFields.WHOLE_TENANT;

    /** The checked role, or null when a field is wrong (the errors say which). */
    Choice validate(Errors errors, ServiceUnitManagement services) {
        AgentRole chosen = AgentFields.role(role);
        if (chosen == null) {
            errors.rejectValue("role", "agents.role.required");
        }
        UUID service = AgentFields.scope(errors, "scope", scope, chosen == null ? List.of() : List.of(chosen), "role", services);
        return errors.hasErrors() ? null : new Choice(chosen, service);
    }

    /** A checked role: {@code serviceId} is null for the whole tenant. */
    record Choice(AgentRole role, UUID serviceId) {}

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = AgentFields.bounded(role);
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = AgentFields.bounded(scope);
    }
}
