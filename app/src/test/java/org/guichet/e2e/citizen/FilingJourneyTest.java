package org.guichet.e2e.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.guichet.support.JourneyTest;
import org.guichet.support.Mailbox;
import org.junit.jupiter.api.Test;

/** A citizen files a demo démarche from its page to the accusé d'enregistrement. */
class FilingJourneyTest extends JourneyTest {

    private static final String HOST = "saint-exemple.localhost";
    private static final String CITIZEN = "camille.dupont@example.org";

    @Test
    void citizenFilesAStreetReportAndGetsItsReference() {
        inBothModes(visit -> {
            visit.open(HOST, "/connexion");
            visit.fill("Adresse électronique", CITIZEN).fill("Mot de passe", "demo-guichet-2026").press("Se connecter");

            visit.open(HOST, "/demarches/signalement-voirie");
            visit.press("Commencer la démarche").expectHeading("Signalement voirie");
            visit.press("Commencer la démarche").expectHeading("Ce que vous signalez");

            visit.press("Enregistrer et continuer").expectHeading("Ce que vous signalez");
            assertThat(visit.page().locator(".govuk-error-summary").innerText()).contains("Type de problème");

            visit.page().getByLabel("Éclairage public en panne").check();
            visit.fill("Où se trouve le problème ?", "Rue des Lilas, devant l’école (" + visit.mode() + ")");
            visit.fill("Description", "Le lampadaire ne s’allume plus depuis trois jours.");
            visit.page().getByLabel("Non", new Page.GetByLabelOptions().setExact(true)).check();
            visit.press("Enregistrer et continuer").expectHeading("Vous tenir informé");

            visit.page().getByLabel("Non", new Page.GetByLabelOptions().setExact(true)).check();
            visit.press("Enregistrer et continuer").expectHeading("Vérifiez vos réponses avant d’envoyer votre dossier");
            visit.expectText("Éclairage public en panne").expectText("Rue des Lilas, devant l’école (" + visit.mode() + ")");

            visit.press("Envoyer le dossier");
            assertThat(visit.page().locator("h1").innerText()).isEqualTo("Dossier envoyé");
            String reference = visit.page().locator(".govuk-panel__body strong").innerText().strip();
            assertThat(reference).matches("\\d{4}-\\d{6}");
            visit.expectText("a été enregistrée le");

            assertThat(Mailbox.await(CITIZEN, "Dossier n° " + reference + " enregistré")).isNotNull();
            visit.follow("Suivre mon dossier").expectText("Dossier n° " + reference).expectText("Déposé");
        });
    }
}
