package org.guichet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guichet.support.TestTenants;
import org.junit.jupiter.api.Test;

/** A person's list of their own sessions, and ending the ones they do not recognise. */
class SessionsIntegrationTest extends IdentityTestSupport {

    private static final String ANDROID_CHROME = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";
    private static final Pattern END_ACTION = Pattern.compile("/compte/sessions/([A-Za-z0-9_-]{22})/fermeture");

    @Test
    void listsOwnSessionsWithBrowserAddressAndTimesAndMarksThisOne() throws Exception {
        String email = uniqueEmail("list");
        tenants.account(portal, email);
        PortalClient laptop = browser();
        PortalClient phone = new PortalClient(mvc, portal.host(), ANDROID_CHROME);
        laptop.signIn(email, TestTenants.PASSWORD);
        phone.signIn(email, TestTenants.PASSWORD);

        String page = laptop.get("/compte/sessions").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Firefox 128 · Windows", "Chrome 126 · Android", laptop.address(), phone.address())
                .contains("Dernière activité");
        assertThat(countOf(page, "Cette session")).isEqualTo(1);
        assertThat(handlesIn(page)).as("only the other session can be ended from here").hasSize(1);
        assertThat(page).doesNotContain(sessionCookieValue(laptop)).doesNotContain(sessionId(laptop));
    }

    @Test
    void endingAnotherSessionSignsThatDeviceOutOnly() throws Exception {
        String email = uniqueEmail("end");
        tenants.account(portal, email);
        PortalClient laptop = browser();
        PortalClient phone = new PortalClient(mvc, portal.host(), ANDROID_CHROME);
        laptop.signIn(email, TestTenants.PASSWORD);
        phone.signIn(email, TestTenants.PASSWORD);
        String handle = handlesIn(page(laptop)).getFirst();

        laptop.post("/compte/sessions/" + handle + "/fermeture").andExpect(redirectedUrl("/compte/sessions"));
        laptop.get("/compte/sessions").andExpect(content().string(containsString("La session a été fermée")))
                .andExpect(content().string(not(containsString("Chrome 126 · Android"))));

        assertThat(phone.signedIn()).isFalse();
        assertThat(laptop.signedIn()).isTrue();
        awaitAudit(portal.id(), "identity.session.revoked", accountIdOf(email));
    }

    @Test
    void anotherPersonsOrAnUnknownSessionIsNotFoundAndStaysOpen() throws Exception {
        String mine = uniqueEmail("mine");
        String theirs = uniqueEmail("theirs");
        tenants.account(portal, mine);
        tenants.account(portal, theirs);
        PortalClient me = browser();
        PortalClient myPhone = browser();
        PortalClient them = browser();
        PortalClient theirPhone = browser();
        me.signIn(mine, TestTenants.PASSWORD);
        myPhone.signIn(mine, TestTenants.PASSWORD);
        them.signIn(theirs, TestTenants.PASSWORD);
        theirPhone.signIn(theirs, TestTenants.PASSWORD);
        String theirPhoneHandle = handlesIn(page(them)).getFirst();

        me.post("/compte/sessions/" + theirPhoneHandle + "/fermeture").andExpect(status().isNotFound());
        me.post("/compte/sessions/" + "A".repeat(22) + "/fermeture").andExpect(status().isNotFound());
        me.post("/compte/sessions/" + "x".repeat(5000) + "/fermeture").andExpect(status().isNotFound());
        me.post("/compte/sessions/" + AccountSessions.handle(sessionId(me)) + "/fermeture")
                .andExpect(status().isNotFound());
        me.postWithoutCsrf("/compte/sessions/" + handlesIn(page(me)).getFirst() + "/fermeture")
                .andExpect(status().isForbidden());

        assertThat(theirPhone.signedIn()).isTrue();
        assertThat(myPhone.signedIn()).isTrue();
        assertThat(me.signedIn()).isTrue();
    }

    @Test
    void endingAllOtherSessionsKeepsOnlyThisOne() throws Exception {
        String email = uniqueEmail("others");
        tenants.account(portal, email);
        PortalClient laptop = browser();
        PortalClient phone = browser();
        PortalClient tablet = browser();
        for (PortalClient device : List.of(laptop, phone, tablet)) {
            device.signIn(email, TestTenants.PASSWORD);
        }

        laptop.post("/compte/sessions/fermeture-des-autres").andExpect(redirectedUrl("/compte/sessions"));

        assertThat(phone.signedIn()).isFalse();
        assertThat(tablet.signedIn()).isFalse();
        assertThat(handlesIn(page(laptop))).isEmpty();
        awaitAudit(portal.id(), "identity.session.revoked-others", accountIdOf(email));
    }

    @Test
    void aSessionOpenedOnOnePortalIsNobodyOnAnother() throws Exception {
        String email = uniqueEmail("portal");
        tenants.account(portal, email);
        PortalClient browser = browser();
        browser.signIn(email, TestTenants.PASSWORD);
        var other = tenants.create();
        PortalClient sameCookiesElsewhere = new PortalClient(mvc, other.host());
        sameCookiesElsewhere.adoptCookiesOf(browser);

        sameCookiesElsewhere.get("/compte/sessions").andExpect(status().is3xxRedirection());
    }

    private static String page(PortalClient browser) throws Exception {
        return browser.get("/compte/sessions").andReturn().getResponse().getContentAsString();
    }

    private static List<String> handlesIn(String page) {
        List<String> handles = new ArrayList<>();
        Matcher m = END_ACTION.matcher(page);
        while (m.find()) {
            handles.add(m.group(1));
        }
        return handles;
    }

    private static int countOf(String page, String text) {
        return page.split(Pattern.quote(text), -1).length - 1;
    }

    private static String sessionCookieValue(PortalClient browser) {
        return browser.cookie("SESSION");
    }

    private static String sessionId(PortalClient browser) {
        return new String(java.util.Base64.getDecoder().decode(browser.cookie("SESSION")));
    }
}
