package org.guichet.e2e.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.UUID;
import org.guichet.document.SampleFiles;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.identity.AgentRole;
import org.guichet.shared.AccountId;
import org.guichet.support.JourneyTest;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An agent writes to the usager with a file; the usager reads it on their dossier and replies. */
class MessagingJourneyTest extends JourneyTest {

    @Autowired
    DossierManagement dossiers;

    @Test
    void anAgentWritesWithAFileAndTheUsagerReadsAndReplies() {
        TestTenant t = tenants.create();
        AccountId citizen = tenants.account(t, "camille@example.org");
        tenants.account(t, "agent@example.org", AgentRole.INSTRUCTEUR);
        UUID procedure = demarches.published(t, "creche", "Inscription en crèche");
        Dossier dossier = TenantContext.callAs(t.id(), () -> dossiers.submit(dossiers.createDraft(procedure, citizen), citizen));

        inBothModes(visit -> {
            signIn(visit, t, "agent@example.org");
            visit.open(t.host(), "/agent/dossiers/" + dossier.id() + "/messagerie");
            visit.expectHeading("Inscription en crèche").expectText("Dossier n° " + dossier.reference());
            visit.fill("Votre message", "Merci d’envoyer l’attestation de la CAF (" + visit.mode() + ").");
            visit.page().getByLabel("Pièces jointes (facultatif)").setInputFiles(
                    new FilePayload("modele-" + visit.mode() + ".pdf", "application/pdf", SampleFiles.pdf()));
            visit.press("Envoyer le message").expectText("Votre message a été envoyé à l’usager")
                    .expectText("modele-" + visit.mode() + ".pdf");
            visit.press("Se déconnecter");

            signIn(visit, t, "camille@example.org");
            visit.open(t.host(), "/mes-demarches/" + dossier.id());
            visit.expectText("Merci d’envoyer l’attestation de la CAF (" + visit.mode() + ").");
            visit.follow("Voir la messagerie et écrire au service (" + (visit.javaScript() ? "1 message" : "3 messages") + ")")
                    .expectHeading("Messagerie")
                    .expectText("Le service instructeur");
            assertThat(visit.page().getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("modele-" + visit.mode() + ".pdf")).count()).isEqualTo(1);
            visit.press("Envoyer le message").expectText("Écrivez votre message");
            visit.fill("Votre message", "Voici l’attestation demandée (" + visit.mode() + ").")
                    .press("Envoyer le message")
                    .expectText("Votre message a été envoyé au service.")
                    .expectText("Voici l’attestation demandée (" + visit.mode() + ").");
            visit.press("Se déconnecter");
        });
    }

    private static void signIn(org.guichet.support.Visit visit, TestTenant t, String email) {
        visit.open(t.host(), "/connexion");
        visit.fill("Adresse électronique", email).fill("Mot de passe", TestTenants.PASSWORD).press("Se connecter");
    }
}
