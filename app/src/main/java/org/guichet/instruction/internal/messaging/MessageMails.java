package org.guichet.instruction.internal.messaging;

import java.util.Locale;
import java.util.UUID;
import org.guichet.dossier.Actor;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.identity.AccountManagement;
import org.guichet.instruction.MessageSent;
import org.guichet.notification.EmailRequested;
import org.guichet.shared.AccountId;
import org.guichet.tenancy.PublicUrls;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantManagement;
import org.guichet.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the other side of a thread that a message arrived, once it committed. The mail is a notice
 * with a link, never the message itself: what the usager and the service write may hold personal
 * data that has no place in an inbox (as the State's platform does).
 *
 * <p>An agent's message goes to the usager. An usager's message goes to the agents who handle the
 * dossier: its assignee, its followers and the agents who already wrote in the thread. With none of
 * them, it shows in the thread and the inbox only.
 */
@Component
class MessageMails {

    private final TenantManagement tenants;
    private final TenantScope scope;
    private final DossierManagement dossiers;
    private final AccountManagement accounts;
    private final MessageRepository messages;
    private final PublicUrls urls;
    private final MessageSource text;
    private final ApplicationEventPublisher events;

    MessageMails(TenantManagement tenants, TenantScope scope, DossierManagement dossiers, AccountManagement accounts,
            MessageRepository messages, PublicUrls urls, MessageSource text, ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.scope = scope;
        this.dossiers = dossiers;
        this.accounts = accounts;
        this.messages = messages;
        this.urls = urls;
        this.text = text;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(MessageSent sent) {
        Tenant tenant = tenants.findById(sent.tenantId()).orElseThrow();
        scope.run(tenant.id(), () -> dossiers.find(sent.dossierId()).ifPresent(dossier -> {
            if (sent.author().kind() == Actor.Kind.AGENT) {
                if (dossier.ownerAccountId() != null) {
                    notify(tenant, dossier, dossier.ownerAccountId(), "citizen", "/mes-demarches/" + dossier.id() + "/messagerie");
                }
            } else {
                messages.agentsToTell(dossier.id()).forEach(agent ->
                        notify(tenant, dossier, agent, "agent", "/agent/dossiers/" + dossier.id() + "/messagerie"));
            }
        }));
    }

    private void notify(Tenant tenant, Dossier dossier, UUID account, String audience, String path) {
        accounts.contactOf(new AccountId(account)).ifPresent(contact -> {
            Locale locale = Locale.forLanguageTag(contact.locale() == null ? "fr" : contact.locale());
            Object[] args = {tenant.name(), dossier.reference(), urls.of(tenant, path)};
            events.publishEvent(new EmailRequested(tenant.id(), contact.email(),
                    text.getMessage("messaging.mail." + audience + ".subject", args, locale),
                    text.getMessage("messaging.mail." + audience + ".body", args, locale),
                    "instruction.message-" + audience));
        });
    }
}
