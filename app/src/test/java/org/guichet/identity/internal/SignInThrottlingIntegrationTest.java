package org.guichet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.guichet.support.TestTenants;
import org.junit.jupiter.api.Test;

/** Growing delays after failed sign-ins, seen through the sign-in form as a person sees them. */
class SignInThrottlingIntegrationTest extends IdentityTestSupport {

    private static final String THROTTLED = "/connexion?erreur=trop-de-tentatives&minutes=1";

    @Test
    void fiveWrongPasswordsBlockEvenTheRightOneWithAMessageSayingHowLong() throws Exception {
        String email = uniqueEmail("blocked");
        tenants.account(portal, email);
        PortalClient browser = browser();
        for (int i = 0; i < LoginThrottle.ACCOUNT_THRESHOLD; i++) {
            assertThat(browser.signIn(email, "mauvais mot de passe " + i)).isEqualTo("/connexion?erreur=identifiants");
        }

        assertThat(browser.signIn(email, TestTenants.PASSWORD)).isEqualTo(THROTTLED);
        browser.get(THROTTLED).andExpect(content().string(
                containsString("Trop de tentatives de connexion. Réessayez dans 1 minute(s)")));
        assertThat(browser.signedIn()).isFalse();
        awaitAudit(portal.id(), "identity.sign-in.throttled", email);
    }

    @Test
    void anUnknownAddressIsBlockedWithTheSameMessage() throws Exception {
        String email = uniqueEmail("ghost");
        PortalClient browser = browser();
        for (int i = 0; i < LoginThrottle.ACCOUNT_THRESHOLD; i++) {
            assertThat(browser.signIn(email, "mauvais mot de passe " + i)).isEqualTo("/connexion?erreur=identifiants");
        }
        assertThat(browser.signIn(email, "encore un essai")).isEqualTo(THROTTLED);
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() throws Exception {
        String email = uniqueEmail("reset-count");
        tenants.account(portal, email);
        PortalClient browser = browser();
        for (int i = 0; i < LoginThrottle.ACCOUNT_THRESHOLD - 1; i++) {
            browser.signIn(email, "mauvais mot de passe " + i);
        }
        assertThat(browser().signIn(email, TestTenants.PASSWORD)).isEqualTo("/");
        for (int i = 0; i < LoginThrottle.ACCOUNT_THRESHOLD - 1; i++) {
            assertThat(browser.signIn(email, "mauvais mot de passe " + i)).isEqualTo("/connexion?erreur=identifiants");
        }
        assertThat(browser().signIn(email, TestTenants.PASSWORD)).isEqualTo("/");
    }
}
