package org.guichet.backoffice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.UUID;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.AgentRole;
import org.guichet.shared.AccountId;
import org.guichet.support.IntegrationTest;
import org.guichet.support.SignIn;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.ServiceUnitManagement;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The agent's home shows their roles, and the administration only to administrators, in French or English. */
class DashboardIntegrationTest extends IntegrationTest {

    @Autowired
    AccountManagement accounts;

    @Autowired
    ServiceUnitManagement services;

    @Test
    void anInstructorSeesTheirRolesAndWhereTheyApplyButNoAdministration() throws Exception {
        TestTenant tenant = tenants.create();
        AccountId karim = tenants.account(tenant, "karim@example.org");
        UUID voirie = TenantContext.callAs(tenant.id(), () -> services.create(
                new ServiceUnitManagement.ServiceDetails("Voirie", "", "", ""), "test"));
        TenantContext.runAs(tenant.id(), () -> accounts.grantRole(karim, AgentRole.INSTRUCTEUR, Optional.of(voirie)));
        var session = SignIn.session(mvc, tenant.host(), "karim@example.org", TestTenants.PASSWORD);

        mvc.perform(get("/agent").with(SignIn.as(tenant.host(), session)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Instructeur")))
                .andExpect(content().string(containsString("Voirie")))
                .andExpect(content().string(not(containsString("/agent/administration/"))));
    }

    @Test
    void anAdministratorSeesTheAdministrationInEitherLanguage() throws Exception {
        TestTenant tenant = tenants.create();
        tenants.account(tenant, "admin@example.org", AgentRole.ADMINISTRATEUR);
        var session = SignIn.session(mvc, tenant.host(), "admin@example.org", TestTenants.PASSWORD);

        mvc.perform(get("/agent").with(SignIn.as(tenant.host(), session)))
                .andExpect(content().string(containsString("href=\"/agent/administration/services\"")))
                .andExpect(content().string(containsString("href=\"/agent/administration/agents\"")))
                .andExpect(content().string(containsString("toute la collectivité")));
        mvc.perform(get("/agent").param("lang", "en").with(SignIn.as(tenant.host(), session)))
                .andExpect(content().string(containsString("Agent area")))
                .andExpect(content().string(containsString("the whole public body")));
        mvc.perform(get("/agent/administration/agents/invitations/nouvelle").param("lang", "en")
                        .with(SignIn.as(tenant.host(), session)))
                .andExpect(content().string(containsString("Which roles should they have?")))
                .andExpect(content().string(containsString("Caseworker")));
    }
}
