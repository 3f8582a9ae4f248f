package org.guichet.dossier.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.guichet.dossier.CorrectionRequested;
import org.guichet.dossier.DossierState;
import org.guichet.dossier.ImplicitDecisionReached;
import org.guichet.identity.AccountManagement;
import org.guichet.notification.EmailRequested;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.PublicUrls;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantManagement;
import org.guichet.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the usager, in their language, that a correction is asked or that silence decided their dossier. */
@Component
class DeadlineMails {

    private final TenantManagement tenants;
    private final TenantScope scope;
    private final AccountManagement accounts;
    private final ProcedureCatalogue procedures;
    private final PublicUrls urls;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final DossierRepository dossiers;

    DeadlineMails(TenantManagement tenants, TenantScope scope, AccountManagement accounts, ProcedureCatalogue procedures,
            PublicUrls urls, MessageSource messages, ApplicationEventPublisher events, DossierRepository dossiers) {
        this.dossiers = dossiers;
        this.tenants = tenants;
        this.scope = scope;
        this.accounts = accounts;
        this.procedures = procedures;
        this.urls = urls;
        this.messages = messages;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(CorrectionRequested requested) {
        send(requested.tenantId(), requested.ownerAccountId(), requested.dossierId(), "deadlines.mail.correction",
                (locale, title) -> new Object[] {requested.reference(), title, requested.message(),
                        "- " + String.join("\n- ", requested.missing()), date(requested.dueOn(), locale)});
    }

    @ApplicationModuleListener
    void on(ImplicitDecisionReached reached) {
        String key = reached.outcome() == DossierState.ACCEPTE ? "deadlines.mail.accepted" : "deadlines.mail.refused";
        send(reached.tenantId(), reached.ownerAccountId(), reached.dossierId(), key,
                (locale, title) -> new Object[] {reached.reference(), title, date(reached.deemedOn(), locale)});
    }

    private interface Arguments {
        Object[] of(Locale locale, String procedureTitle);
    }

    /** Subject {@code key.subject} and body {@code key.body}, whose arguments are followed by the greeting, link and signature. */
    private void send(TenantId tenantId, UUID owner, UUID dossier, String key, Arguments arguments) {
        if (owner == null) {
            return;
        }
        Tenant tenant = tenants.findById(tenantId).orElseThrow();
        scope.run(tenant.id(), () -> accounts.contactOf(new AccountId(owner)).ifPresent(contact -> {
            Locale locale = Locale.forLanguageTag(contact.locale() == null ? "fr" : contact.locale());
            String title = dossiers.find(dossier).flatMap(d -> procedures.findById(d.procedureId()))
                    .map(Procedure::title).orElse("");
            Object[] args = arguments.of(locale, title);
            Object[] all = new Object[args.length + 3];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = contact.displayName();
            all[args.length + 1] = urls.of(tenant, "/mes-demarches/" + dossier);
            all[args.length + 2] = tenant.name();
            events.publishEvent(new EmailRequested(tenant.id(), contact.email(),
                    messages.getMessage(key + ".subject", args, locale),
                    messages.getMessage(key + ".body", all, locale), key));
        }));
    }

    private static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }
}
