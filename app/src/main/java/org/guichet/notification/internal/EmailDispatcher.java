package org.guichet.notification.internal;

import org.guichet.notification.EmailRequested;
import org.guichet.notification.spi.EmailSender;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantManagement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the emails other modules ask for, after their transaction committed. A failure leaves the
 * event publication incomplete, so it is sent again on the next resubmission or restart.
 */
@Component
class EmailDispatcher {

    private final EmailSender sender;
    private final TenantManagement tenants;
    private final NotificationProperties properties;

    EmailDispatcher(EmailSender sender, TenantManagement tenants, NotificationProperties properties) {
        this.sender = sender;
        this.tenants = tenants;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(EmailRequested request) {
        String fromName = request.tenantId() == null ? "Guichet"
                : tenants.findById(request.tenantId()).map(Tenant::name).orElse("Guichet");
        sender.send(new EmailSender.OutgoingEmail(properties.from(), fromName, request.to(), request.subject(),
                request.textBody()));
    }
}
