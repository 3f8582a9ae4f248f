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

    /** Signs the demo citizen in, opens the démarche's page and starts a new dossier on it. */
    private static org.guichet.support.Visit start(org.guichet.support.Visit visit, String slug) {
        visit.open(HOST, "/connexion");
        visit.fill("Adresse électronique", CITIZEN).fill("Mot de passe", "demo-guichet-2026").press("Se connecter");
        visit.open(HOST, "/demarches/" + slug);
        return visit.press("Commencer la démarche").press("Commencer la démarche");
    }

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
            start(visit, "reservation-salle").expectHeading("Le demandeur");

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
    void citizenAsksForABirthCertificateSentToTheirAddress() {
        inBothModes(visit -> {
            start(visit, "acte-de-naissance").expectHeading("L’acte demandé");

            Page page = visit.page();
            page.getByLabel("Copie intégrale (avec toutes les mentions)").check();
            page.getByLabel("La personne concernée").check();
            visit.press("Enregistrer et continuer").expectHeading("La personne concernée");

            visit.fill("Nom de naissance", "Dupont").fill("Prénoms", "Camille Marie");
            visit.fill("Jour", "30").fill("Mois", "2").fill("Année", "1990");
            visit.press("Enregistrer et continuer").expectHeading("La personne concernée");
            assertThat(page.locator(".govuk-error-summary").innerText()).contains("Date de naissance");
            visit.fill("Jour", "28");
            visit.press("Enregistrer et continuer").expectHeading("Envoi du document");

            visit.fill("Nom et prénom du destinataire", "Camille Dupont")
                    .fill("Numéro et voie", "12 cours de l’Intendance").fill("Code postal", "33000").fill("Commune", "Bordeaux");
            visit.press("Enregistrer et continuer").expectHeading("Vérifiez vos réponses avant d’envoyer votre dossier");
            visit.expectText("Copie intégrale").expectText("28/02/1990").expectText("33000 Bordeaux");
            visit.press("Envoyer le dossier");
            assertThat(page.locator("h1").innerText()).isEqualTo("Dossier envoyé");
            assertThat(downloadAcknowledgement(page)).startsWith("%PDF");
        });
    }

    @Test
    void cafeOwnerAsksForATerracePermit() {
        java.time.LocalDate start = java.time.LocalDate.now().plusDays(10);
        inBothModes(visit -> {
            start(visit, "permis-de-terrasse").expectHeading("Votre établissement");

            visit.fill("Numéro SIRET de l’établissement", "412 000 127 00017");
            visit.fill("Enseigne", "Café de la Place").fill("Commune de la terrasse", "Bordeaux");
            visit.press("Enregistrer et continuer").expectHeading("Votre établissement");
            assertThat(visit.page().locator(".govuk-error-summary").innerText()).contains("SIRET");
            visit.fill("Numéro SIRET de l’établissement", "412 000 127 00016");
            visit.press("Enregistrer et continuer").expectHeading("La terrasse");

            Page page = visit.page();
            visit.fill("Nombre de tables", "4").fill("Surface occupée (en m²)", "12,5");
            visit.fill("Jour", String.valueOf(start.getDayOfMonth())).fill("Mois", String.valueOf(start.getMonthValue()))
                    .fill("Année", String.valueOf(start.getYear()));
            page.locator("#debut\\.time").fill("09:00");
            page.getByLabel("Électrique").check();
            visit.press("Enregistrer et continuer").expectHeading("Vérifiez vos réponses avant d’envoyer votre dossier");
            visit.expectText("41200012700016").expectText("Café de la Place").expectText("Électrique");
            visit.press("Envoyer le dossier");
            assertThat(page.locator("h1").innerText()).isEqualTo("Dossier envoyé");
            assertThat(downloadAcknowledgement(page)).startsWith("%PDF");
        });
    }

    @Test
    void parentRegistersAChildForANursery() {
        java.time.LocalDate birth = java.time.LocalDate.now().minusMonths(5);
        java.time.LocalDate entry = java.time.LocalDate.now().plusMonths(2);
        inBothModes(visit -> {
            start(visit, "inscription-creche").expectHeading("Vous");

            Page page = visit.page();
            assertThat(page.locator("#nom").inputValue()).isEqualTo("Dupont");
            page.getByLabel("Madame").check();
            visit.fill("Jour", "14").fill("Mois", "7").fill("Année", "1990");
            visit.fill("Numéro et voie", "3 rue des Écoles").fill("Code postal", "33000").fill("Commune", "Bordeaux");
            page.getByLabel("Oui", new Page.GetByLabelOptions().setExact(true)).check();
            visit.fill("Numéro d’allocataire", "1234567");
            visit.press("Enregistrer et continuer").expectHeading("Vos enfants");

            page.locator("[name='liste_enfants[0].prenom_enfant']").fill("Léa");
            page.locator("[name='liste_enfants[0].naissance_enfant.day']").fill(String.valueOf(birth.getDayOfMonth()));
            page.locator("[name='liste_enfants[0].naissance_enfant.month']").fill(String.valueOf(birth.getMonthValue()));
            page.locator("[name='liste_enfants[0].naissance_enfant.year']").fill(String.valueOf(birth.getYear()));
            page.getByLabel("Occasionnel").check();
            page.locator("[name='date_entree.day']").fill(String.valueOf(entry.getDayOfMonth()));
            page.locator("[name='date_entree.month']").fill(String.valueOf(entry.getMonthValue()));
            page.locator("[name='date_entree.year']").fill(String.valueOf(entry.getYear()));
            visit.press("Enregistrer et continuer").expectHeading("Vérifiez vos réponses avant d’envoyer votre dossier");
            visit.expectText("Léa").expectText("1234567").expectText("Occasionnel");
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
