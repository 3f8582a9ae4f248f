package org.guichet.identity.internal;

import java.util.Locale;
import org.guichet.notification.EmailRequested;
import org.guichet.tenancy.Tenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The emails about a person's own account, written in the person's language and sent after the
 * transaction that asked for them commits. Links are absolute, on the portal the person used.
 */
@Component
class IdentityMails {

    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    IdentityMails(MessageSource messages, ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
    }

    /** Where the links of one mail point: the portal's base URL, e.g. {@code https://demarches.ville.fr}. */
    record Portal(Tenant tenant, String baseUrl) {}

    void verification(Portal portal, String to, Locale locale, String token) {
        send(portal, to, locale, "verify", "identity.verify-email", portal.baseUrl() + "/verification/" + token);
    }

    /** Someone signed up with an address that already has an account: tell its owner, not the visitor. */
    void alreadyRegistered(Portal portal, String to, Locale locale) {
        send(portal, to, locale, "existing", "identity.sign-up-existing",
                portal.baseUrl() + "/connexion", portal.baseUrl() + "/mot-de-passe-oublie");
    }

    void reset(Portal portal, String to, Locale locale, String token) {
        send(portal, to, locale, "reset", "identity.reset-password", portal.baseUrl() + "/reinitialisation/" + token);
    }

    /** After a change or a reset, so that the owner learns of a change they did not make. */
    void passwordChanged(Portal portal, String to, Locale locale) {
        send(portal, to, locale, "passwordChanged", "identity.password-changed",
                portal.baseUrl() + "/mot-de-passe-oublie");
    }

    private void send(Portal portal, String to, Locale locale, String kind, String purpose, Object... links) {
        Object[] args = new Object[links.length + 1];
        args[0] = portal.tenant().name();
        System.arraycopy(links, 0, args, 1, links.length);
        String subject = messages.getMessage("mail." + kind + ".subject", args, locale);
        String body = messages.getMessage("mail." + kind + ".body", args, locale);
        events.publishEvent(new EmailRequested(portal.tenant().id(), to, subject, body, purpose));
    }
}
