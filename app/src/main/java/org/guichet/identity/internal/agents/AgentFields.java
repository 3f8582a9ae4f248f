package org.guichet.identity.internal.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.guichet.identity.AgentRole;
import org.guichet.tenancy.ServiceUnitManagement;
import org.springframework.validation.Errors;

/** Checks of the fields the agent forms share: an address, roles and where they apply. */
final class AgentFields {

    /** The scope value meaning "the whole tenant"; any other value must be a service id of the tenant. */
    static final String WHOLE_TENANT = "collectivite";

    private static final Pattern EMAIL = Pattern.compile(
            "^[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");

    /** Longer than any field accepts: a value is cut to this as it is bound, so a huge one is neither kept nor shown back. */
    static final int BOUND = 1000;

    private AgentFields() {}

    /** {@code value} cut to {@link #BOUND} characters, for form setters; the checks then report it as too long. */
    static String bounded(String value) {
        return value == null || value.length() <= BOUND ? value : value.substring(0, BOUND);
    }

    static String email(Errors errors, String field, String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            errors.rejectValue(field, "agents.email.required");
        } else if (v.length() > 254 || !EMAIL.matcher(v).matches()) {
            errors.rejectValue(field, "agents.email.format");
        }
        return v;
    }

    /** The roles chosen; rejected when none, or when one is not a role (a forged value). */
    static List<AgentRole> roles(Errors errors, String field, List<String> values) {
        List<AgentRole> roles = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            AgentRole role = role(value);
            if (role == null) {
                errors.rejectValue(field, "agents.roles.required");
                return List.of();
            }
            if (!roles.contains(role)) {
                roles.add(role);
            }
        }
        if (roles.isEmpty()) {
            errors.rejectValue(field, "agents.roles.required");
        }
        return roles;
    }

    static AgentRole role(String value) {
        for (AgentRole role : AgentRole.values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        return null;
    }

    /**
     * The service the roles are limited to, or null for the whole tenant. A value that is neither
     * is rejected, as is an administrator role limited to a service: administrators manage the whole
     * tenant (its services and agents), so that role only makes sense tenant-wide.
     */
    static UUID scope(Errors errors, String field, String value, List<AgentRole> roles, String rolesField,
            ServiceUnitManagement services) {
        if (WHOLE_TENANT.equals(value)) {
            return null;
        }
        UUID service = parse(value);
        if (service == null || services.find(service).isEmpty()) {
            errors.rejectValue(field, "agents.scope.required");
            return null;
        }
        if (roles.contains(AgentRole.ADMINISTRATEUR)) {
            errors.rejectValue(rolesField, "agents.roles.administratorScope");
        }
        return service;
    }

    private static UUID parse(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
