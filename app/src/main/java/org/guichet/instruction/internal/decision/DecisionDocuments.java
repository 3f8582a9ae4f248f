package org.guichet.instruction.internal.decision;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.UUID;
import org.guichet.document.DocumentManagement;
import org.guichet.document.FileType;
import org.guichet.document.StoredDocument;
import org.guichet.document.UploadLimits;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a decision's letter as PDF/A, keeps it with the dossier, then tells the usager by email,
 * with a link to their dossier page rather than the letter itself (the letter is read signed in, so
 * its first opening can be recorded). In this order, an usager who follows the link finds the
 * letter. Run by the {@code instruction-decision-letter} job, which retries a failure; a retry after
 * the letter was stored does nothing.
 */
@Component
class DecisionDocuments {

    private final TenantManagement tenants;
    private final TenantScope scope;
    private final TransactionTemplate tx;
    private final DecisionRepository decisions;
    private final DossierManagement dossiers;
    private final DecisionLetters letters;
    private final DocumentManagement documents;
    private final AccountManagement accounts;
    private final ProcedureCatalogue procedures;
    private final PublicUrls urls;
    private final ApplicationEventPublisher events;

    DecisionDocuments(TenantManagement tenants, TenantScope scope, TransactionTemplate tx, DecisionRepository decisions,
            DossierManagement dossiers, DecisionLetters letters, DocumentManagement documents,
            AccountManagement accounts, ProcedureCatalogue procedures, PublicUrls urls,
            ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.scope = scope;
        this.tx = tx;
        this.decisions = decisions;
        this.dossiers = dossiers;
        this.letters = letters;
        this.documents = documents;
        this.accounts = accounts;
        this.procedures = procedures;
        this.urls = urls;
        this.events = events;
    }

    /** Generates the letter of a decision of {@code tenant}, unless it has one. */
    void generate(TenantId tenantId, UUID decisionId) {
        // The email event is published in a transaction, so that the notification module gets it after commit.
        scope.run(tenantId, () -> tx.executeWithoutResult(status -> {
            Tenant tenant = tenants.findById(tenantId).orElseThrow();
            Decision decision = decisions.find(decisionId).orElse(null);
            if (decision == null || decision.documentId() != null) {
                return;
            }
            Dossier dossier = dossiers.find(decision.dossierId()).orElseThrow();
            byte[] pdf = letters.render(tenant, dossier, decision);
            StoredDocument stored = documents.store(tenant.id(), new ByteArrayInputStream(pdf),
                    "decision-" + dossier.reference() + ".pdf", UploadLimits.defaults().allowing(FileType.PDF), null);
            decisions.attachDocument(decision.id(), stored.id().value());
            notifyUsager(tenant, dossier);
        }));
    }

    private void notifyUsager(Tenant tenant, Dossier dossier) {
        recipient(dossier).ifPresent(to -> {
            String title = procedures.findById(dossier.procedureId()).map(Procedure::title).orElse("");
            String greeting = to.name().isBlank() ? "Bonjour," : "Bonjour " + to.name() + ",";
            events.publishEvent(new EmailRequested(tenant.id(), to.email(),
                    "Décision sur votre dossier n° " + dossier.reference(),
                    """
                    %s

                    Le service a pris une décision sur votre demande « %s » (dossier n° %s).

                    Pour lire la décision et télécharger le courrier qui la notifie, ouvrez votre dossier
                    (avec votre compte, ou avec votre code de suivi si vous l’avez déposé sans compte) :
                    %s

                    %s
                    """.formatted(greeting, title, dossier.reference(),
                            urls.of(tenant, "/mes-demarches/" + dossier.id()), tenant.name()),
                    "instruction.decision"));
        });
    }

    /** The account's address, or the contact address given for a dossier filed without an account. */
    private Optional<Recipient> recipient(Dossier dossier) {
        if (dossier.ownerAccountId() != null) {
            return accounts.contactOf(new AccountId(dossier.ownerAccountId()))
                    .map(c -> new Recipient(c.email(), c.displayName()));
        }
        return Optional.ofNullable(dossier.contactEmail())
                .map(email -> new Recipient(email, dossier.contactName() == null ? "" : dossier.contactName()));
    }

    private record Recipient(String email, String name) {}
}
