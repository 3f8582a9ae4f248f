package org.guichet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.guichet.support.Mailbox;
import org.guichet.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The account summary and changing one's password: current password required, other sessions ended. */
class PasswordChangeIntegrationTest extends IdentityTestSupport {

    @Autowired
    PasswordEncoder encoder;

    @Test
    void accountPagesNeedASignedInPerson() throws Exception {
        browser().get("/compte").andExpect(status().is3xxRedirection());
        browser().get("/compte/mot-de-passe").andExpect(status().is3xxRedirection());
        browser().post("/compte/mot-de-passe", "currentPassword", TestTenants.PASSWORD, "password", GOOD_PASSWORD,
                "passwordConfirmation", GOOD_PASSWORD).andExpect(status().is3xxRedirection());
    }

    @Test
    void theSummaryShowsTheNameTheAddressAndThatItIsConfirmed() throws Exception {
        String email = uniqueEmail("summary");
        tenants.account(portal, email);
        PortalClient browser = browser();
        browser.signIn(email, TestTenants.PASSWORD);

        browser.get("/compte").andExpect(status().isOk())
                .andExpect(content().string(containsString("Prénom Nom")))
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Oui")));
    }

    @Test
    void changesThePasswordEndsOtherSessionsAndKeepsThisOne() throws Exception {
        String email = uniqueEmail("change");
        tenants.account(portal, email);
        PortalClient laptop = browser();
        PortalClient phone = browser();
        laptop.signIn(email, TestTenants.PASSWORD);
        phone.signIn(email, TestTenants.PASSWORD);
        String cookieBefore = laptop.cookie("SESSION");
        PortalClient copiedCookie = browser();
        copiedCookie.adoptCookiesOf(laptop);

        laptop.post("/compte/mot-de-passe", "currentPassword", TestTenants.PASSWORD, "password", GOOD_PASSWORD,
                "passwordConfirmation", GOOD_PASSWORD).andExpect(redirectedUrl("/compte"));
        laptop.get("/compte").andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre mot de passe a été changé")));

        assertThat(phone.signedIn()).isFalse();
        assertThat(laptop.cookie("SESSION")).as("a new session id after the change").isNotEqualTo(cookieBefore);
        assertThat(copiedCookie.signedIn()).as("the old session id no longer works").isFalse();
        assertThat(browser().signIn(email, GOOD_PASSWORD)).isEqualTo("/");
        assertThat(browser().signIn(email, TestTenants.PASSWORD)).isEqualTo("/connexion?erreur=identifiants");
        Mailbox.await(email, "Votre mot de passe a été changé");
        awaitAudit(portal.id(), "identity.password.changed", accountIdOf(email));
    }

    @Test
    void signingOutEndsTheSessionAndIsAudited() throws Exception {
        String email = uniqueEmail("signout");
        tenants.account(portal, email);
        PortalClient browser = browser();
        browser.signIn(email, TestTenants.PASSWORD);

        browser.post("/deconnexion").andExpect(status().is3xxRedirection());

        assertThat(browser.signedIn()).isFalse();
        awaitAudit(portal.id(), "identity.sign-out", accountIdOf(email));
    }

    @Test
    void refusesAWrongOrMissingCurrentPasswordAndBadNewOnes() throws Exception {
        String email = uniqueEmail("wrong");
        tenants.account(portal, email);
        PortalClient browser = browser();
        browser.signIn(email, TestTenants.PASSWORD);

        browser.post("/compte/mot-de-passe", "password", GOOD_PASSWORD, "passwordConfirmation", GOOD_PASSWORD)
                .andExpect(status().isOk()).andExpect(content().string(containsString("Saisissez votre mot de passe actuel")));
        browser.post("/compte/mot-de-passe", "currentPassword", "pas le bon mot de passe", "password", GOOD_PASSWORD,
                "passwordConfirmation", GOOD_PASSWORD)
                .andExpect(status().isOk()).andExpect(content().string(containsString("Le mot de passe actuel est incorrect")));
        browser.post("/compte/mot-de-passe", "currentPassword", TestTenants.PASSWORD, "password", "trop court",
                "passwordConfirmation", "trop court").andExpect(content().string(containsString("au moins 12 caractères")));
        browser.post("/compte/mot-de-passe", "currentPassword", TestTenants.PASSWORD, "password", TestTenants.PASSWORD,
                "passwordConfirmation", TestTenants.PASSWORD).andExpect(content().string(containsString("identique à l’actuel")));
        browser.post("/compte/mot-de-passe", "currentPassword", TestTenants.PASSWORD, "password", GOOD_PASSWORD,
                "passwordConfirmation", "autre").andExpect(content().string(containsString("Les deux mots de passe sont différents")));
        browser.post("/compte/mot-de-passe", "currentPassword", "x".repeat(10 * 1024 * 1024), "password", GOOD_PASSWORD,
                "passwordConfirmation", GOOD_PASSWORD).andExpect(status().isOk())
                .andExpect(content().string(containsString("Le mot de passe actuel est incorrect")));
        browser.postWithoutCsrf("/compte/mot-de-passe", "currentPassword", TestTenants.PASSWORD, "password", GOOD_PASSWORD,
                "passwordConfirmation", GOOD_PASSWORD).andExpect(status().isForbidden());

        assertThat(browser().signIn(email, TestTenants.PASSWORD)).isEqualTo("/");
        awaitAudit(portal.id(), "identity.password-change.refused", accountIdOf(email));
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeSignIns() throws Exception {
        String email = uniqueEmail("guess");
        tenants.account(portal, email);
        PortalClient browser = browser();
        browser.signIn(email, TestTenants.PASSWORD);
        for (int i = 0; i < LoginThrottle.ACCOUNT_THRESHOLD; i++) {
            browser.post("/compte/mot-de-passe", "currentPassword", "essai numéro " + i, "password", GOOD_PASSWORD,
                    "passwordConfirmation", GOOD_PASSWORD);
        }

        browser.post("/compte/mot-de-passe", "currentPassword", TestTenants.PASSWORD, "password", GOOD_PASSWORD,
                        "passwordConfirmation", GOOD_PASSWORD)
                .andExpect(status().isOk()).andExpect(content().string(containsString("Trop de tentatives. Réessayez dans 1 minute(s)")));
        String hash = asPortal(() -> jdbc.sql("select password_hash from account where email = ?").param(email)
                .query(String.class).single());
        assertThat(encoder.matches(TestTenants.PASSWORD, hash)).as("the password did not change").isTrue();
    }
}
