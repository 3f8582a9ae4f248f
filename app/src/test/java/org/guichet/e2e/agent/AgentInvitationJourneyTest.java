package org.guichet.e2e.agent;

import com.microsoft.playwright.Page;
import org.guichet.identity.AgentRole;
import org.guichet.support.JourneyTest;
import org.guichet.support.Mailbox;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.junit.jupiter.api.Test;

/** A tenant administrator invites an instructor, who creates an account from the emailed link and reaches the back office. */
class AgentInvitationJourneyTest extends JourneyTest {

    @Test
    void administratorInvitesAnInstructorWhoJoinsTheBackOffice() {
        TestTenant tenant = tenants.create();
        tenants.account(tenant, "admin@example.org", AgentRole.ADMINISTRATEUR);
        String tenantName = "Commune " + tenant.slug();

        inBothModes(visit -> {
            String invitee = "instructeur-" + visit.mode() + "@example.org";
            visit.open(tenant.host(), "/connexion");
            visit.fill("Adresse électronique", "admin@example.org").fill("Mot de passe", TestTenants.PASSWORD)
                    .press("Se connecter");
            visit.follow("Espace agent").expectHeading("Espace agent");
            visit.follow("Agents").expectHeading("Agents");
            visit.press("Inviter un agent").expectHeading("Inviter un agent");

            visit.press("Envoyer l’invitation").expectHeading("Inviter un agent")
                    .expectText("Saisissez l’adresse électronique de la personne à inviter.")
                    .expectText("Cochez au moins un rôle.");
            visit.fill("Adresse électronique", invitee);
            visit.page().getByLabel("Instructeur", new Page.GetByLabelOptions().setExact(true)).check();
            visit.press("Envoyer l’invitation").expectHeading("Agents")
                    .expectText("L’invitation est envoyée à " + invitee);
            String link = Mailbox.awaitLink(invitee, "/invitation/");
            visit.press("Se déconnecter");

            visit.openUrl(link);
            visit.expectHeading("Rejoindre l’espace agent de " + tenantName);
            visit.fill("Prénom", "Lina").fill("Nom", "Roux").fill("Choisissez un mot de passe", "court")
                    .press("Créer mon compte").expectText("Le mot de passe doit faire au moins 12 caractères");
            visit.fill("Choisissez un mot de passe", "un long mot de passe " + visit.mode())
                    .press("Créer mon compte").expectHeading("Votre compte est prêt");
            visit.press("Accéder à l’espace agent").expectHeading("Se connecter");
            visit.fill("Adresse électronique", invitee).fill("Mot de passe", "un long mot de passe " + visit.mode())
                    .press("Se connecter");
            visit.expectHeading("Espace agent").expectText("Instructeur");

            visit.openUrl(link);
            visit.expectHeading("Cette invitation a déjà été utilisée");
        });
    }
}
