package org.guichet.identity.internal.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.guichet.identity.AgentRole;
import org.guichet.tenancy.ServiceUnitManagement;
import org.springframework.validation.Errors;

/** What an administrator types to invite an agent. */
public class InvitationForm {

    private String email = "";
    private List<String> roles = new ArrayList<>();
    private String scope = AgentFields.WHOLE_TENANT;

    /** The checked request, or null when a field is wrong (the errors say which). */
    Request validate(Errors errors, ServiceUnitManagement services) {
        email = AgentFields.email(errors, "email", email);
        List<AgentRole> chosen = AgentFields.roles(errors, "roles", roles);
        UUID service = AgentFields.scope(errors, "scope", scope, chosen, "roles", services);
        return errors.hasErrors() ? null : new Request(email, chosen, service);
    }

    /** A checked invitation: {@code serviceId} is null for the whole tenant. */
    record Request(String email, List<AgentRole> roles, UUID serviceId) {}

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = AgentFields.bounded(email);
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = AgentFields.bounded(scope);
    }
}
