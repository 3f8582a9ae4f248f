package org.guichet.identity.internal.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.UUID;
import org.guichet.identity.AgentRole;
import org.guichet.support.IntegrationTest;
import org.guichet.support.TestServers;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administrator's screen of identity providers: who may use it, validation, secrets, audit. */
class OidcProviderAdministrationIntegrationTest extends IntegrationTest {

    static final String BASE = "/agent/administration/fournisseurs-identite";

    @Autowired
    JdbcClient jdbc;

    TestTenant tenant;
    BrowserSession admin;

    @BeforeEach
    void signedInAdministrator() throws Exception {
        tenant = tenants.create();
        admin = signedIn(tenant, "admin@mairie.fr", AgentRole.ADMINISTRATEUR);
    }

    @Test
    void onlyAdministratorsReachTheScreen() throws Exception {
        BrowserSession instructeur = signedIn(tenant, "instructeur@mairie.fr", AgentRole.INSTRUCTEUR);
        assertThat(instructeur.perform(get(BASE)).getResponse().getStatus()).isEqualTo(403);
        assertThat(instructeur.perform(post(BASE + "/nouveau").with(csrf())).getResponse().getStatus()).isEqualTo(403);
        assertThat(new BrowserSession(mvc, tenant.host()).perform(get(BASE)).getResponse().getRedirectedUrl())
                .endsWith("/connexion");
        assertThat(admin.perform(get(BASE)).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void addsAProviderThatAppearsOnTheSignInPageAndIsAudited() throws Exception {
        MvcResult saved = admin.perform(form(post(BASE + "/nouveau"), valid()));

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(BASE + "?enregistre");
        Map<String, Object> row = row("franceconnect");
        assertThat(row).containsEntry("label", "FranceConnect").containsEntry("acr_values", "eidas1")
                .containsEntry("enabled", true).containsEntry("client_secret", "tres-secret");
        assertThat(OidcFlow.auditTargets(jdbc, tenant, "identity.oidc-provider.created")).containsExactly("franceconnect");
        String signIn = new BrowserSession(mvc, tenant.host()).perform(get("/connexion")).getResponse().getContentAsString();
        assertThat(signIn).contains("S’identifier avec FranceConnect").contains("href=\"/oauth2/authorization/franceconnect\"");
    }

    @Test
    void explainsEachInvalidFieldAndStoresNothing() throws Exception {
        Map<String, String> bad = Map.of("label", "x".repeat(10_000), "registrationId", "Franc Connect!",
                "audience", "PIRATE", "issuerUri", "http://idp.example.org/fc", "clientId", "", "clientSecret", "",
                "scopes", "email profile", "acrValues", "eidas1 \"x\"", "idTokenSigningAlg", "none");

        MvcResult result = admin.perform(form(post(BASE + "/nouveau"), bad));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("<title>Erreur : Ajouter un fournisseur d’identité</title>")
                .contains("href=\"#issuerUri\"").contains("Saisissez l’adresse de l’émetteur commençant par https://")
                .contains("aria-describedby=\"issuerUri-hint issuerUri-error\"")
                .contains("href=\"#label\"").contains("href=\"#registrationId\"").contains("href=\"#audience\"")
                .contains("href=\"#clientId\"").contains("href=\"#clientSecret\"").contains("href=\"#scopes\"")
                .contains("href=\"#acrValues\"").contains("href=\"#idTokenSigningAlg\"");
        assertThat(count()).isZero();
    }

    @Test
    void refusesATakenRegistrationId() throws Exception {
        admin.perform(form(post(BASE + "/nouveau"), valid()));

        MvcResult again = admin.perform(form(post(BASE + "/nouveau"), valid()));

        assertThat(again.getResponse().getContentAsString()).contains("Un fournisseur a déjà cet identifiant technique");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void changesAProviderWithoutEverShowingOrLosingItsSecret() throws Exception {
        admin.perform(form(post(BASE + "/nouveau"), valid()));
        UUID id = (UUID) row("franceconnect").get("id");

        String edit = admin.perform(get(BASE + "/" + id)).getResponse().getContentAsString();
        assertThat(edit).doesNotContain("tres-secret").contains("/login/oauth2/code/franceconnect");

        Map<String, String> change = new java.util.HashMap<>(valid());
        change.put("label", "FranceConnect+");
        change.put("clientSecret", "");
        change.put("issuerUri", "https://evil.example.org");
        change.put("registrationId", "autre");
        assertThat(admin.perform(form(post(BASE + "/" + id), change)).getResponse().getRedirectedUrl())
                .isEqualTo(BASE + "?enregistre");

        Map<String, Object> row = row("franceconnect");
        assertThat(row).containsEntry("label", "FranceConnect+").containsEntry("client_secret", "tres-secret")
                .containsEntry("issuer_uri", valid().get("issuerUri"));
        assertThat(admin.perform(get(BASE)).getResponse().getContentAsString()).doesNotContain("tres-secret");
        assertThat(OidcFlow.auditTargets(jdbc, tenant, "identity.oidc-provider.updated")).containsExactly("franceconnect");
    }

    @Test
    void aDisabledProviderLeavesTheSignInPageAndCanComeBack() throws Exception {
        admin.perform(form(post(BASE + "/nouveau"), valid()));
        UUID id = (UUID) row("franceconnect").get("id");

        admin.perform(post(BASE + "/" + id + "/desactivation").with(csrf()));

        assertThat(row("franceconnect")).containsEntry("enabled", false);
        assertThat(new BrowserSession(mvc, tenant.host()).perform(get("/connexion")).getResponse().getContentAsString())
                .doesNotContain("S’identifier avec FranceConnect");
        assertThat(OidcFlow.auditTargets(jdbc, tenant, "identity.oidc-provider.disabled")).containsExactly("franceconnect");

        admin.perform(post(BASE + "/" + id + "/activation").with(csrf()));
        assertThat(row("franceconnect")).containsEntry("enabled", true);
    }

    @Test
    void anotherTenantsOrAMalformedProviderIdIsNotFound() throws Exception {
        TestTenant other = tenants.create();
        BrowserSession otherAdmin = signedIn(other, "admin@autre.fr", AgentRole.ADMINISTRATEUR);
        otherAdmin.perform(form(post(BASE + "/nouveau"), valid()));
        UUID othersId = TenantContext.callAs(other.id(), () -> jdbc.sql("select id from oidc_provider")
                .query(UUID.class).single());

        assertThat(admin.perform(get(BASE + "/" + othersId)).getResponse().getStatus()).isEqualTo(404);
        assertThat(admin.perform(form(post(BASE + "/" + othersId), valid())).getResponse().getStatus()).isEqualTo(404);
        assertThat(admin.perform(post(BASE + "/" + othersId + "/desactivation").with(csrf())).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(admin.perform(get(BASE + "/pas-un-uuid")).getResponse().getStatus()).isEqualTo(404);
        assertThat(TenantContext.callAs(other.id(), () -> jdbc.sql("select enabled from oidc_provider")
                .query(Boolean.class).single())).isTrue();
    }

    @Test
    void aChangeWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        MockHttpServletRequestBuilder request = post(BASE + "/nouveau");
        valid().forEach(request::param);

        assertThat(admin.perform(request).getResponse().getStatus()).isEqualTo(403);
        assertThat(count()).isZero();
    }

    private BrowserSession signedIn(TestTenant on, String email, AgentRole role) throws Exception {
        tenants.account(on, email, role);
        BrowserSession browser = new BrowserSession(mvc, on.host());
        MvcResult result = browser.perform(post("/connexion").param("email", email)
                .param("password", TestTenants.PASSWORD).with(csrf()));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return browser;
    }

    private static Map<String, String> valid() {
        return Map.of("label", "FranceConnect", "registrationId", "franceconnect", "audience", "CITIZEN",
                "issuerUri", TestServers.OIDC.issuerUrl("admin-screen").toString(), "clientId", "client-id",
                "clientSecret", "tres-secret", "scopes", "openid email profile", "acrValues", "eidas1",
                "idTokenSigningAlg", "ES256");
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields) {
        fields.forEach(request::param);
        return request.with(csrf());
    }

    private Map<String, Object> row(String registrationId) {
        return TenantContext.callAs(tenant.id(), () -> jdbc.sql("select * from oidc_provider where registration_id = ?")
                .param(registrationId).query().singleRow());
    }

    private long count() {
        return TenantContext.callAs(tenant.id(), () -> jdbc.sql("select count(*) from oidc_provider")
                .query(Long.class).single());
    }
}
