package org.guichet.dossier.internal;

import java.time.format.DateTimeFormatter;
import org.guichet.dossier.DossierSubmitted;
import org.guichet.identity.AccountManagement;
import org.guichet.notification.EmailRequested;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.shared.AccountId;
import org.guichet.tenancy.PublicUrls;
import org.guichet.tenancy.TenantManagement;
import org.guichet.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Emails the accusé d'enregistrement (DOMAIN.md rule 2) once a submission committed. */
@Component
class SubmissionMails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final TenantManagement tenants;
    private final TenantScope scope;
    private final AccountManagement accounts;
    private final ProcedureCatalogue procedures;
    private final PublicUrls urls;
    private final ApplicationEventPublisher events;

    SubmissionMails(TenantManagement tenants, TenantScope scope, AccountManagement accounts,
            ProcedureCatalogue procedures, PublicUrls urls, ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.scope = scope;
        this.accounts = accounts;
        this.procedures = procedures;
        this.urls = urls;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(DossierSubmitted submitted) {
        var tenant = tenants.findById(submitted.tenantId()).orElseThrow();
        scope.run(tenant.id(), () -> {
            if (submitted.ownerAccountId() == null) {
                return;
            }
            accounts.contactOf(new AccountId(submitted.ownerAccountId())).ifPresent(contact -> {
                String title = procedures.findById(submitted.procedureId()).map(Procedure::title).orElse("");
                var at = submitted.receivedAt().atZone(tenant.timeZone());
                events.publishEvent(new EmailRequested(tenant.id(), contact.email(),
                        "Dossier n° " + submitted.reference() + " enregistré",
                        """
                        Bonjour %s,

                        Votre demande « %s » a été enregistrée le %s à %s sous le numéro %s.

                        Ce message est l’accusé d’enregistrement de votre demande. Le service chargé de
                        votre dossier l’examine ; vous pouvez le suivre et le modifier tant que son examen
                        n’a pas commencé :
                        %s

                        %s
                        """.formatted(contact.displayName(), title, DATE.format(at), TIME.format(at),
                                submitted.reference(), urls.of(tenant, "/mes-demarches/" + submitted.dossierId()),
                                tenant.name()),
                        "dossier.registered"));
            });
        });
    }
}
