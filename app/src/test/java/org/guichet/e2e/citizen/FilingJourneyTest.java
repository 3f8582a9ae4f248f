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
    void citizenBooksARoomWithAnInsuranceCertificateAttached() throws Exception {
        java.nio.file.Path certificate = java.nio.file.Files.createTempFile("attestation-assurance", ".pdf");
        java.nio.file.Files.writeString(certificate, "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(30);

        inBothModes(visit -> {
            visit.open(HOST, "/connexion");
            visit.fill("Adresse électronique", CITIZEN).fill("Mot de passe", "demo-guichet-2026").press("Se connecter");
            visit.open(HOST, "/demarches/reservation-salle");
            visit.press("Commencer la démarche").press("Commencer la démarche").expectHeading("Le demandeur");

            Page page = visit.page();
            page.getByLabel("Particulier").check();
            visit.fill("Nom et prénom du responsable", "Camille Dupont").fill("Téléphone", "06 12 34 56 78");
            assertThat(page.locator("#courriel").inputValue()).isEqualTo(CITIZEN);
            visit.press("Enregistrer et continuer").expectHeading("L’événement");

            page.getByLabel("Fête familiale").check();
            for (String field : new String[] {"date_debut", "date_fin"}) {
                page.locator("#" + field + "\\.day").fill(String.valueOf(day.getDayOfMonth()));
                page.locator("#" + field + "\\.month").fill(String.valueOf(day.getMonthValue()));
                page.locator("#" + field + "\\.year").fill(String.valueOf(day.getYear()));
            }
            page.locator("#date_debut\\.time").fill("14:00");
            page.locator("#date_fin\\.time").fill("23:00");
            visit.fill("Nombre de participants attendus", "60");
            page.getByLabel("Tables et chaises").check();
            page.getByLabel("J’ai lu le règlement d’utilisation des salles et je m’engage à le respecter").check();
            visit.press("Enregistrer et continuer").expectHeading("L’événement");
            assertThat(page.locator(".govuk-error-summary").innerText()).contains("Attestation d’assurance");

            page.locator("#assurance").setInputFiles(certificate);
            visit.press("Enregistrer et continuer").expectHeading("Vérifiez vos réponses avant d’envoyer votre dossier");
            visit.expectText(certificate.getFileName().toString()).expectText("Fête familiale");
            visit.press("Envoyer le dossier");
            assertThat(page.locator("h1").innerText()).isEqualTo("Dossier envoyé");
            assertThat(downloadAcknowledgement(page)).startsWith("%PDF");
        });
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
