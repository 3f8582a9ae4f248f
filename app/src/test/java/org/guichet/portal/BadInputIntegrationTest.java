package org.guichet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.guichet.support.IntegrationTest;
import org.guichet.support.RawHttp;
import org.guichet.support.RawHttp.Reply;
import org.junit.jupiter.api.Test;

/** Malformed requests get a clear 4xx page: never a 500, a stack trace, or the server's name. */
class BadInputIntegrationTest extends IntegrationTest {

    private static final String HOST = "saint-exemple.localhost";

    @Test
    void tenMegabyteFormFieldGetsAPlainTooLargePage() {
        byte[] body = ("email=a%40b.fr&password=" + "x".repeat(10 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);
        Reply reply = RawHttp.send(port, "POST /connexion HTTP/1.1\r\nHost: " + HOST
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
                + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n", body);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.body()).contains("trop volumineux").doesNotContainIgnoringCase("tomcat");
    }

    @Test
    void invalidUtf8InThePathGetsAPlainBadRequestPage() {
        Reply reply = RawHttp.get(port, HOST, "/%C3%28%FF");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("La demande n’a pas pu être lue").doesNotContainIgnoringCase("tomcat");
    }

    @Test
    void invalidUtf8InAFormIsRefusedWithAPage() {
        byte[] body = "email=%C3%28%FF&password=abc".getBytes(StandardCharsets.US_ASCII);
        Reply reply = RawHttp.send(port, "POST /connexion HTTP/1.1\r\nHost: " + HOST
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
                + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n", body);

        assertThat(reply.status()).isBetween(400, 499);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContainIgnoringCase("tomcat");
    }

    @Test
    void wrongCsrfTokenGetsAnExplainedForbiddenPage() {
        byte[] body = "email=a%40b.fr&password=whatever&_csrf=forged".getBytes(StandardCharsets.US_ASCII);
        Reply reply = RawHttp.send(port, "POST /connexion HTTP/1.1\r\nHost: " + HOST
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
                + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n", body);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("le formulaire a expiré").contains("Ville de Saint-Exemple");
    }

    @Test
    void forgedHostHeaderLearnsNothing() {
        Reply unknown = RawHttp.get(port, "val-exemple.localhost.evil.example", "/connexion");
        Reply garbage = RawHttp.get(port, "../../etc", "/");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("Not found\n");
        assertThat(garbage.status()).isBetween(400, 404);
        assertThat(garbage.body()).doesNotContain("Saint-Exemple").doesNotContainIgnoringCase("tomcat");
    }

    @Test
    void unknownPageOfATenantGetsTheTenantsNotFoundPageOnceSignedOutPagesAreExhausted() {
        Reply reply = RawHttp.get(port, HOST, "/accessibilite/inexistante");

        assertThat(reply.status()).isIn(302, 404);
        assertThat(reply.body()).doesNotContain("Exception");
    }
}
