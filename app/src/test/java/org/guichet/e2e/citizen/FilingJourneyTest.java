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

    /** The accusé is generated just after submission: retry while the "being prepared" page shows. */
    private static String downloadAcknowledgement(Page page) {
        for (int attempt = 0; attempt < 40; attempt++) {
            var link = page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Télécharger l’accusé de réception (PDF)"));
            if (link.count() == 0) {
                link = page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Réessayer le téléchargement"));
            }
            var target = link.first();
            try {
                var download = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(2_000), target::click);
                return new String(java.nio.file.Files.readAllBytes(download.path()), java.nio.charset.StandardCharsets.ISO_8859_1);
            } catch (com.microsoft.playwright.TimeoutError | java.io.IOException preparing) {
                page.waitForTimeout(250);
            }
        }
        throw new AssertionError("The accusé de réception never downloaded");
    }

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
            assertThat(downloadAcknowledgement(visit.page())).startsWith("%PDF");
            visit.follow("Suivre mon dossier").expectText("Dossier n° " + reference).expectText("Déposé");
        });
    }
}
