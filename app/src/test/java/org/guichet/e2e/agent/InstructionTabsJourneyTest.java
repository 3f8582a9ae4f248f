package org.guichet.e2e.agent;

import java.util.UUID;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.identity.AgentRole;
import org.guichet.shared.AccountId;
import org.guichet.support.JourneyTest;
import org.guichet.support.Mailbox;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.support.Visit;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator defines a private annotation, fills it on a dossier, and asks an expert for a
 * confidential opinion; the expert answers through the emailed link, which then no longer works.
 */
class InstructionTabsJourneyTest extends JourneyTest {

    @Autowired
    DossierManagement dossiers;

    @Test
    void annotationsAndAnExpertsOpinion() {
        TestTenant t = tenants.create();
        AccountId citizen = tenants.account(t, "camille@example.org");
        tenants.account(t, "admin@example.org", AgentRole.ADMINISTRATEUR);
        UUID procedure = demarches.published(t, "creche", "Inscription en crèche");
        Dossier dossier = TenantContext.callAs(t.id(), () -> dossiers.submit(dossiers.createDraft(procedure, citizen), citizen));

        inBothModes(visit -> {
            String mode = visit.mode();
            visit.open(t.host(), "/connexion");
            visit.fill("Adresse électronique", "admin@example.org").fill("Mot de passe", TestTenants.PASSWORD).press("Se connecter");

            visit.open(t.host(), "/agent/administration/demarches/" + procedure + "/annotations");
            visit.expectHeading("Annotations privées");
            visit.press("Ajouter un champ").expectText("Écrivez le libellé du champ");
            visit.fill("Libellé du champ", "Priorité " + mode);
            visit.page().getByLabel("Choix parmi une liste", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).check();
            visit.fill("Réponses possibles (choix parmi une liste)", "Haute " + mode + "\nBasse " + mode);
            visit.press("Ajouter un champ").expectText("Le champ « Priorité " + mode + " » a été ajouté.");

            visit.open(t.host(), "/agent/dossiers/" + dossier.id() + "/annotations");
            visit.page().getByLabel("Haute " + mode, new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).check();
            visit.press("Enregistrer").expectText("Les annotations ont été enregistrées.").expectText("Modifié par");

            String expert = "expert-" + mode + "@example.org";
            visit.open(t.host(), "/agent/dossiers/" + dossier.id() + "/avis");
            visit.fill("Adresse électronique de l’expert", expert)
                    .fill("Question posée", "Une place est-elle possible en septembre ?");
            visit.page().getByLabel("Avis confidentiel").check();
            visit.press("Envoyer la demande").expectText("La demande d’avis a été envoyée à " + expert);
            visit.press("Se déconnecter");

            String link = Mailbox.awaitLink(expert, "/avis/");
            visit.openUrl(link);
            visit.expectHeading("Avis sur le dossier n° " + dossier.reference())
                    .expectText("Une place est-elle possible en septembre ?");
            expertAnswers(visit);
            visit.openUrl(link);
            visit.expectHeading("Ce lien n’est plus valable");
        });
    }

    private static void expertAnswers(Visit visit) {
        visit.press("Envoyer mon avis").expectText("Écrivez votre avis");
        visit.fill("Votre avis", "Oui, une place se libère.").press("Envoyer mon avis").expectHeading("Votre avis a été transmis");
    }
}
