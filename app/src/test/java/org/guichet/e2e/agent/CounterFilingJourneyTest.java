package org.guichet.e2e.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guichet.identity.AgentRole;
import org.guichet.support.JourneyTest;
import org.guichet.support.Mailbox;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * An agent at the counter files a démarche for a person without an account: the person receives the
 * acknowledgements and the tracking code, and follows the dossier with it from their own browser.
 */
class CounterFilingJourneyTest extends JourneyTest {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    @Test
    void anAgentFilesForAPersonWhoThenFollowsTheDossierWithTheCode() {
        TestTenant t = tenants.create();
        demarches.published(t, "creche", "Inscription en crèche");
        tenants.account(t, "accueil@example.org", AgentRole.INSTRUCTEUR);

        inBothModes(visit -> {
            String person = "louise-" + visit.mode() + "@example.org";
            visit.open(t.host(), "/connexion");
            visit.fill("Adresse électronique", "accueil@example.org").fill("Mot de passe", TestTenants.PASSWORD)
                    .press("Se connecter");
            visit.follow("Espace agent").follow("Déposer une démarche pour une personne")
                    .expectHeading("Déposer une démarche pour une personne");
            visit.press("Commencer le dépôt").expectText("Choisissez la démarche à déposer")
                    .expectText("Choisissez comment la demande est arrivée");
            visit.page().locator("#procedure").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("Inscription en crèche"));
            visit.page().getByLabel("Au guichet").check();
            visit.fill("Adresse électronique (facultatif)", person).fill("Prénom", "Louise").fill("Nom", "Bernard");
            visit.press("Commencer le dépôt").expectHeading("Vous");
            String code = code(visit.page().content());
            visit.fill("Nom", "Bernard").press("Enregistrer et continuer");
            visit.press("Envoyer le dossier").expectHeading("Dossier envoyé").expectText(code)
                    .expectText("Remettez ce code de suivi à la personne");
            String reference = visit.page().locator(".govuk-panel__body strong").innerText();

            assertThat(Mailbox.textOf(Mailbox.await(person, "Dossier n° " + reference))).contains("Louise Bernard");
            assertThat(Mailbox.textOf(Mailbox.await(person, "Votre code de suivi"))).contains(code);

            try (var own = visit.context().browser().newContext(new Browser.NewContextOptions()
                    .setJavaScriptEnabled(visit.javaScript()).setLocale("fr-FR"))) {
                Page page = own.newPage();
                page.navigate(urlOf(t.host()) + "/suivi");
                page.getByLabel("Code de suivi").fill(code);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir le dossier")).click();
                assertThat(page.content()).contains(reference).contains("Bernard");
            }
        });
    }

    private static String code(String html) {
        Matcher m = CODE.matcher(html);
        assertThat(m.find()).as("a tracking code on the page").isTrue();
        return m.group();
    }
}
