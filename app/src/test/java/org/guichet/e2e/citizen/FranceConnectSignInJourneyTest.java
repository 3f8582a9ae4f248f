package org.guichet.e2e.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.guichet.support.JourneyTest;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.support.Visit;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen signs in with the tenant's FranceConnect-style provider, signs out (at the provider
 * too) and signs in again into the same account. The provider is a mock-oauth2-server showing its
 * login page, as a real provider would; that page is not Guichet's, so it is not axe-scanned, but
 * every Guichet page on the way is. The mock's page is a plain HTML form: it works without
 * JavaScript, so both runs go through it with the browser's JavaScript setting unchanged.
 */
class FranceConnectSignInJourneyTest extends JourneyTest {

    /** Interactive, unlike the shared {@code TestServers.OIDC}: it shows a login page. */
    static MockOAuth2Server provider;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startProvider() {
        provider = new MockOAuth2Server(new OAuth2Config(true));
        provider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @Test
    void citizenSignsInWithTheProviderSignsOutAndComesBackToTheSameAccount() {
        inBothModes(visit -> {
            TestTenant tenant = tenants.create();
            TenantContext.runAs(tenant.id(), () -> jdbc.sql("""
                    insert into oidc_provider (tenant_id, registration_id, label, audience, issuer_uri, client_id,
                        client_secret, scopes, acr_values)
                    values (?, 'franceconnect', 'FranceConnect', 'CITIZEN', ?, 'guichet', 'secret',
                        'openid email profile', 'eidas1')""")
                    .params(tenant.id().value(), provider.issuerUrl("fc-" + tenant.slug()).toString()).update());
            String subject = "citoyen-" + visit.mode();
            String email = subject + "@example.fr";

            visit.open(tenant.host(), "/connexion");
            visit.expectHeading("Se connecter");
            signInAtProvider(visit, subject, email);
            visit.expectHeading("Les démarches en ligne de Commune " + tenant.slug());
            visit.expectText("Bonjour Camille Dupont.");

            visit.press("Se déconnecter");
            assertThat(visit.page().url()).isEqualTo(urlOf(tenant.host()) + "/?deconnecte");
            assertThat(visit.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).count())
                    .isZero();

            visit.open(tenant.host(), "/connexion");
            signInAtProvider(visit, subject, email);
            visit.expectText("Bonjour Camille Dupont.");

            assertThat(count(tenant, "select count(*) from account")).isEqualTo(1);
            assertThat(count(tenant, "select count(*) from external_identity where provider = 'franceconnect' and subject = '"
                    + subject + "'")).isEqualTo(1);
            assertThat(count(tenant, "select count(*) from external_identity")).isEqualTo(1);
        });
    }

    /** Clicks Guichet's button, fills the provider's login page, and checks the Guichet page it lands on. */
    private static void signInAtProvider(Visit visit, String subject, String email) {
        Page page = visit.page();
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("S’identifier avec FranceConnect").setExact(true)).click());
        assertThat(page.url()).startsWith(provider.baseUrl().toString());
        page.locator("input[name=username]").fill(subject);
        page.locator("textarea[name=claims]").fill("""
                {"email": "%s", "email_verified": true, "given_name": "Camille", "family_name": "Dupont", "acr": "eidas1"}"""
                .formatted(email));
        page.waitForNavigation(() -> page.locator("input[type=submit]").click());
        visit.checkAccessibility();
    }

    private long count(TestTenant tenant, String sql) {
        return TenantContext.callAs(tenant.id(), () -> jdbc.sql(sql).query(Long.class).single());
    }
}
