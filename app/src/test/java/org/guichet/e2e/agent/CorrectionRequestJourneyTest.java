package org.guichet.e2e.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.guichet.dossier.Actor;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierState;
import org.guichet.identity.AgentRole;
import org.guichet.procedure.Category;
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
 * An agent asks for missing documents (DOMAIN.md rule 4), the usager sees what is missing and says
 * it is done; the administrator sets how the clock resumes and finds all of it in the audit journal.
 */
class CorrectionRequestJourneyTest extends JourneyTest {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    ProcedureManagement procedures;

    @Test
    void anAgentAsksForAMissingDocumentAndTheUsagerCompletesTheDossier() {
        TestTenant t = tenants.create();
        AccountId agent = tenants.account(t, "agent@example.org", AgentRole.ADMINISTRATEUR);
        UUID procedure = demarches.draft(t, "terrasse", "Permis de terrasse", Category.ECONOMIE, SilenceRule.SVR,
                TestProcedures.completeData());
        TenantContext.runAs(t.id(), () -> procedures.publish(procedure, "test"));
        LocalDate due = LocalDate.now().plusDays(20);

        inBothModes(visit -> {
            String email = "camille-" + visit.mode() + "@example.org";
            AccountId citizen = tenants.account(t, email);
            Dossier filed = TenantContext.callAs(t.id(), () -> {
                Dossier d = dossiers.submit(dossiers.createDraft(procedure, citizen), citizen);
                return dossiers.transition(d.id(), DossierState.EN_INSTRUCTION, Actor.agent(agent), d.version(), null);
            });

            signIn(visit, t, "agent@example.org");
            visit.open(t.host(), "/agent/dossiers/" + filed.id() + "/correction");
            visit.expectHeading("Demander une correction");
            visit.press("Envoyer la demande");
            visit.expectText("Écrivez le message à l’usager").expectText("Saisissez une date réelle");
            visit.fill("Message à l’usager", "Le justificatif envoyé est illisible.")
                    .fill("Ce qui manque", "Justificatif de domicile\nAttestation d’assurance")
                    .fill("Jour", String.valueOf(due.getDayOfMonth())).fill("Mois", String.valueOf(due.getMonthValue()))
                    .fill("Année", String.valueOf(due.getYear()));
            visit.page().waitForNavigation(() -> visit.page().getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Envoyer la demande")).click());
            assertThat(TenantContext.callAs(t.id(), () -> dossiers.find(filed.id())).orElseThrow().state())
                    .isEqualTo(DossierState.EN_CONSTRUCTION);

            visit.open(t.host(), "/agent/administration/demarches/" + procedure + "/delais");
            visit.expectHeading("Délai après une demande de correction");
            visit.page().getByLabel("reprend où il s’était arrêté").check();
            visit.press("Enregistrer");
            visit.expectText("Le réglage du délai est enregistré.");

            visit.open(t.host(), "/agent/administration/journal");
            visit.expectHeading("Journal d’audit").expectText("Correction demandée").expectText("Dossier consulté");
            visit.fill("Objet", filed.reference()).press("Filtrer");
            visit.expectText("Correction demandée");
            visit.press("Se déconnecter");

            signIn(visit, t, email);
            visit.open(t.host(), "/mes-demarches/" + filed.id());
            visit.expectText("Votre dossier doit être complété").expectText("Attestation d’assurance");
            visit.press("J’ai complété mon dossier");
            visit.expectText("le service sait que votre dossier est complet");
            visit.press("Se déconnecter");
        });
    }

    private static void signIn(Visit visit, TestTenant t, String email) {
        visit.open(t.host(), "/connexion");
        visit.fill("Adresse électronique", email).fill("Mot de passe", TestTenants.PASSWORD).press("Se connecter");
    }
}
