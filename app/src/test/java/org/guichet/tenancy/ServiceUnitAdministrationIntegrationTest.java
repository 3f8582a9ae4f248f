package org.guichet.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.guichet.identity.AgentRole;
import org.guichet.support.AuditTrail;
import org.guichet.support.IntegrationTest;
import org.guichet.support.SignIn;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Administrators list, create and change their tenant's services; other tenants' services stay out of reach. */
class ServiceUnitAdministrationIntegrationTest extends IntegrationTest {

    private static final String SERVICES = "/agent/administration/services";

    @Autowired
    ServiceUnitManagement services;

    @Autowired
    JdbcClient jdbc;

    TestTenant tenant;
    Cookie admin;

    @BeforeEach
    void administratorSignsIn() {
        tenant = tenants.create();
        tenants.account(tenant, "admin@example.org", AgentRole.ADMINISTRATEUR);
        admin = SignIn.session(mvc, tenant.host(), "admin@example.org", TestTenants.PASSWORD);
    }

    @Test
    void createsAServiceAndAuditsIt() throws Exception {
        mvc.perform(post(SERVICES).with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("name", " État civil ").param("email", "etat-civil@example.org")
                        .param("phone", "01 23 45 67 89").param("postalAddress", "1 place de la Mairie"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(SERVICES));

        ServiceUnit created = only(tenant);
        assertThat(created.name()).isEqualTo("État civil");
        assertThat(created.email()).isEqualTo("etat-civil@example.org");
        AuditTrail.awaitAction(jdbc, tenant.id(), "tenancy.service.created", created.id().toString());
        mvc.perform(get(SERVICES).with(SignIn.as(tenant.host(), admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le service « État civil » est enregistré.")));
        mvc.perform(get(SERVICES).with(SignIn.as(tenant.host(), admin)))
                .andExpect(content().string(containsString("État civil")))
                .andExpect(content().string(not(containsString("est enregistré"))));
    }

    @Test
    void refusesADuplicateNameAndSaysWhatToDo() throws Exception {
        create(tenant, "Voirie");

        mvc.perform(post(SERVICES).with(SignIn.as(tenant.host(), admin)).with(csrf()).param("name", "Voirie"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Un service porte déjà ce nom")))
                .andExpect(content().string(containsString("href=\"#name\"")));

        assertThat(all(tenant)).hasSize(1);
    }

    @Test
    void explainsEachInvalidFieldWithoutEchoingHugeInput() throws Exception {
        String huge = "x".repeat(10 * 1024 * 1024);

        var response = mvc.perform(post(SERVICES).with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("name", huge).param("email", "not-an-address").param("phone", "call me"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le nom du service doit compter entre 2 et 200 caractères")))
                .andExpect(content().string(containsString("Saisissez une adresse électronique valide")))
                .andExpect(content().string(containsString("Saisissez un numéro de téléphone valide")))
                .andExpect(content().string(containsString("aria-describedby=\"email-hint email-error\"")))
                .andReturn().getResponse();

        assertThat(response.getContentAsString().length()).isLessThan(100_000);
        assertThat(all(tenant)).isEmpty();
    }

    @Test
    void changesAServiceAndAuditsIt() throws Exception {
        UUID id = create(tenant, "Petite enfance");

        mvc.perform(get(SERVICES + "/" + id).with(SignIn.as(tenant.host(), admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Petite enfance\"")));
        mvc.perform(post(SERVICES + "/" + id).with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("name", "Petite enfance et familles").param("email", "").param("phone", "")
                        .param("postalAddress", "2 rue des Écoles"))
                .andExpect(status().isFound());

        assertThat(only(tenant).name()).isEqualTo("Petite enfance et familles");
        AuditTrail.awaitAction(jdbc, tenant.id(), "tenancy.service.updated", id.toString());
    }

    @Test
    void anotherTenantsServiceOrAMadeUpIdIsNotFoundAndUnchanged() throws Exception {
        TestTenant other = tenants.create();
        UUID foreign = create(other, "Urbanisme");

        for (UUID id : List.of(foreign, UUID.randomUUID())) {
            mvc.perform(get(SERVICES + "/" + id).with(SignIn.as(tenant.host(), admin)))
                    .andExpect(status().isNotFound());
            mvc.perform(post(SERVICES + "/" + id).with(SignIn.as(tenant.host(), admin)).with(csrf())
                            .param("name", "Pris"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get(SERVICES + "/not-a-uuid").with(SignIn.as(tenant.host(), admin)))
                .andExpect(status().isBadRequest());

        assertThat(only(other).name()).isEqualTo("Urbanisme");
        assertThat(all(tenant)).isEmpty();
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() throws Exception {
        mvc.perform(post(SERVICES).with(SignIn.as(tenant.host(), admin)).param("name", "Sans jeton"))
                .andExpect(status().isForbidden());

        assertThat(all(tenant)).isEmpty();
    }

    private UUID create(TestTenant t, String name) {
        return TenantContext.callAs(t.id(), () -> services.create(
                new ServiceUnitManagement.ServiceDetails(name, "", "", ""), "test"));
    }

    private List<ServiceUnit> all(TestTenant t) {
        return TenantContext.callAs(t.id(), services::list);
    }

    private ServiceUnit only(TestTenant t) {
        List<ServiceUnit> list = all(t);
        assertThat(list).hasSize(1);
        return list.getFirst();
    }
}
