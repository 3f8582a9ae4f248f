package org.guichet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.shared.AccountId;
import org.guichet.support.AuditTrail;
import org.guichet.support.IntegrationTest;
import org.guichet.support.SignIn;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.ServiceUnitManagement;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Administrators see their agents, change and revoke roles, within their own tenant only. */
class AgentAdministrationIntegrationTest extends IntegrationTest {

    private static final String AGENTS = "/agent/administration/agents";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ServiceUnitManagement services;

    TestTenant tenant;
    AccountId adminId;
    Cookie admin;

    @BeforeEach
    void administratorSignsIn() {
        tenant = tenants.create();
        adminId = tenants.account(tenant, "admin@example.org", AgentRole.ADMINISTRATEUR);
        admin = SignIn.session(mvc, tenant.host(), "admin@example.org", TestTenants.PASSWORD);
    }

    @Test
    void listsAgentsWithTheirRolesAndWhereTheyApply() throws Exception {
        UUID voirie = service(tenant, "Voirie");
        AccountId instructor = tenants.account(tenant, "karim@example.org");
        TenantContext.runAs(tenant.id(), () -> accounts.grantRole(instructor, AgentRole.INSTRUCTEUR, Optional.of(voirie)));
        tenants.account(tenant, "citoyen@example.org");

        mvc.perform(get(AGENTS).with(SignIn.as(tenant.host(), admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("karim@example.org")))
                .andExpect(content().string(containsString("Instructeur")))
                .andExpect(content().string(containsString("Voirie")))
                .andExpect(content().string(not(containsString("citoyen@example.org"))));
    }

    @Test
    void addsAndRemovesARoleAndAuditsBoth() throws Exception {
        AccountId agent = tenants.account(tenant, "sophie@example.org", AgentRole.SUPERVISEUR);
        UUID service = service(tenant, "État civil");

        mvc.perform(post(AGENTS + "/" + agent + "/roles").with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("role", "INSTRUCTEUR").param("scope", service.toString()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("saved", "agents.role.added"));
        assertThat(grants(agent)).containsExactlyInAnyOrder(new RoleGrant(AgentRole.SUPERVISEUR, null),
                new RoleGrant(AgentRole.INSTRUCTEUR, service));
        AuditTrail.awaitAction(jdbc, tenant.id(), "identity.role.granted", agent + " INSTRUCTEUR service:" + service);

        UUID grant = grantId(agent, "SUPERVISEUR");
        mvc.perform(post(AGENTS + "/" + agent + "/roles/" + grant + "/retrait").with(SignIn.as(tenant.host(), admin)).with(csrf()))
                .andExpect(status().isFound());
        assertThat(grants(agent)).containsExactly(new RoleGrant(AgentRole.INSTRUCTEUR, service));
        AuditTrail.awaitAction(jdbc, tenant.id(), "identity.role.revoked", agent + " SUPERVISEUR tenant");
    }

    @Test
    void refusesAnAdministratorRoleLimitedToAServiceOrAForgedScope() throws Exception {
        AccountId agent = tenants.account(tenant, "paul@example.org", AgentRole.SUPERVISEUR);
        UUID service = service(tenant, "Urbanisme");
        UUID foreignService = service(tenants.create(), "Urbanisme");

        mvc.perform(post(AGENTS + "/" + agent + "/roles").with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("role", "ADMINISTRATEUR").param("scope", service.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le rôle d’administrateur vaut pour toute la collectivité")));
        mvc.perform(post(AGENTS + "/" + agent + "/roles").with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("role", "INSTRUCTEUR").param("scope", foreignService.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez « Toute la collectivité » ou l’un des services")));
        mvc.perform(post(AGENTS + "/" + agent + "/roles").with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("role", "ROOT").param("scope", "collectivite"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez le rôle à ajouter")));

        assertThat(grants(agent)).containsExactly(new RoleGrant(AgentRole.SUPERVISEUR, null));
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnLastAdministratorRoleAndIsToldWhy() throws Exception {
        UUID own = grantId(adminId, "ADMINISTRATEUR");

        mvc.perform(post(AGENTS + "/" + adminId + "/roles/" + own + "/retrait").with(SignIn.as(tenant.host(), admin)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("refused", "agents.refused.ownLastAdministratorRole"));
        mvc.perform(post(AGENTS + "/" + adminId + "/revocation").with(SignIn.as(tenant.host(), admin)).with(csrf()))
                .andExpect(flash().attribute("refused", "agents.refused.ownRoles"));
        mvc.perform(get(AGENTS + "/" + adminId).with(SignIn.as(tenant.host(), admin))
                        .flashAttr("refused", "agents.refused.ownLastAdministratorRole"))
                .andExpect(content().string(containsString("Vous ne pouvez pas retirer votre propre rôle d’administrateur")));

        assertThat(grants(adminId)).containsExactly(new RoleGrant(AgentRole.ADMINISTRATEUR, null));
    }

    @Test
    void anAdministratorMayDropTheirAdministratorRoleWhenTheyHaveAnother() throws Exception {
        TenantContext.runAs(tenant.id(), () -> accounts.grantRole(adminId, AgentRole.INSTRUCTEUR, Optional.empty()));
        AccountId second = tenants.account(tenant, "second-admin@example.org", AgentRole.ADMINISTRATEUR);

        mvc.perform(post(AGENTS + "/" + second + "/roles/" + grantId(second, "ADMINISTRATEUR") + "/retrait")
                        .with(SignIn.as(tenant.host(), admin)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(AGENTS));

        assertThat(grants(second)).isEmpty();
    }

    @Test
    void revokingEveryRoleEndsBackOfficeAccessAtTheNextRequest() throws Exception {
        AccountId agent = tenants.account(tenant, "nadia@example.org", AgentRole.INSTRUCTEUR);
        Cookie nadia = SignIn.session(mvc, tenant.host(), "nadia@example.org", TestTenants.PASSWORD);
        mvc.perform(get("/agent").with(SignIn.as(tenant.host(), nadia))).andExpect(status().isOk());

        mvc.perform(post(AGENTS + "/" + agent + "/revocation").with(SignIn.as(tenant.host(), admin)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(AGENTS));

        assertThat(grants(agent)).isEmpty();
        mvc.perform(get("/agent").with(SignIn.as(tenant.host(), nadia))).andExpect(status().isForbidden());
        AuditTrail.awaitAction(jdbc, tenant.id(), "identity.role.revoked", agent + " INSTRUCTEUR tenant");
    }

    @Test
    void anotherTenantsAgentACitizenOrAMadeUpIdIsNotFoundAndUnchanged() throws Exception {
        TestTenant other = tenants.create();
        AccountId foreign = tenants.account(other, "agent@example.org", AgentRole.INSTRUCTEUR);
        AccountId citizen = tenants.account(tenant, "citoyenne@example.org");
        UUID foreignGrant = TenantContext.callAs(other.id(), () -> grantId(foreign, "INSTRUCTEUR"));

        for (UUID id : List.of(foreign.value(), citizen.value(), UUID.randomUUID())) {
            mvc.perform(get(AGENTS + "/" + id).with(SignIn.as(tenant.host(), admin))).andExpect(status().isNotFound());
            mvc.perform(post(AGENTS + "/" + id + "/roles").with(SignIn.as(tenant.host(), admin)).with(csrf())
                    .param("role", "ADMINISTRATEUR").param("scope", "collectivite")).andExpect(status().isNotFound());
            mvc.perform(post(AGENTS + "/" + id + "/revocation").with(SignIn.as(tenant.host(), admin)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post(AGENTS + "/" + adminId + "/roles/" + foreignGrant + "/retrait")
                .with(SignIn.as(tenant.host(), admin)).with(csrf())).andExpect(status().isNotFound());

        assertThat(TenantContext.callAs(other.id(), () -> grants(foreign)))
                .containsExactly(new RoleGrant(AgentRole.INSTRUCTEUR, null));
        assertThat(grants(citizen)).isEmpty();
    }

    private UUID service(TestTenant t, String name) {
        return TenantContext.callAs(t.id(), () -> services.create(new ServiceUnitManagement.ServiceDetails(name, "", "", ""), "test"));
    }

    private List<RoleGrant> grants(AccountId account) {
        return TenantContext.current().isPresent() ? accounts.grantsOf(account)
                : TenantContext.callAs(tenant.id(), () -> accounts.grantsOf(account));
    }

    private UUID grantId(AccountId account, String role) {
        return TenantContext.callAs(TenantContext.current().orElse(tenant.id()), () -> jdbc.sql(
                        "select id from account_role where account_id = ? and role = ?")
                .params(account.value(), role).query(UUID.class).single());
    }
}
