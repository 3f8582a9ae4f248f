package org.guichet.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.guichet.support.AuditTrail;
import org.guichet.support.IntegrationTest;
import org.guichet.support.Mailbox;
import org.guichet.support.SignIn;
import org.guichet.support.TestTenants.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Platform administrators create tenants with their first administrator, and change them. */
class PlatformAdministrationIntegrationTest extends IntegrationTest {

    static final String PLATFORM_HOST = "localhost";
    static final String OPERATOR = "plateforme@guichet.localhost";
    static final String OPERATOR_PASSWORD = "demo-guichet-2026";

    @Autowired
    TenantManagement tenantManagement;

    @Autowired
    JdbcClient jdbc;

    Cookie operator;

    @BeforeEach
    void platformAdministratorSignsIn() {
        operator = SignIn.session(mvc, PLATFORM_HOST, OPERATOR, OPERATOR_PASSWORD);
    }

    @Test
    void createsATenantAndInvitesItsFirstAdministrator() throws Exception {
        String slug = "ville-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = "maire-" + slug + "@example.org";

        mvc.perform(newTenant(slug, slug + ".localhost", admin, "Indian/Reunion", "COMMUNE"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/plateforme/collectivites/*"))
                .andExpect(flash().attribute("created", admin));

        Tenant tenant = tenantManagement.findBySlug(slug).orElseThrow();
        assertThat(tenant.hostnames()).containsExactly(slug + ".localhost");
        assertThat(tenant.timeZone().getId()).isEqualTo("Indian/Reunion");
        assertThat(Mailbox.awaitLink(admin, "/invitation/")).startsWith("http://" + slug + ".localhost/invitation/");
        assertThat(TenantContext.callAs(tenant.id(), () -> jdbc.sql(
                "select roles::text from agent_invitation where email = ?").param(admin).query(String.class).single()))
                .isEqualTo("{ADMINISTRATEUR}");
        var actions = AuditTrail.awaitAction(jdbc, tenant.id(), "tenancy.tenant.created", slug);
        assertThat(actions).contains("tenancy.tenant.created");
        assertThat(TenantContext.callAs(tenant.id(), () -> jdbc.sql(
                "select actor from audit_event where action = 'tenancy.tenant.created'").query(String.class).single()))
                .startsWith("operator:");
        mvc.perform(get("/plateforme").with(SignIn.as(PLATFORM_HOST, operator)))
                .andExpect(content().string(containsString(slug)));
    }

    @Test
    void explainsATakenSlugOrHostnameAndInvalidFields() throws Exception {
        TestTenant existing = tenants.create();

        mvc.perform(newTenant(existing.slug(), "libre-" + existing.slug() + ".localhost", "a@example.org"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cet identifiant court est déjà utilisé")));
        mvc.perform(newTenant("libre-" + existing.slug(), existing.host(), "a@example.org"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette adresse est déjà utilisée")));
        mvc.perform(newTenant("Pas Un Slug!", "https://x.fr/", "pas-une-adresse", "Europe/London", "MAIRIE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("L’identifiant court doit compter de 2 à 63 caractères")))
                .andExpect(content().string(containsString("Saisissez un nom d’hôte valide")))
                .andExpect(content().string(containsString("Choisissez le type de collectivité")))
                .andExpect(content().string(containsString("Choisissez un fuseau horaire dans la liste")))
                .andExpect(content().string(containsString("Saisissez une adresse électronique valide pour le premier administrateur")));

        assertThat(tenantManagement.findBySlug("libre-" + existing.slug())).isEmpty();
    }

    @Test
    void changesATenantButRefusesATooLightBrandColour() throws Exception {
        TestTenant t = tenants.create();
        String path = "/plateforme/collectivites/" + t.id();

        mvc.perform(edit(path, "#FFDD00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette couleur est trop claire : le texte blanc n’aurait qu’un contraste de 1,")));
        assertThat(tenantManagement.findById(t.id()).orElseThrow().name()).startsWith("Commune ");

        mvc.perform(edit(path, "#7A2E8E")).andExpect(status().isFound());

        Tenant changed = tenantManagement.findById(t.id()).orElseThrow();
        assertThat(changed.name()).isEqualTo("Ville renommée");
        assertThat(changed.primaryColour()).isEqualTo("#7a2e8e");
        assertThat(changed.timeZone().getId()).isEqualTo("America/Cayenne");
        AuditTrail.awaitAction(jdbc, t.id(), "tenancy.tenant.updated", t.id().toString());
    }

    @Test
    void addsAHostnameThePortalThenAnswersOnAndRefusesATakenOne() throws Exception {
        TestTenant t = tenants.create();
        TestTenant other = tenants.create();
        String path = "/plateforme/collectivites/" + t.id() + "/noms-d-hote";

        mvc.perform(post(path).with(SignIn.as(PLATFORM_HOST, operator)).with(csrf()).param("hostname", "Demarches." + t.host()))
                .andExpect(status().isFound());
        mvc.perform(post(path).with(SignIn.as(PLATFORM_HOST, operator)).with(csrf()).param("hostname", other.host()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette adresse est déjà utilisée")));
        mvc.perform(post(path).with(SignIn.as(PLATFORM_HOST, operator)).with(csrf()).param("hostname", PLATFORM_HOST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez un nom d’hôte valide")));

        assertThat(tenantManagement.findById(t.id()).orElseThrow().hostnames()).containsExactly(t.host(), "demarches." + t.host());
        mvc.perform(get("/").with(SignIn.on("demarches." + t.host()))).andExpect(status().isOk());
        AuditTrail.awaitAction(jdbc, t.id(), "tenancy.tenant.hostname-added", t.id().toString());
    }

    @Test
    void invitesAnotherAdministratorIntoAnExistingTenant() throws Exception {
        TestTenant t = tenants.create();
        tenants.account(t, "deja-agent@example.org", org.guichet.identity.AgentRole.INSTRUCTEUR);
        String path = "/plateforme/collectivites/" + t.id() + "/administrateurs";
        String admin = "relance-" + t.slug() + "@example.org";

        mvc.perform(post(path).with(SignIn.as(PLATFORM_HOST, operator)).with(csrf()).param("administratorEmail", "nope"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez une adresse électronique valide pour l’administrateur")));
        mvc.perform(post(path).with(SignIn.as(PLATFORM_HOST, operator)).with(csrf()).param("administratorEmail", admin))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("administratorInvited", admin));
        mvc.perform(post(path).with(SignIn.as(PLATFORM_HOST, operator)).with(csrf())
                        .param("administratorEmail", "deja-agent@example.org"))
                .andExpect(status().isFound());

        assertThat(Mailbox.awaitLink(admin, "/invitation/")).startsWith("http://" + t.host() + "/invitation/");
        AuditTrail.awaitAction(jdbc, t.id(), "identity.invitation.not-sent-already-agent", "deja-agent@example.org");
        mvc.perform(post("/plateforme/collectivites/" + UUID.randomUUID() + "/administrateurs")
                        .with(SignIn.as(PLATFORM_HOST, operator)).with(csrf()).param("administratorEmail", admin))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnknownTenantIdIsNotFound() throws Exception {
        mvc.perform(get("/plateforme/collectivites/" + UUID.randomUUID()).with(SignIn.as(PLATFORM_HOST, operator)))
                .andExpect(status().isNotFound());
        mvc.perform(edit("/plateforme/collectivites/" + UUID.randomUUID(), "#1d4f91")).andExpect(status().isNotFound());
        mvc.perform(get("/plateforme/collectivites/nope").with(SignIn.as(PLATFORM_HOST, operator)))
                .andExpect(status().isBadRequest());
    }

    private MockHttpServletRequestBuilder newTenant(String slug, String hostname, String admin) {
        return newTenant(slug, hostname, admin, "Europe/Paris", "COMMUNE");
    }

    private MockHttpServletRequestBuilder newTenant(String slug, String hostname, String admin, String zone, String kind) {
        return post("/plateforme/collectivites").with(SignIn.as(PLATFORM_HOST, operator)).with(csrf())
                .param("slug", slug).param("name", "Ville de " + slug).param("kind", kind)
                .param("timeZone", zone).param("hostname", hostname)
                .param("postalAddress", "1 place de la Mairie, 99000 Exemple").param("contactEmail", "mairie@example.org")
                .param("contactPhone", "01 23 45 67 89").param("administratorEmail", admin);
    }

    private MockHttpServletRequestBuilder edit(String path, String colour) {
        return post(path).with(SignIn.as(PLATFORM_HOST, operator)).with(csrf())
                .param("name", "Ville renommée").param("kind", "EPCI").param("timeZone", "America/Cayenne")
                .param("primaryColour", colour).param("postalAddress", "2 rue Neuve, 97300 Cayenne")
                .param("contactEmail", "contact@example.org").param("contactPhone", "");
    }
}
