package org.guichet.e2e.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.guichet.dossier.Actor;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierState;
import org.guichet.identity.AgentRole;
import org.guichet.shared.AccountId;
import org.guichet.support.JourneyTest;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A citizen follows their dossiers in "Mes démarches" and reads each timeline in plain words. */
class MyDossiersJourneyTest extends JourneyTest {

    @Autowired
    DossierManagement dossiers;


    /**
     * The JavaScript enhancement only (without JavaScript a reload shows the change, which the other
     * journey covers): an agent's decision appears on the open page by itself.
     */
    @Test
    void aDecisionAppearsWithoutReloadingWhereJavaScriptRuns() {
        TestTenant t = tenants.create();
        AccountId citizen = tenants.account(t, "camille@example.org");
        AccountId agent = tenants.account(t, "agent@example.org", AgentRole.INSTRUCTEUR);
        UUID procedure = demarches.published(t, "creche", "Inscription en crèche");
        Dossier mine = TenantContext.callAs(t.id(), () -> dossiers.submit(dossiers.createDraft(procedure, citizen), citizen));

        inJavaScriptOnly(visit -> {
            visit.open(t.host(), "/connexion");
            visit.fill("Adresse électronique", "camille@example.org").fill("Mot de passe", TestTenants.PASSWORD)
                    .press("Se connecter");
            visit.open(t.host(), "/mes-demarches/" + mine.id());
            visit.expectText("Déposé");

            TenantContext.runAs(t.id(), () -> dossiers.transition(mine.id(), DossierState.ACCEPTE, Actor.agent(agent),
                    mine.version(), null));

            visit.page().getByText("Votre demande est acceptée.").waitFor(
                    new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(25_000));
            visit.checkAccessibility();
        });
    }

    @Test
    void citizenFollowsADossierAndCannotOpenSomeoneElses() {
        TestTenant t = tenants.create();
        AccountId citizen = tenants.account(t, "camille@example.org");
        AccountId neighbour = tenants.account(t, "voisin@example.org");
        AccountId agent = tenants.account(t, "agent@example.org", AgentRole.INSTRUCTEUR);
        UUID procedure = demarches.published(t, "creche", "Inscription en crèche");
        Dossier mine = TenantContext.callAs(t.id(), () -> {
            Dossier d = dossiers.submit(dossiers.createDraft(procedure, citizen), citizen);
            return dossiers.transition(d.id(), DossierState.EN_INSTRUCTION, Actor.agent(agent), d.version(), null);
        });
        UUID theirs = TenantContext.callAs(t.id(), () -> dossiers.createDraft(procedure, neighbour));

        inBothModes(visit -> {
            visit.open(t.host(), "/connexion");
            visit.fill("Adresse électronique", "camille@example.org").fill("Mot de passe", TestTenants.PASSWORD)
                    .press("Se connecter");
            visit.open(t.host(), "/mes-demarches");
            visit.expectHeading("Mes démarches").expectText(mine.reference()).expectText("En cours d’instruction");
            visit.follow("Inscription en crèche").expectHeading("Inscription en crèche");
            visit.expectText("Dossier n° " + mine.reference())
                    .expectText("Vous avez déposé votre dossier.")
                    .expectText("Le service a commencé l’examen de votre dossier.");

            assertThat(visit.open(t.host(), "/mes-demarches/" + theirs).status()).isEqualTo(404);
            visit.expectHeading("Page introuvable");
            assertThat(visit.open(t.host(), "/mes-demarches/pas-un-identifiant").status()).isEqualTo(404);
        });
    }
}
