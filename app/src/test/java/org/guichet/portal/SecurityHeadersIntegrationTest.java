package org.guichet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.guichet.support.IntegrationTest;
import org.guichet.support.RawHttp;
import org.guichet.support.RawHttp.Reply;
import org.junit.jupiter.api.Test;

/** Every page carries strict security headers; HSTS is sent once the request came over TLS. */
class SecurityHeadersIntegrationTest extends IntegrationTest {

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndNoFraming() {
        Reply reply = RawHttp.get(port, "saint-exemple.localhost", "/");

        assertThat(reply.status()).isEqualTo(200);
        String csp = reply.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'")
                .contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(reply.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(reply.hasHeader("Strict-Transport-Security")).isFalse();
    }

    @Test
    void hstsIsSentBehindATlsTerminatingProxy() {
        Reply reply = RawHttp.get(port, "saint-exemple.localhost", "/", "X-Forwarded-Proto: https");

        assertThat(reply.header("Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        Reply reply = RawHttp.get(port, "saint-exemple.localhost", "/connexion");

        String cookie = reply.header("Set-Cookie");
        assertThat(cookie).isNotNull().containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void pagesDoNotUseInlineScriptsOrStyles() {
        String html = RawHttp.get(port, "saint-exemple.localhost", "/connexion").body();

        assertThat(html).doesNotContain("<script>").doesNotContain(" style=\"").doesNotContain("<style");
    }
}
