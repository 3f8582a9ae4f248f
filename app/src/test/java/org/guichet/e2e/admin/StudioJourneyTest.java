package org.guichet.e2e.admin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.guichet.identity.AgentRole;
import org.guichet.support.JourneyTest;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.support.Visit;
import org.guichet.tenancy.ServiceUnitManagement;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator builds a démarche in the studio — two pages, a yes/no question revealing a text
 * field, a repeatable block — declares its personal data and silence rule, publishes it and finds it
 * in the public catalogue; a citizen then files it.
 */
class StudioJourneyTest extends JourneyTest {

    @Autowired
    ServiceUnitManagement services;

    @Test
    void administratorBuildsAndPublishesADemarcheThatCitizensFindInTheCatalogue() {
        TestTenant tenant = tenants.create();
        tenants.account(tenant, "admin@example.org", AgentRole.ADMINISTRATEUR);
        tenants.account(tenant, "citoyen@example.org");
        TenantContext.runAs(tenant.id(), () -> services.create(
                new ServiceUnitManagement.ServiceDetails("Vie économique", "eco@example.org", "", ""), "test"));

        inBothModes(visit -> {
            String title = "Permis de terrasse " + visit.mode();
            visit.open(tenant.host(), "/connexion");
            visit.fill("Adresse électronique", "admin@example.org").fill("Mot de passe", TestTenants.PASSWORD)
                    .press("Se connecter");
            visit.follow("Espace agent").follow("Démarches").expectHeading("Démarches");
            visit.follow("Créer une démarche").expectHeading("Créer une démarche");

            visit.press("Enregistrer").expectText("Le titre doit compter entre 3 et 200 caractères");
            Page page = visit.page();
            visit.fill("Titre de la démarche", title).fill("Résumé", "Occuper le trottoir devant votre commerce");
            page.locator("#serviceId").selectOption(new SelectOption().setLabel("Vie économique"));
            page.locator("#category").selectOption("ECONOMIE");
            page.getByLabel("Silence vaut rejet (SVR)").check();
            visit.fill("Délai avant que le silence vaille décision, en mois", "3")
                    .fill("Base légale du traitement", "Code général de la propriété des personnes publiques")
                    .fill("Finalité", "Instruire les demandes d’occupation du domaine public")
                    .fill("Catégories de données collectées", "Identité, coordonnées, commerce")
                    .fill("Destinataires des données", "Service vie économique")
                    .fill("Durée de conservation après la décision, en mois", "24");
            visit.press("Enregistrer").expectHeading(title);

            visit.follow("Modifier le formulaire").expectHeading("Formulaire");
            visit.fill("Titre de la nouvelle page", "Vous").press("Ajouter la page");
            visit.fill("Titre de la nouvelle page", "Votre terrasse").press("Ajouter la page");
            addField(visit, "vous", "yes_no", "Avez-vous déjà une autorisation ?");
            addField(visit, "vous", "short_text", "Numéro de l’autorisation");
            visit.follow("Condition Numéro de l’autorisation").expectHeading("Quand afficher ce champ");
            page.locator("#rows0\\.field").selectOption("avez_vous_deja_une_autorisation");
            page.locator("#rows0\\.value").fill("oui");
            visit.press("Enregistrer").expectHeading("Formulaire").expectText("Sous condition");

            addField(visit, "votre_terrasse", "repeatable_block", "Éléments de terrasse");
            addField(visit, "votre_terrasse", "short_text", "Type de mobilier", "elements_de_terrasse");
            addField(visit, "votre_terrasse", "integer", "Nombre", "elements_de_terrasse");
            visit.follow("Modifier Éléments de terrasse").expectHeading("Modifier le champ");
            visit.fill("Nombre minimal d’éléments", "1").fill("Nombre maximal d’éléments", "3")
                    .press("Enregistrer").expectHeading("Formulaire").expectText("Le champ est enregistré.");

            visit.follow("Aperçu").expectText("Type de mobilier").expectText("Oui / non").expectText("Ce que voit l’usager");
            visit.follow(title).press("Publier la démarche").expectText("La démarche est publiée.");
            visit.open(tenant.host(), "/demarches");
            visit.follow(title).expectHeading(title).expectText("3 mois");
            visit.press("Se déconnecter");

            // A citizen files it: the condition on the same page, the repeatable block's rows.
            visit.open(tenant.host(), "/connexion");
            visit.fill("Adresse électronique", "citoyen@example.org").fill("Mot de passe", TestTenants.PASSWORD)
                    .press("Se connecter");
            visit.open(tenant.host(), "/demarches");
            visit.follow(title).press("Commencer la démarche").press("Commencer la démarche").expectHeading("Vous");
            Locator number = page.getByLabel("Numéro de l’autorisation (facultatif)");
            org.assertj.core.api.Assertions.assertThat(number.isVisible())
                    .as("with JavaScript the question waits for « Oui »; without, it is always shown").isEqualTo(!visit.javaScript());
            page.getByLabel("Oui", new Page.GetByLabelOptions().setExact(true)).check();
            org.assertj.core.api.Assertions.assertThat(number.isVisible()).isTrue();
            visit.fill("Numéro de l’autorisation (facultatif)", "AOT-2026-" + visit.mode());
            visit.press("Enregistrer et continuer").expectHeading("Votre terrasse");
            page.getByLabel("Type de mobilier (facultatif)").first().fill("Tables");
            page.getByLabel("Nombre (facultatif)").first().fill("4");
            visit.press("Ajouter une ligne").expectHeading("Votre terrasse");
            page.getByLabel("Type de mobilier (facultatif)").nth(1).fill("Chaises");
            page.getByLabel("Nombre (facultatif)").nth(1).fill("12");
            visit.press("Enregistrer et continuer").expectHeading("Vérifiez vos réponses avant d’envoyer votre dossier");
            visit.expectText("AOT-2026-" + visit.mode()).expectText("Tables, 4").expectText("Chaises, 12");
            visit.press("Envoyer le dossier").expectHeading("Dossier envoyé");
            visit.press("Se déconnecter");
        });
    }

    /** Adds a field to a page (or to a block), then saves its settings page as it is. */
    private static void addField(Visit visit, String pageId, String type, String label, String... block) {
        String container = block.length == 0 ? pageId : block[0];
        Page page = visit.page();
        page.locator("#type-" + container).selectOption(type);
        page.locator("#label-" + container).fill(label);
        Locator button = page.locator("form:has(#label-" + container + ") button[type=submit]");
        page.waitForNavigation(button::click);
        visit.checkAccessibility();
        visit.expectHeading("Modifier le champ");
        visit.press("Enregistrer").expectHeading("Formulaire");
    }
}
