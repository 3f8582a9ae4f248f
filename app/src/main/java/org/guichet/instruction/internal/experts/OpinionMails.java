package org.guichet.instruction.internal.experts;

import java.util.Locale;
import org.guichet.dossier.DossierManagement;
import org.guichet.identity.AccountManagement;
import org.guichet.instruction.OpinionGiven;
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

/** Tells the inviting agent that the expert answered: a notice with a link, not the opinion itself. */
@Component
class OpinionMails {

    private final TenantManagement tenants;
    private final TenantScope scope;
    private final DossierManagement dossiers;
    private final AccountManagement accounts;
    private final PublicUrls urls;
    private final MessageSource text;
    private final ApplicationEventPublisher events;

    OpinionMails(TenantManagement tenants, TenantScope scope, DossierManagement dossiers, AccountManagement accounts,
            PublicUrls urls, MessageSource text, ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.scope = scope;
        this.dossiers = dossiers;
        this.accounts = accounts;
        this.urls = urls;
        this.text = text;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(OpinionGiven given) {
        if (given.invitedBy() == null) {
            return;
        }
        Tenant tenant = tenants.findById(given.tenantId()).orElseThrow();
        scope.run(tenant.id(), () -> dossiers.find(given.dossierId()).ifPresent(dossier ->
                accounts.contactOf(new AccountId(given.invitedBy())).ifPresent(contact -> {
                    Locale locale = Locale.forLanguageTag(contact.locale() == null ? "fr" : contact.locale());
                    Object[] args = {tenant.name(), dossier.reference(), urls.of(tenant, "/agent/dossiers/" + dossier.id() + "/avis")};
                    events.publishEvent(new EmailRequested(tenant.id(), contact.email(),
                            text.getMessage("experts.mail.given.subject", args, locale),
                            text.getMessage("experts.mail.given.body", args, locale), "instruction.expert-opinion"));
                })));
    }
}
