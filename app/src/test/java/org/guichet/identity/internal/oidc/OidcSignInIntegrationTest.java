package org.guichet.identity.internal.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guichet.identity.internal.oidc.OidcFlow.nextTokens;
import static org.guichet.identity.internal.oidc.OidcFlow.provider;
import static org.guichet.identity.internal.oidc.OidcFlow.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.Map;
import org.guichet.identity.AgentRole;
import org.guichet.support.IntegrationTest;
import org.guichet.support.TestServers;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/** Sign-in through a tenant's provider (mock-oauth2-server): the redirect, and which account signs in. */
class OidcSignInIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    TestTenant tenant;
    String issuer;
    BrowserSession browser;

    @BeforeEach
    void freshTenantWithProvider() {
        tenant = tenants.create();
        issuer = OidcFlow.uniqueIssuer();
        provider(jdbc, tenant, TestServers.OIDC, "fc", issuer, "CITIZEN", "eidas1");
        browser = new BrowserSession(mvc, tenant.host());
    }

    @Test
    void redirectsToTheProviderWithPkceStateNonceAndAcrValues() throws Exception {
        URI authorize = OidcFlow.authorizationRedirect(browser, "fc");

        assertThat(authorize.toString()).startsWith(TestServers.OIDC.authorizationEndpointUrl(issuer).toString());
        Map<String, String> query = OidcFlow.query(authorize);
        assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(query).containsEntry("code_challenge_method", "S256")
                .containsEntry("acr_values", "eidas1")
                .containsEntry("response_type", "code")
                .containsEntry("client_id", OidcFlow.CLIENT_ID);
        assertThat(query.get("state")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(query.get("nonce")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(query.get("scope")).contains("openid");
    }

    @Test
    void firstSignInCreatesAVerifiedAccountWithTheProvidersNames() throws Exception {
        nextTokens(TestServers.OIDC, issuer, "sub-new", Map.of("acr", "eidas1", "email", "Nouvelle@Example.fr",
                "email_verified", true, "given_name", "Camille", "family_name", "Martin"));

        assertSignedIn(signIn(browser, "fc"));

        Map<String, Object> account = accountByEmail("nouvelle@example.fr");
        assertThat(account).containsEntry("given_name", "Camille").containsEntry("family_name", "Martin");
        assertThat(account.get("email_verified_at")).isNotNull();
        assertThat(account.get("password_hash")).isNull();
        assertThat(linkedAccount("sub-new")).isEqualTo(account.get("id"));
        assertThat(browser.perform(get("/")).getResponse().getContentAsString()).contains("Bonjour Camille Martin");
        assertThat(OidcFlow.auditTargets(jdbc, tenant, "identity.oidc.account-created")).containsExactly("fc");
        assertThat(OidcFlow.auditTargets(jdbc, tenant, "identity.oidc.sign-in")).containsExactly("fc");
    }

    @Test
    void createsAnUnverifiedAccountWhenTheProviderDoesNotVouchForTheEmail() throws Exception {
        nextTokens(TestServers.OIDC, issuer, "sub-unvouched", Map.of("acr", "eidas1", "email", "libre@example.fr"));

        assertSignedIn(signIn(browser, "fc"));

        assertThat(accountByEmail("libre@example.fr").get("email_verified_at")).isNull();
    }

    @Test
    void signingInAgainReusesTheLinkedAccountEvenIfTheEmailChanged() throws Exception {
        nextTokens(TestServers.OIDC, issuer, "sub-again", Map.of("acr", "eidas1", "email", "avant@example.fr",
                "email_verified", true));
        assertSignedIn(signIn(browser, "fc"));
        Object first = linkedAccount("sub-again");

        BrowserSession later = new BrowserSession(mvc, tenant.host());
        nextTokens(TestServers.OIDC, issuer, "sub-again", Map.of("acr", "eidas1", "email", "apres@example.fr",
                "email_verified", true));
        assertSignedIn(signIn(later, "fc"));

        assertThat(linkedAccount("sub-again")).isEqualTo(first);
        assertThat(count("select count(*) from account")).isEqualTo(1);
        assertThat(count("select count(*) from external_identity")).isEqualTo(1);
    }

    @Test
    void linksAVerifiedLocalAccountWhenTheProviderVouchesForTheEmail() throws Exception {
        var local = tenants.account(tenant, "existant@example.fr");
        nextTokens(TestServers.OIDC, issuer, "sub-link", Map.of("acr", "eidas1", "email", "existant@example.fr",
                "email_verified", true));

        assertSignedIn(signIn(browser, "fc"));

        assertThat(linkedAccount("sub-link")).isEqualTo(local.value());
        assertThat(OidcFlow.auditTargets(jdbc, tenant, "identity.oidc.linked")).containsExactly("fc");
        assertThat(count("select count(*) from account")).isEqualTo(1);
    }

    @Test
    void neverLinksThroughAnEmailTheProviderDoesNotVouchFor() throws Exception {
        tenants.account(tenant, "cible@example.fr");
        nextTokens(TestServers.OIDC, issuer, "sub-attacker", Map.of("acr", "eidas1", "email", "cible@example.fr",
                "email_verified", false));

        assertRefused(signIn(browser, "fc"), "compte-a-confirmer");

        assertThat(count("select count(*) from external_identity")).isZero();
    }

    @Test
    void neverLinksToALocalAccountWhoseEmailIsUnverified() throws Exception {
        TenantContext.runAs(tenant.id(), () -> jdbc.sql(
                "insert into account (tenant_id, email, password_hash) values (?, 'pas-confirme@example.fr', 'x')")
                .param(tenant.id().value()).update());
        nextTokens(TestServers.OIDC, issuer, "sub-owner", Map.of("acr", "eidas1", "email", "pas-confirme@example.fr",
                "email_verified", true));

        MvcResult refused = signIn(browser, "fc");

        assertRefused(refused, "compte-a-confirmer");
        assertThat(count("select count(*) from external_identity")).isZero();
        String page = browser.perform(get(refused.getResponse().getRedirectedUrl())).getResponse().getContentAsString();
        assertThat(page).contains("Connectez-vous d’abord avec votre mot de passe").contains("href=\"/connexion\"");
    }

    @Test
    void refusesAnAuthenticationLevelLowerThanRequested() throws Exception {
        nextTokens(TestServers.OIDC, issuer, "sub-low", Map.of("acr", "faible", "email", "bas@example.fr",
                "email_verified", true));

        assertRefused(signIn(browser, "fc"), "niveau-insuffisant");

        assertThat(count("select count(*) from account")).isZero();
    }

    @Test
    void refusesAnIdTokenWithoutTheRequestedLevel() throws Exception {
        nextTokens(TestServers.OIDC, issuer, "sub-none", Map.of("email", "sans@example.fr", "email_verified", true));

        assertRefused(signIn(browser, "fc"), "niveau-insuffisant");
    }

    @Test
    void anAgentsProviderSignsInAnInvitedAgentWithItsRoles() throws Exception {
        String agentIssuer = OidcFlow.uniqueIssuer();
        provider(jdbc, tenant, TestServers.OIDC, "pc", agentIssuer, "AGENT", null);
        tenants.account(tenant, "agent@mairie.fr", AgentRole.ADMINISTRATEUR);
        nextTokens(TestServers.OIDC, agentIssuer, "sub-agent", Map.of("email", "agent@mairie.fr", "email_verified", true));

        assertSignedIn(signIn(browser, "pc"));

        assertThat(browser.perform(get("/agent/administration/fournisseurs-identite")).getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void anAgentsProviderCreatesNoAccount() throws Exception {
        String agentIssuer = OidcFlow.uniqueIssuer();
        provider(jdbc, tenant, TestServers.OIDC, "pc", agentIssuer, "AGENT", null);
        nextTokens(TestServers.OIDC, agentIssuer, "sub-stranger", Map.of("email", "inconnu@mairie.fr", "email_verified", true));

        assertRefused(signIn(browser, "pc"), "agent-inconnu");
        assertThat(count("select count(*) from account")).isZero();
    }

    @Test
    void rolesGrantedAfterSignInApplyAtTheNextRequest() throws Exception {
        nextTokens(TestServers.OIDC, issuer, "sub-promoted", Map.of("acr", "eidas1", "email", "promu@example.fr",
                "email_verified", true));
        assertSignedIn(signIn(browser, "fc"));
        assertThat(browser.perform(get("/agent/administration/fournisseurs-identite")).getResponse().getStatus())
                .isEqualTo(403);

        tenants.account(tenant, "promu@example.fr", AgentRole.ADMINISTRATEUR);

        assertThat(browser.perform(get("/agent/administration/fournisseurs-identite")).getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void aDisabledAccountCannotSignInThroughItsLink() throws Exception {
        nextTokens(TestServers.OIDC, issuer, "sub-gone", Map.of("acr", "eidas1", "email", "parti@example.fr",
                "email_verified", true));
        assertSignedIn(signIn(browser, "fc"));
        TenantContext.runAs(tenant.id(), () -> jdbc.sql("update account set disabled_at = now()").update());

        nextTokens(TestServers.OIDC, issuer, "sub-gone", Map.of("acr", "eidas1"));
        assertRefused(signIn(new BrowserSession(mvc, tenant.host()), "fc"), "compte-desactive");
    }

    @Test
    void aReplayedCallbackIsRefusedWithAPage() throws Exception {
        nextTokens(TestServers.OIDC, issuer, "sub-replay", Map.of("acr", "eidas1", "email", "rejeu@example.fr",
                "email_verified", true));
        URI authorize = OidcFlow.authorizationRedirect(browser, "fc");
        var provider = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(authorize).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        URI callback = URI.create(provider.headers().firstValue("Location").orElseThrow());
        assertSignedIn(browser.perform(get(callback)));

        assertRefused(browser.perform(get(callback)), "expiree");
        assertRefused(new BrowserSession(mvc, tenant.host()).perform(get(callback)), "expiree");
    }

    private static void assertSignedIn(MvcResult callback) {
        assertThat(callback.getResponse().getRedirectedUrl()).as("redirect after the callback").isEqualTo("/");
    }

    static void assertRefused(MvcResult callback, String reason) {
        assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/connexion/fournisseur/echec?motif=" + reason);
    }

    private Map<String, Object> accountByEmail(String email) {
        return TenantContext.callAs(tenant.id(), () -> jdbc.sql("select * from account where email = ?")
                .param(email).query().singleRow());
    }

    private Object linkedAccount(String subject) {
        return TenantContext.callAs(tenant.id(), () -> jdbc.sql(
                "select account_id from external_identity where provider = 'fc' and subject = ?")
                .param(subject).query().singleValue());
    }

    private long count(String sql) {
        return TenantContext.callAs(tenant.id(), () -> jdbc.sql(sql).query(Long.class).single());
    }
}
