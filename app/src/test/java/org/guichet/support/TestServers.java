package org.guichet.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * The real servers the tests talk to, started once per test JVM: an SMTP server (GreenMail) and
 * an OpenID Connect provider (mock-oauth2-server), both on free ports.
 */
public final class TestServers {

    public static final GreenMail MAIL = startMail();
    public static final MockOAuth2Server OIDC = startOidc();

    private TestServers() {}

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }

    private static MockOAuth2Server startOidc() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        return server;
    }
}
