package org.guichet.dossier.internal;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierSubmitted;
import org.guichet.dossier.TrackingCodeIssued;
import org.guichet.identity.AccountManagement;
import org.guichet.notification.EmailRequested;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.shared.AccountId;
import org.guichet.tenancy.PublicUrls;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantManagement;
import org.guichet.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Emails the accusé d'enregistrement (DOMAIN.md rule 2) once a submission committed — to the owner's
 * account, or to the contact address of a dossier filed without one — and the tracking code of a
 * dossier filed without an account.
 */
@Component
class SubmissionMails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private record Recipient(String email, String name) {}

    private final TenantManagement tenants;
    private final TenantScope scope;
    private final AccountManagement accounts;
    private final ProcedureCatalogue procedures;
    private final DossierRepository dossiers;
    private final PublicUrls urls;
    private final ApplicationEventPublisher events;

    SubmissionMails(TenantManagement tenants, TenantScope scope, AccountManagement accounts,
            ProcedureCatalogue procedures, DossierRepository dossiers, PublicUrls urls, ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.scope = scope;
        this.accounts = accounts;
        this.procedures = procedures;
        this.dossiers = dossiers;
        this.urls = urls;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(DossierSubmitted submitted) {
        Tenant tenant = tenants.findById(submitted.tenantId()).orElseThrow();
        scope.run(tenant.id(), () -> dossiers.find(submitted.dossierId()).ifPresent(dossier ->
                recipient(dossier).ifPresent(to -> {
                    var at = submitted.receivedAt().atZone(tenant.timeZone());
                    String follow = dossier.anonymous()
                            ? "avec le code de suivi qui vous a été donné :\n" + urls.of(tenant, "/suivi")
                            : urls.of(tenant, "/mes-demarches/" + submitted.dossierId());
                    events.publishEvent(new EmailRequested(tenant.id(), to.email(),
                            "Dossier n° " + submitted.reference() + " enregistré",
                            """
                            Bonjour %s,

                            Votre demande « %s » a été enregistrée le %s à %s sous le numéro %s.

                            Ce message est l’accusé d’enregistrement de votre demande. Le service chargé de
                            votre dossier l’examine ; vous pouvez le suivre et le modifier tant que son examen
                            n’a pas commencé, %s

                            %s
                            """.formatted(to.name(), title(submitted.procedureId()), DATE.format(at), TIME.format(at),
                                    submitted.reference(), follow, tenant.name()),
                            "dossier.registered"));
                })));
    }

    @ApplicationModuleListener
    void on(TrackingCodeIssued issued) {
        Tenant tenant = tenants.findById(issued.tenantId()).orElseThrow();
        scope.run(tenant.id(), () -> events.publishEvent(new EmailRequested(tenant.id(), issued.email(),
                "Votre code de suivi — " + title(issued.procedureId()),
                """
                Bonjour,

                Votre demande « %s » a été commencée sans compte. Gardez ce code de suivi : il vous
                permet de reprendre votre demande, puis de suivre votre dossier une fois envoyé.

                Code de suivi : %s

                Reprendre ou suivre votre demande : %s

                %s
                """.formatted(title(issued.procedureId()), issued.trackingCode(), urls.of(tenant, "/suivi"), tenant.name()),
                "dossier.tracking-code")));
    }

    private Optional<Recipient> recipient(Dossier dossier) {
        if (dossier.ownerAccountId() != null) {
            return accounts.contactOf(new AccountId(dossier.ownerAccountId()))
                    .map(c -> new Recipient(c.email(), c.displayName()));
        }
        return Optional.ofNullable(dossier.contactEmail())
                .map(email -> new Recipient(email, dossier.contactName() == null ? "" : dossier.contactName()));
    }

    private String title(java.util.UUID procedureId) {
        return procedures.findById(procedureId).map(Procedure::title).orElse("");
    }
}
