package org.guichet.e2e.citizen;

import java.util.UUID;
import org.guichet.support.JourneyTest;
import org.guichet.support.Mailbox;
import org.guichet.support.TestTenants;
import org.junit.jupiter.api.Test;

/** A citizen looks after their own account: sign-up, confirmation, sign-in, password change and reset. */
class AccountJourneyTest extends JourneyTest {

    private static final String FIRST_PASSWORD = "une maison bleue adossée à la colline";
    private static final String SECOND_PASSWORD = "on y vient à pied on ne frappe pas";

    @Test
    void citizenSignsUpConfirmsTheAddressSignsInChangesThePasswordAndSignsInWithIt() {
        TestTenants.TestTenant tenant = tenants.create();
        inBothModes(visit -> {
            String email = "camille-" + visit.mode() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
            visit.open(tenant.host(), "/");
            visit.follow("Créer un compte").expectHeading("Créer un compte");
            visit.press("Créer mon compte").expectHeading("Créer un compte").expectText("Saisissez votre prénom.");
            visit.fill("Prénom", "Camille").fill("Nom", "Martin").fill("Adresse électronique", email)
                    .fill("Mot de passe", FIRST_PASSWORD).fill("Confirmez le mot de passe", FIRST_PASSWORD)
                    .press("Créer mon compte").expectHeading("Consultez vos courriels").expectText(email);

            visit.openUrl(Mailbox.linkIn(Mailbox.await(email, "Confirmez votre adresse"), "/verification/"));
            visit.expectHeading("Votre adresse est confirmée");
            visit.follow("Se connecter").expectHeading("Se connecter");
            signIn(visit, email, FIRST_PASSWORD);

            visit.follow("Mon compte").expectHeading("Mon compte").expectText(email);
            visit.follow("Changer de mot de passe").expectHeading("Changer de mot de passe");
            visit.fill("Mot de passe actuel", FIRST_PASSWORD).fill("Nouveau mot de passe", SECOND_PASSWORD)
                    .fill("Confirmez le nouveau mot de passe", SECOND_PASSWORD)
                    .press("Changer le mot de passe").expectHeading("Mon compte")
                    .expectText("Votre mot de passe a été changé");
            visit.follow("Vos sessions ouvertes").expectHeading("Vos sessions ouvertes").expectText("Cette session");

            visit.press("Se déconnecter");
            visit.follow("Se connecter").expectHeading("Se connecter");
            signIn(visit, email, SECOND_PASSWORD);
            visit.follow("Mon compte").expectHeading("Mon compte");
        });
    }

    @Test
    void citizenResetsAForgottenPasswordFromTheSignInPage() {
        TestTenants.TestTenant tenant = tenants.create();
        inBothModes(visit -> {
            String email = "dominique-" + visit.mode() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
            tenants.account(tenant, email);
            visit.open(tenant.host(), "/connexion");
            visit.follow("Mot de passe oublié ?").expectHeading("Mot de passe oublié");
            visit.fill("Adresse électronique", email).press("Recevoir un lien").expectHeading("Consultez vos courriels");

            visit.openUrl(Mailbox.linkIn(Mailbox.await(email, "Choisir un nouveau mot de passe"), "/reinitialisation/"));
            visit.expectHeading("Choisir un nouveau mot de passe");
            visit.fill("Nouveau mot de passe", SECOND_PASSWORD).fill("Confirmez le nouveau mot de passe", "autre chose")
                    .press("Enregistrer le mot de passe").expectText("Les deux mots de passe sont différents");
            visit.fill("Nouveau mot de passe", SECOND_PASSWORD).fill("Confirmez le nouveau mot de passe", SECOND_PASSWORD)
                    .press("Enregistrer le mot de passe").expectHeading("Votre mot de passe a été changé");

            visit.follow("Se connecter").expectHeading("Se connecter");
            signIn(visit, email, SECOND_PASSWORD);
            visit.follow("Mon compte").expectHeading("Mon compte").expectText(email);
        });
    }

    private static void signIn(org.guichet.support.Visit visit, String email, String password) {
        visit.fill("Adresse électronique", email).fill("Mot de passe", password).press("Se connecter");
    }
}
