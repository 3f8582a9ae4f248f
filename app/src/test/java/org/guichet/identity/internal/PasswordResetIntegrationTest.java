package org.guichet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.guichet.support.Mailbox;
import org.guichet.support.TestTenants;
import org.junit.jupiter.api.Test;

/** "Forgotten password": same answer for every address, a one-hour single-use link, every session ended. */
class PasswordResetIntegrationTest extends IdentityTestSupport {

    private static final String SENT = "/mot-de-passe-oublie?envoye=1";
    private static final String SUBJECT = "Choisir un nouveau mot de passe";

    @Test
    void answersTheSameForAnUnknownAddressAndMailsOnlyAnExistingAccount() throws Exception {
        String unknown = uniqueEmail("nobody");
        String known = uniqueEmail("somebody");
        tenants.account(portal, known);

        PortalClient stranger = browser();
        stranger.post("/mot-de-passe-oublie", "email", unknown).andExpect(redirectedUrl(SENT));
        stranger.get(SENT).andExpect(content().string(containsString("Si un compte existe avec l’adresse " + unknown)));
        PortalClient owner = browser();
        owner.post("/mot-de-passe-oublie", "email", known).andExpect(redirectedUrl(SENT));
        owner.get(SENT).andExpect(content().string(containsString("Si un compte existe avec l’adresse " + known)));

        Mailbox.await(known, SUBJECT);
        assertThat(Mailbox.messagesTo(unknown)).isEmpty();
        awaitAudit(portal.id(), "identity.password-reset.requested", accountIdOf(known));
    }

    @Test
    void refusesAMissingOrMalformedAddressWithAMessage() throws Exception {
        browser().post("/mot-de-passe-oublie", "email", "").andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez votre adresse électronique.")));
        browser().post("/mot-de-passe-oublie", "email", "nom@exemple").andExpect(status().isOk())
                .andExpect(content().string(containsString("au bon format")));
        browser().post("/mot-de-passe-oublie", "email", "x".repeat(10 * 1024 * 1024)).andExpect(status().isOk())
                .andExpect(content().string(containsString("au plus 254 caractères")));
    }

    @Test
    void theLinkSetsANewPasswordOnceAndRetiresEveryOtherResetLink() throws Exception {
        String email = uniqueEmail("reset");
        tenants.account(portal, email);
        browser().post("/mot-de-passe-oublie", "email", email);
        browser().post("/mot-de-passe-oublie", "email", email);
        List<MimeMessage> mails = Mailbox.awaitCount(email, SUBJECT, 2);
        String first = pathOf(mails.get(0));
        String second = pathOf(mails.get(1));
        assertThat(first).isNotEqualTo(second);

        PortalClient browser = browser();
        browser.get(first).andExpect(status().isOk()).andExpect(content().string(containsString("Nouveau mot de passe")));
        browser.post(first, "password", "court", "passwordConfirmation", "court")
                .andExpect(status().isOk()).andExpect(content().string(containsString("au moins 12 caractères")));
        browser.post(first, "password", GOOD_PASSWORD, "passwordConfirmation", "autre chose encore")
                .andExpect(content().string(containsString("Les deux mots de passe sont différents")));
        browser.post(first, "password", email, "passwordConfirmation", email)
                .andExpect(content().string(containsString("ne doit pas être votre adresse")));
        browser.post(first, "password", GOOD_PASSWORD, "passwordConfirmation", GOOD_PASSWORD)
                .andExpect(status().isOk()).andExpect(content().string(containsString("Votre mot de passe a été changé")));

        assertThat(browser().signIn(email, GOOD_PASSWORD)).isEqualTo("/");
        assertThat(browser().signIn(email, TestTenants.PASSWORD)).isEqualTo("/connexion?erreur=identifiants");
        browser().get(first).andExpect(status().isGone()).andExpect(content().string(containsString("déjà été utilisé")));
        browser().post(second, "password", "encore un autre mot de passe", "passwordConfirmation",
                "encore un autre mot de passe").andExpect(status().isGone());
        assertThat(browser().signIn(email, GOOD_PASSWORD)).isEqualTo("/");
        Mailbox.await(email, "Votre mot de passe a été changé");
        awaitAudit(portal.id(), "identity.password-reset.completed", accountIdOf(email));
    }

    @Test
    void anExpiredLinkExplainsWhatToDoAndChangesNothing() throws Exception {
        String email = uniqueEmail("late");
        tenants.account(portal, email);
        browser().post("/mot-de-passe-oublie", "email", email);
        String path = pathOf(Mailbox.await(email, SUBJECT));
        expireLinks(email, "RESET_PASSWORD");

        browser().get(path).andExpect(status().isGone())
                .andExpect(content().string(containsString("Ce lien a expiré")))
                .andExpect(content().string(containsString("Demander un nouveau lien")));
        browser().post(path, "password", GOOD_PASSWORD, "passwordConfirmation", GOOD_PASSWORD)
                .andExpect(status().isGone());
        assertThat(browser().signIn(email, TestTenants.PASSWORD)).isEqualTo("/");
    }

    @Test
    void resettingEndsEverySessionOfTheAccount() throws Exception {
        String email = uniqueEmail("sessions");
        tenants.account(portal, email);
        PortalClient laptop = browser();
        PortalClient phone = browser();
        laptop.signIn(email, TestTenants.PASSWORD);
        phone.signIn(email, TestTenants.PASSWORD);
        assertThat(laptop.signedIn()).isTrue();

        browser().post("/mot-de-passe-oublie", "email", email);
        String path = pathOf(Mailbox.await(email, SUBJECT));
        browser().post(path, "password", GOOD_PASSWORD, "passwordConfirmation", GOOD_PASSWORD).andExpect(status().isOk());

        assertThat(laptop.signedIn()).isFalse();
        assertThat(phone.signedIn()).isFalse();
    }

    @Test
    void resettingConfirmsAnAddressNotYetConfirmed() throws Exception {
        String email = uniqueEmail("unconfirmed");
        browser().post("/inscription", "givenName", "Léa", "familyName", "Roux", "email", email,
                "password", GOOD_PASSWORD, "passwordConfirmation", GOOD_PASSWORD);
        String confirmation = SignUpIntegrationTest.pathOf(Mailbox.await(email, "Confirmez votre adresse"));

        browser().post("/mot-de-passe-oublie", "email", email);
        String path = pathOf(Mailbox.await(email, SUBJECT));
        String chosen = "le nouveau mot de passe de Léa";
        browser().post(path, "password", chosen, "passwordConfirmation", chosen).andExpect(status().isOk());

        assertThat(isVerified(email)).isTrue();
        assertThat(browser().signIn(email, chosen)).isEqualTo("/");
        browser().get(confirmation).andExpect(status().isGone());
        assertThat(browser().signIn(email, chosen)).as("the old sign-up password did not come back").isEqualTo("/");
    }

    @Test
    void anotherTenantsOrAForgedLinkIsUnknown() throws Exception {
        String email = uniqueEmail("tenant");
        tenants.account(portal, email);
        browser().post("/mot-de-passe-oublie", "email", email);
        String path = pathOf(Mailbox.await(email, SUBJECT));
        TestTenants.TestTenant other = tenants.create();

        new PortalClient(mvc, other.host()).get(path).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Ce lien n’est pas valide")));
        new PortalClient(mvc, other.host()).post(path, "password", GOOD_PASSWORD, "passwordConfirmation", GOOD_PASSWORD)
                .andExpect(status().isNotFound());
        browser().get("/reinitialisation/" + "B".repeat(43)).andExpect(status().isNotFound());
        browser().postWithoutCsrf(path, "password", GOOD_PASSWORD, "passwordConfirmation", GOOD_PASSWORD)
                .andExpect(status().isForbidden());
        assertThat(browser().signIn(email, TestTenants.PASSWORD)).isEqualTo("/");
    }

    @Test
    void sendsAtMostFiveLinksAnHourToOneAddress() throws Exception {
        String email = uniqueEmail("flood");
        tenants.account(portal, email);
        for (int i = 0; i < 7; i++) {
            browser().post("/mot-de-passe-oublie", "email", email).andExpect(redirectedUrl(SENT));
        }
        int links = asPortal(() -> jdbc.sql("""
                select count(*) from account_token where purpose = 'RESET_PASSWORD'
                and account_id = (select id from account where email = ?)""").param(email).query(Integer.class).single());
        assertThat(links).isEqualTo(PasswordReset.MAX_LINKS_PER_HOUR);
    }

    private static String pathOf(MimeMessage message) {
        String link = Mailbox.linkIn(message, "/reinitialisation/");
        return link.substring(link.indexOf("/reinitialisation/"));
    }
}
