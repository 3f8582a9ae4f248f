package org.guichet.e2e.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.identity.AgentRole;
import org.guichet.procedure.Category;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.procedure.SilenceRule;
import org.guichet.shared.AccountId;
import org.guichet.support.JourneyTest;
import org.guichet.support.TestProcedures;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.support.Visit;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The instruction loop end to end: an agent starts instruction on a new dossier found in the inbox and
 * asks for a missing document; the usager adds it and says the dossier is complete; the agent accepts;
 * the usager opens and downloads the decision.
 */
class InstructionJourneyTest extends JourneyTest {

    private static final String FORM = """
            {"schemaVersion": 1, "pages": [{"id": "vous", "title": "Vous", "fields": [
              {"id": "nom", "type": "short_text", "label": "Nom", "required": true},
              {"id": "assurance", "type": "attachment", "label": "Attestation d’assurance", "allowedTypes": ["application/pdf"]}]}]}""";

    @Autowired
    DossierManagement dossiers;

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    ProcedureForms forms;

    @Test
    void aMissingDocumentIsAskedForAddedThenTheDossierIsAcceptedAndTheDecisionDownloaded() throws Exception {
        TestTenant t = tenants.create();
        UUID procedure = demarches.draft(t, "terrasse", "Permis de terrasse", Category.ECONOMIE, SilenceRule.SVR,
                TestProcedures.completeData());
        TenantContext.runAs(t.id(), () -> {
            forms.saveDraft(procedure, TestProcedures.form(FORM));
            procedures.publish(procedure, "test");
        });
        Path insurance = Files.createTempFile("attestation-assurance", ".pdf");
        Files.writeString(insurance, "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        LocalDate due = LocalDate.now().plusDays(15);

        inBothModes(visit -> {
            String citizenEmail = "cafe-" + visit.mode() + "@example.org";
            String agentEmail = "voirie-" + visit.mode() + "@example.org";
            AccountId citizen = tenants.account(t, citizenEmail);
            tenants.account(t, agentEmail, AgentRole.INSTRUCTEUR);
            Dossier d = TenantContext.callAs(t.id(), () -> {
                UUID id = dossiers.createDraft(procedure, citizen);
                dossiers.saveAnswers(id, citizen, "{\"values\": {\"nom\": [\"Café de la Place\"]}}", 0);
                return dossiers.submit(id, citizen);
            });

            // The agent finds the new dossier in the inbox, starts instruction and asks for the missing document.
            signIn(visit, t, agentEmail);
            visit.open(t.host(), "/agent/dossiers?onglet=nouveaux");
            visit.follow(d.reference()).expectText("Dossier n° " + d.reference());
            visit.press("Passer en instruction").expectText("Le dossier est en instruction.");
            visit.press("Demander une correction").expectHeading("Demander une correction");
            visit.fill("Message à l’usager", "Il manque l’attestation d’assurance de la terrasse.")
                    .fill("Ce qui manque", "Attestation d’assurance")
                    .fill("Jour", String.valueOf(due.getDayOfMonth())).fill("Mois", String.valueOf(due.getMonthValue()))
                    .fill("Année", String.valueOf(due.getYear()));
            visit.press("Envoyer la demande");
            visit.press("Se déconnecter");

            // The usager adds it and says the dossier is complete.
            signIn(visit, t, citizenEmail);
            visit.open(t.host(), "/mes-demarches/" + d.id());
            visit.expectText("Votre dossier doit être complété").expectText("Attestation d’assurance");
            visit.press("Modifier mes réponses").follow("Modifier Vous").expectHeading("Vous");
            visit.page().locator("#assurance").setInputFiles(insurance);
            visit.press("Enregistrer et continuer").expectText(insurance.getFileName().toString())
                    .expectText("Vos modifications sont enregistrées");
            visit.press("Retour à mon dossier");
            visit.press("J’ai complété mon dossier").expectText("le service sait que votre dossier est complet");
            visit.press("Se déconnecter");

            // The agent sees the document, resumes instruction and accepts.
            signIn(visit, t, agentEmail);
            visit.open(t.host(), "/agent/dossiers/" + d.id());
            visit.expectText(insurance.getFileName().toString());
            visit.press("Passer en instruction").expectText("Le dossier est en instruction.");
            visit.page().getByLabel("Accepter", new Page.GetByLabelOptions().setExact(true)).check();
            visit.fill("Motivation", "L’emprise de la terrasse est conforme au règlement de voirie.");
            visit.press("Enregistrer la décision").expectText("Le dossier est accepté.");
            visit.press("Se déconnecter");

            // The usager opens and downloads the decision (its letter is generated just after the decision).
            signIn(visit, t, citizenEmail);
            String pdf = downloadDecision(visit, t.host(), d.id());
            assertThat(pdf).startsWith("%PDF");
        });
    }

    private static String downloadDecision(Visit visit, String host, UUID dossier) {
        for (int attempt = 0; attempt < 80; attempt++) {
            visit.open(host, "/mes-demarches/" + dossier);
            var link = visit.page().getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Télécharger le courrier de décision (PDF)"));
            if (link.count() > 0) {
                var download = visit.page().waitForDownload(link::click);
                try {
                    return new String(Files.readAllBytes(download.path()), StandardCharsets.ISO_8859_1);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            visit.page().waitForTimeout(250);
        }
        throw new AssertionError("The decision letter never appeared on the usager's page");
    }

    private static void signIn(Visit visit, TestTenant t, String email) {
        visit.open(t.host(), "/connexion");
        visit.fill("Adresse électronique", email).fill("Mot de passe", TestTenants.PASSWORD).press("Se connecter");
    }
}
