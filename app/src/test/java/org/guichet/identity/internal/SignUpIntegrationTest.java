package org.guichet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.util.HexFormat;
import java.util.List;
import org.guichet.support.Mailbox;
import org.guichet.support.TestTenants;
import org.junit.jupiter.api.Test;

/** Sign-up: an unconfirmed account, a single-use link by email, and nothing revealed about existing addresses. */
class SignUpIntegrationTest extends IdentityTestSupport {

    private static final String SENT = "/inscription/courriel-envoye";

    @Test
    void createsAnUnconfirmedAccountAndEmailsALinkWhoseSecretIsNotStored() throws Exception {
        String email = uniqueEmail("new");
        PortalClient browser = browser();

        signUp(browser, email, GOOD_PASSWORD).andExpect(redirectedUrl(SENT));
        browser.get(SENT).andExpect(status().isOk()).andExpect(content().string(containsString(email)));

        assertThat(isVerified(email)).isFalse();
        String link = Mailbox.linkIn(Mailbox.await(email, "Confirmez votre adresse"), "/verification/");
        assertThat(link).startsWith("http://" + portal.host() + "/verification/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        List<String> stored = asPortal(() -> jdbc.sql("select encode(token_hash, 'hex') from account_token where purpose = 'VERIFY_EMAIL' and account_id = (select id from account where email = ?)")
                .param(email).query(String.class).list());
        assertThat(stored).containsExactly(HexFormat.of().formatHex(AccountTokens.hash(token)));
        awaitAudit(portal.id(), "identity.sign-up", accountIdOf(email));
    }

    @Test
    void signingInBeforeConfirmingSaysTheAddressIsNotConfirmed() throws Exception {
        String email = uniqueEmail("early");
        PortalClient browser = browser();
        signUp(browser, email, GOOD_PASSWORD);

        assertThat(browser.signIn(email, GOOD_PASSWORD)).isEqualTo("/connexion?erreur=adresse-non-verifiee");
    }

    @Test
    void theLinkConfirmsOnceThenSignInWorksAndReuseChangesNothing() throws Exception {
        String email = uniqueEmail("verify");
        PortalClient browser = browser();
        signUp(browser, email, GOOD_PASSWORD);
        String path = pathOf(Mailbox.await(email, "Confirmez votre adresse"));

        browser.get(path).andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre adresse est confirmée")));
        assertThat(isVerified(email)).isTrue();
        awaitAudit(portal.id(), "identity.email-verified", accountIdOf(email));
        assertThat(browser.signIn(email, GOOD_PASSWORD)).isEqualTo("/");

        browser().get(path).andExpect(status().isGone())
                .andExpect(content().string(containsString("Ce lien a déjà été utilisé")));
    }

    @Test
    void anExpiredLinkExplainsWhatToDoAndConfirmsNothing() throws Exception {
        String email = uniqueEmail("expired");
        signUp(browser(), email, GOOD_PASSWORD);
        String path = pathOf(Mailbox.await(email, "Confirmez votre adresse"));
        expireLinks(email, "VERIFY_EMAIL");

        browser().get(path).andExpect(status().isGone())
                .andExpect(content().string(containsString("Ce lien a expiré")))
                .andExpect(content().string(containsString("Créez votre compte à nouveau")));
        assertThat(isVerified(email)).isFalse();
    }

    @Test
    void forgedMalformedAndOtherTenantsLinksAreUnknown() throws Exception {
        String email = uniqueEmail("elsewhere");
        signUp(browser(), email, GOOD_PASSWORD);
        String path = pathOf(Mailbox.await(email, "Confirmez votre adresse"));
        TestTenants.TestTenant other = tenants.create();

        new PortalClient(mvc, other.host()).get(path).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Ce lien n’est pas valide")));
        browser().get("/verification/" + "A".repeat(43)).andExpect(status().isNotFound());
        browser().get("/verification/" + "x".repeat(5000)).andExpect(status().isNotFound());
        browser().get("/verification/%00").andExpect(status().is4xxClientError());
        assertThat(isVerified(email)).isFalse();
    }

    @Test
    void anExistingAddressGetsTheSameAnswerAndItsOwnerIsToldByEmail() throws Exception {
        String email = uniqueEmail("taken");
        tenants.account(portal, email);
        PortalClient visitor = browser();

        signUp(visitor, email, GOOD_PASSWORD).andExpect(redirectedUrl(SENT));
        visitor.get(SENT).andExpect(status().isOk()).andExpect(content().string(containsString(email)));

        MimeMessage notice = Mailbox.await(email, "Tentative de création de compte");
        assertThat(Mailbox.textOf(notice)).contains("http://" + portal.host() + "/connexion")
                .contains("http://" + portal.host() + "/mot-de-passe-oublie");
        assertThat(Mailbox.messagesTo(email)).extracting(Mailbox::subjectOf)
                .noneMatch(s -> s.contains("Confirmez votre adresse"));
        assertThat(browser().signIn(email, TestTenants.PASSWORD)).as("the password is unchanged").isEqualTo("/");
        awaitAudit(portal.id(), "identity.sign-up.existing-account", accountIdOf(email));
    }

    @Test
    void repeatedSignUpsWithAnExistingAddressSendItsOwnerOneNoticeAnHour() throws Exception {
        String email = uniqueEmail("flood");
        tenants.account(portal, email);

        for (int i = 0; i < 4; i++) {
            signUp(browser(), email, GOOD_PASSWORD).andExpect(redirectedUrl(SENT));
        }

        Mailbox.await(email, "Tentative de création de compte");
        Thread.sleep(1500);
        assertThat(Mailbox.messagesTo(email)).extracting(Mailbox::subjectOf)
                .filteredOn(s -> s.contains("Tentative de création de compte")).hasSize(1);
    }

    @Test
    void signingUpAgainBeforeConfirmingSendsANewLinkCarryingTheNewPassword() throws Exception {
        String email = uniqueEmail("again");
        String firstPassword = "premier mot de passe choisi";
        signUp(browser(), email, firstPassword);
        Mailbox.await(email, "Confirmez votre adresse");
        signUp(browser(), email, GOOD_PASSWORD).andExpect(redirectedUrl(SENT));

        List<MimeMessage> links = Mailbox.awaitCount(email, "Confirmez votre adresse", 2);
        String second = links.stream().map(SignUpIntegrationTest::pathOf)
                .filter(p -> !p.equals(pathOf(links.getFirst()))).findFirst().orElseThrow();
        browser().get(second).andExpect(status().isOk());

        assertThat(browser().signIn(email, GOOD_PASSWORD)).isEqualTo("/");
        assertThat(browser().signIn(email, firstPassword)).isEqualTo("/connexion?erreur=identifiants");
        browser().get(pathOf(links.getFirst())).andExpect(status().isGone());
    }

    @Test
    void refusesEachBadFieldWithAMessageSayingHowToFixIt() throws Exception {
        PortalClient browser = browser();
        browser.post("/inscription").andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez votre prénom.")))
                .andExpect(content().string(containsString("Saisissez votre nom.")))
                .andExpect(content().string(containsString("Saisissez votre adresse électronique.")))
                .andExpect(content().string(containsString("Saisissez un mot de passe.")))
                .andExpect(content().string(containsString("href=\"#givenName\"")))
                .andExpect(content().string(containsString("aria-describedby=\"givenName-error\"")))
                .andExpect(content().string(containsString("<title>Erreur : Créer un compte")));

        expectPasswordError(browser, "nom@exemple.fr", "court", "au moins 12 caractères");
        expectPasswordError(browser, "nom@exemple.fr", "a".repeat(129), "au plus 128 caractères");
        expectPasswordError(browser, "nom@exemple.fr", "123qweasdzxc", "fait partie des plus utilisés");
        expectPasswordError(browser, "nom@exemple.fr", "MotDePasse1234", "fait partie des plus utilisés");
        expectPasswordError(browser, "quelqu.un@exemple.fr", "quelqu.un@exemple.fr", "ne doit pas être votre adresse");
        expectPasswordError(browser, "nom@exemple.fr", "Commune " + portal.slug(), "ne doit pas être votre adresse");
        expectPasswordError(browser, "bartholome@exemple.fr", "bartholome2024", "ne doit pas être votre adresse");

        browser.post("/inscription", "givenName", "A", "familyName", "B", "email", "nom@exemple.fr",
                        "password", GOOD_PASSWORD, "passwordConfirmation", GOOD_PASSWORD + "!")
                .andExpect(content().string(containsString("Les deux mots de passe sont différents")));
    }

    @Test
    void refusesMalformedAddressesAndOversizedOrInvisibleInput() throws Exception {
        PortalClient browser = browser();
        for (String email : List.of("nom", "nom@", "@exemple.fr", "nom@exemple", "nom @exemple.fr", "nom@@exemple.fr")) {
            signUp(browser, email, GOOD_PASSWORD).andExpect(status().isOk())
                    .andExpect(content().string(containsString("au bon format, comme nom@exemple.fr")));
        }
        signUp(browser, "a".repeat(250) + "@exemple.fr", GOOD_PASSWORD)
                .andExpect(content().string(containsString("au plus 254 caractères")));
        String huge = "x".repeat(10 * 1024 * 1024);
        browser.post("/inscription", "givenName", huge, "familyName", "Nom", "email", huge,
                        "password", huge, "passwordConfirmation", huge)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le prénom doit faire au plus 100 caractères")))
                .andExpect(content().string(containsString("au plus 254 caractères")))
                .andExpect(content().string(containsString("au plus 128 caractères")))
                .andExpect(content().string(not(containsString("x".repeat(301)))));
        browser.post("/inscription", "givenName", "Jean\u0000", "familyName", "Nom", "email", uniqueEmail("nul"),
                        "password", GOOD_PASSWORD, "passwordConfirmation", GOOD_PASSWORD)
                .andExpect(content().string(containsString("caractères invisibles")));
    }

    @Test
    void answersInEnglishOnRequest() throws Exception {
        browser().post("/inscription?lang=en").andExpect(content().string(containsString("Enter your first name.")));
    }

    @Test
    void refusesAForgedCrossSitePostAndTheVisitorOfThePlatformHost() throws Exception {
        String email = uniqueEmail("csrf");
        browser().postWithoutCsrf("/inscription", "givenName", "A", "familyName", "B", "email", email,
                "password", GOOD_PASSWORD, "passwordConfirmation", GOOD_PASSWORD).andExpect(status().isForbidden());
        assertThat(asPortal(() -> jdbc.sql("select count(*) from account where email = ?").param(email)
                .query(Integer.class).single())).isZero();
        new PortalClient(mvc, "localhost").get("/inscription").andExpect(status().isNotFound());
    }

    private void expectPasswordError(PortalClient browser, String email, String password, String message) throws Exception {
        signUp(browser, email, password).andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("aria-describedby=\"password-hint password-error\"")));
    }

    private static org.springframework.test.web.servlet.ResultActions signUp(PortalClient browser, String email,
            String password) throws Exception {
        return browser.post("/inscription", "givenName", "Camille", "familyName", "Martin", "email", email,
                "password", password, "passwordConfirmation", password);
    }

    static String pathOf(MimeMessage message) {
        String link = Mailbox.linkIn(message, "/verification/");
        return link.substring(link.indexOf("/verification/"));
    }
}
