package org.guichet.identity.internal.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guichet.identity.internal.oidc.OidcFlow.nextTokens;
import static org.guichet.identity.internal.oidc.OidcFlow.provider;
import static org.guichet.identity.internal.oidc.OidcFlow.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.net.URI;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponseKt;
import no.nav.security.mock.oauth2.http.OAuth2HttpRouterKt;
import org.guichet.support.IntegrationTest;
import org.guichet.support.TestServers;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What keeps provider sign-in safe: ID token signatures, tenant isolation of registrations,
 * disabled and unreachable providers, and signing out at the provider.
 */
class OidcProviderSecurityIntegrationTest extends IntegrationTest {

    /**
     * A second mock-oauth2-server whose issuer {@code forged} publishes a JWKS with another key
     * than the one it signs with (same key id): its ID tokens carry a signature nobody can verify.
     */
    static MockOAuth2Server forging;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startForgingServer() throws Exception {
        String otherKey = new JWKSet(new RSAKeyGenerator(2048).keyID("forged").generate().toPublicJWK()).toString();
        forging = new MockOAuth2Server(OAuth2HttpRouterKt.get("/forged/jwks", request -> OAuth2HttpResponseKt.json(otherKey)));
        forging.start();
    }

    @AfterAll
    static void stopForgingServer() {
        forging.shutdown();
    }

    @Test
    void refusesAnIdTokenSignedWithAnotherKeyThanTheProvidersJwks() throws Exception {
        TestTenant tenant = tenants.create();
        provider(jdbc, tenant, forging, "forged", "forged", "CITIZEN", null);
        provider(jdbc, tenant, forging, "genuine", "genuine", "CITIZEN", null);

        nextTokens(forging, "forged", "sub-forged", Map.of("email", "forge@example.fr", "email_verified", true));
        OidcSignInIntegrationTest.assertRefused(signIn(new BrowserSession(mvc, tenant.host()), "forged"), "echec");
        assertThat(OidcFlow.auditTargets(jdbc, tenant, "identity.oidc.sign-in.refused")).contains("forged: echec (invalid_id_token)");

        // The same server and flow with the key it really signs with: the only difference is the key.
        nextTokens(forging, "genuine", "sub-genuine", Map.of("email", "vrai@example.fr", "email_verified", true));
        assertThat(signIn(new BrowserSession(mvc, tenant.host()), "genuine").getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(count(tenant, "select count(*) from account")).isEqualTo(1);
    }

    @Test
    void anotherTenantsRegistrationIdIsNotFound() throws Exception {
        TestTenant owner = tenants.create();
        TestTenant other = tenants.create();
        provider(jdbc, owner, TestServers.OIDC, "fc-owner", OidcFlow.uniqueIssuer(), "CITIZEN", null);

        assertThat(status(other.host(), "/oauth2/authorization/fc-owner")).isEqualTo(404);
        assertThat(status("localhost", "/oauth2/authorization/fc-owner")).isEqualTo(404);
        assertThat(status("localhost", "/connexion")).isEqualTo(200);
        assertThat(status(owner.host(), "/oauth2/authorization/fc-owner")).isEqualTo(302);
    }

    @Test
    void aForgedOrDisabledRegistrationIdIsNotFound() throws Exception {
        TestTenant tenant = tenants.create();
        provider(jdbc, tenant, TestServers.OIDC, "off", OidcFlow.uniqueIssuer(), "CITIZEN", null);
        TenantContext.runAs(tenant.id(), () -> jdbc.sql("update oidc_provider set enabled = false").update());

        assertThat(status(tenant.host(), "/oauth2/authorization/off")).isEqualTo(404);
        assertThat(status(tenant.host(), "/oauth2/authorization/..%2F..%2Fetc")).isIn(400, 404);
        assertThat(status(tenant.host(), "/oauth2/authorization/" + "x".repeat(5000))).isEqualTo(404);
    }

    @Test
    void anUnreachableProviderGetsAPageSayingToRetry() throws Exception {
        TestTenant tenant = tenants.create();
        TenantContext.runAs(tenant.id(), () -> jdbc.sql("""
                insert into oidc_provider (tenant_id, registration_id, label, audience, issuer_uri, client_id, client_secret)
                values (?, 'down', 'En panne', 'CITIZEN', 'http://localhost:9/down', 'c', 's')""")
                .param(tenant.id().value()).update());
        BrowserSession browser = new BrowserSession(mvc, tenant.host());

        MvcResult result = browser.perform(get("/oauth2/authorization/down"));

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/connexion/fournisseur/echec?motif=fournisseur-indisponible");
        assertThat(browser.perform(get(result.getResponse().getRedirectedUrl())).getResponse().getContentAsString())
                .contains("Le fournisseur d’identité ne répond pas");
    }

    @Test
    void signingOutEndsTheSessionAtTheProviderToo() throws Exception {
        TestTenant tenant = tenants.create();
        String issuer = OidcFlow.uniqueIssuer();
        provider(jdbc, tenant, TestServers.OIDC, "fc", issuer, "CITIZEN", null);
        BrowserSession browser = new BrowserSession(mvc, tenant.host());
        nextTokens(TestServers.OIDC, issuer, "sub-out", Map.of("email", "sortie@example.fr", "email_verified", true));
        signIn(browser, "fc");

        URI endSession = URI.create(browser.perform(post("/deconnexion").with(csrf())).getResponse().getRedirectedUrl());

        assertThat(endSession.toString()).startsWith(TestServers.OIDC.endSessionEndpointUrl(issuer).toString());
        Map<String, String> query = OidcFlow.query(endSession);
        assertThat(query.get("id_token_hint")).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(java.net.URLDecoder.decode(query.get("post_logout_redirect_uri"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("http://" + tenant.host() + "/?deconnecte");
        assertThat(browser.perform(get("/")).getResponse().getContentAsString()).doesNotContain("Se déconnecter");
    }

    @Test
    void aPasswordSessionSignsOutLocallyOnly() throws Exception {
        TestTenant tenant = tenants.create();
        tenants.account(tenant, "motdepasse@example.fr");
        BrowserSession browser = new BrowserSession(mvc, tenant.host());
        browser.perform(post("/connexion").param("email", "motdepasse@example.fr")
                .param("password", TestTenants.PASSWORD).with(csrf()));

        assertThat(browser.perform(post("/deconnexion").with(csrf())).getResponse().getRedirectedUrl())
                .isEqualTo("/?deconnecte");
    }

    private int status(String host, String path) throws Exception {
        return new BrowserSession(mvc, host).perform(get(URI.create("http://" + host + path))).getResponse().getStatus();
    }

    private long count(TestTenant tenant, String sql) {
        return TenantContext.callAs(tenant.id(), () -> jdbc.sql(sql).query(Long.class).single());
    }
}
