package org.guichet.identity.internal.agents;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guichet.identity.AgentRole;
import org.guichet.notification.EmailRequested;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.ServiceUnit;
import org.guichet.tenancy.ServiceUnitManagement;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the invitation email. The invitee's language is not known yet, so it says everything in
 * French, then in English; the deadline is given in the tenant's time zone.
 */
@Component
class InvitationMail {

    static final String PURPOSE = "identity.agent-invitation";

    private final MessageSource messages;
    private final TenantManagement tenants;
    private final ServiceUnitManagement services;

    InvitationMail(MessageSource messages, TenantManagement tenants, ServiceUnitManagement services) {
        this.messages = messages;
        this.tenants = tenants;
        this.services = services;
    }

    EmailRequested compose(TenantId tenantId, String to, List<AgentRole> roles, UUID serviceId, String link, Instant expiresAt) {
        Tenant tenant = tenants.findById(tenantId).orElseThrow();
        String serviceName = serviceId == null ? null : services.find(serviceId).map(ServiceUnit::name).orElse(null);
        String subject = text("invitation.mail.subject", Locale.FRENCH, tenant.name())
                + " / " + text("invitation.mail.subject", Locale.ENGLISH, tenant.name());
        String body = body(Locale.FRENCH, tenant, roles, serviceName, link, expiresAt)
                + "\n\n-----\n\n" + body(Locale.ENGLISH, tenant, roles, serviceName, link, expiresAt);
        return new EmailRequested(tenantId, to, subject, body, PURPOSE);
    }

    private String body(Locale locale, Tenant tenant, List<AgentRole> roles, String serviceName, String link, Instant expiresAt) {
        ZoneId zone = tenant.timeZone();
        String deadline = DateTimeFormatter.ofPattern(text("invitation.mail.dateFormat", locale), locale)
                .withZone(zone).format(expiresAt);
        String roleNames = roles.stream().map(r -> text("role." + r.name(), locale).toLowerCase(locale))
                .collect(Collectors.joining(", "));
        String scope = serviceName == null ? text("invitation.mail.scope.tenant", locale)
                : text("invitation.mail.scope.service", locale, serviceName);
        return text("invitation.mail.body", locale, tenant.name(), roleNames, scope, link, deadline);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
