package org.guichet.e2e.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.identity.AgentRole;
import org.guichet.instruction.internal.decision.DecisionRepository;
import org.guichet.shared.AccountId;
import org.guichet.support.JourneyTest;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.support.Visit;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An agent starts instruction on a new dossier and accepts it with a motivation; the usager opens
 * their dossier and downloads the decision; the agent then sees that the usager opened it.
 */
class DecisionJourneyTest extends JourneyTest {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DecisionRepository decisions;

    @Test
    void agentAcceptsAndTheUsagerDownloadsTheDecision() {
        TestTenant t = tenants.create();
        UUID procedure = demarches.published(t, "creche", "Inscription en crèche");

        inBothModes(visit -> {
            String citizenEmail = "camille-" + visit.mode() + "@example.org";
            String agentEmail = "agent-" + visit.mode() + "@example.org";
            AccountId citizen = tenants.account(t, citizenEmail);
            tenants.account(t, agentEmail, AgentRole.INSTRUCTEUR);
            Dossier d = TenantContext.callAs(t.id(), () -> dossiers.submit(dossiers.createDraft(procedure, citizen), citizen));

            signIn(visit, t, agentEmail);
            visit.open(t.host(), "/agent/dossiers/" + d.id());
            visit.expectHeading("Inscription en crèche").expectText("Dossier n° " + d.reference()).expectText("Déposé");
            visit.press("Passer en instruction").expectText("Le dossier est en instruction.").expectText("En cours d’instruction");
            visit.page().getByLabel("Accepter", new Page.GetByLabelOptions().setExact(true)).check();
            visit.fill("Motivation", "Une place vous est attribuée à la crèche des Lilas.");
            visit.press("Enregistrer la décision").expectText("Le dossier est accepté.");
            awaitLetter(t, d.id());
            visit.press("Se déconnecter");

            signIn(visit, t, citizenEmail);
            visit.open(t.host(), "/mes-demarches/" + d.id());
            visit.expectText("Votre demande a été acceptée le");
            var link = visit.page().getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Télécharger le courrier de décision (PDF)"));
            var download = visit.page().waitForDownload(link::click);
            try {
                assertThat(download.suggestedFilename()).isEqualTo("decision-" + d.reference() + ".pdf");
                assertThat(new String(Files.readAllBytes(download.path()), StandardCharsets.ISO_8859_1)).startsWith("%PDF");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            visit.press("Se déconnecter");

            signIn(visit, t, agentEmail);
            visit.open(t.host(), "/agent/dossiers/" + d.id());
            visit.expectText("Décision d’acceptation du").expectText("Ouverte par l’usager le");
        });
    }

    @Test
    void agentRefusesTwoDossiersFromTheInboxInOneBatch() {
        TestTenant t = tenants.create();
        UUID procedure = demarches.published(t, "creche", "Inscription en crèche");

        inBothModes(visit -> {
            String agentEmail = "agent-lot-" + visit.mode() + "@example.org";
            AccountId citizen = tenants.account(t, "famille-" + visit.mode() + "@example.org");
            tenants.account(t, agentEmail, AgentRole.INSTRUCTEUR);
            var selected = java.util.stream.IntStream.range(0, 2).mapToObj(i -> TenantContext.callAs(t.id(),
                    () -> dossiers.submit(dossiers.createDraft(procedure, citizen), citizen))).toList();

            signIn(visit, t, agentEmail);
            visit.open(t.host(), "/agent/dossiers");
            selected.forEach(d -> visit.page().locator("#lot-" + d.id()).check());
            visit.page().locator("#lot-action").selectOption("refuser");
            visit.press("Appliquer aux dossiers cochés");
            visit.expectText("Aucun dossier n’a été modifié").expectText("Écrivez la motivation du refus");

            selected.forEach(d -> visit.page().locator("#lot-" + d.id()).check());
            visit.page().locator("#lot-action").selectOption("refuser");
            visit.fill("Motivation", "Toutes les places de l’année sont attribuées.");
            visit.press("Appliquer aux dossiers cochés");
            visit.expectText("Dossiers refusés : 2.");
            selected.forEach(d -> assertThat(TenantContext.callAs(t.id(), () -> dossiers.find(d.id())).orElseThrow().state())
                    .isEqualTo(org.guichet.dossier.DossierState.REFUSE));
        });
    }

    private static void signIn(Visit visit, TestTenant t, String email) {
        visit.open(t.host(), "/connexion");
        visit.fill("Adresse électronique", email).fill("Mot de passe", TestTenants.PASSWORD).press("Se connecter");
    }

    private void awaitLetter(TestTenant t, UUID dossier) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (TenantContext.callAs(t.id(), () -> decisions.standing(dossier)).filter(d -> d.documentId() != null).isPresent()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("No decision letter after 20 s");
    }
}
