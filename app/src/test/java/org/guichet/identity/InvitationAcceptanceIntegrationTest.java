package org.guichet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.guichet.shared.AccountId;
import org.guichet.support.AuditTrail;
import org.guichet.support.IntegrationTest;
import org.guichet.support.Mailbox;
import org.guichet.support.SignIn;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The invitation link: a new person creates a verified account, a known one signs in and accepts;
 * an unknown, expired, cancelled or used link changes nothing.
 */
class InvitationAcceptanceIntegrationTest extends IntegrationTest {

    private static final String PASSWORD = "un long mot de passe sûr";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    TestTenant tenant;
    Cookie admin;

    @BeforeEach
    void administratorSignsIn() {
        tenant = tenants.create();
        tenants.account(tenant, "admin@example.org", AgentRole.ADMINISTRATEUR);
        admin = SignIn.session(mvc, tenant.host(), "admin@example.org", TestTenants.PASSWORD);
    }

    @Test
    void aNewPersonChoosesANameAndPasswordAndReachesTheBackOffice() throws Exception {
        String email = AgentInvitationIntegrationTest.unique();
        String path = invite(email, "INSTRUCTEUR");

        mvc.perform(get(path).with(SignIn.on(tenant.host())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Créez votre compte")))
                .andExpect(content().string(containsString(email)));
        MvcResult accepted = mvc.perform(post(path).with(SignIn.on(tenant.host())).with(csrf())
                        .param("givenName", "Lina").param("familyName", "Roux").param("password", PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(path))
                .andReturn();
        mvc.perform(get(path).with(SignIn.as(tenant.host(), accepted.getResponse().getCookie("SESSION")))
                        .flashAttr("welcome", email))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre compte est prêt")));

        Map<String, Object> account = account(email);
        assertThat(account.get("given_name")).isEqualTo("Lina");
        assertThat(account.get("email_verified_at")).isNotNull();
        assertThat(account.get("password_hash").toString()).startsWith("$argon2id$");
        AccountId id = new AccountId((java.util.UUID) account.get("id"));
        assertThat(TenantContext.callAs(tenant.id(), () -> accounts.grantsOf(id)))
                .containsExactly(new RoleGrant(AgentRole.INSTRUCTEUR, null));
        assertThat(invitation(email).get("accepted_by")).isEqualTo(id.value());
        Cookie lina = SignIn.session(mvc, tenant.host(), email, PASSWORD);
        mvc.perform(get("/agent").with(SignIn.as(tenant.host(), lina))).andExpect(status().isOk());
        AuditTrail.awaitAction(jdbc, tenant.id(), "identity.invitation.accepted", email);
        AuditTrail.awaitAction(jdbc, tenant.id(), "identity.account.created", id.toString());
    }

    @Test
    void explainsAWeakPasswordOrAMissingNameAndCreatesNothing() throws Exception {
        String email = AgentInvitationIntegrationTest.unique();
        String path = invite(email, "SUPERVISEUR");

        mvc.perform(post(path).with(SignIn.on(tenant.host())).with(csrf())
                        .param("givenName", "").param("familyName", "Roux").param("password", "court"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez votre prénom")))
                .andExpect(content().string(containsString("au moins 12 caractères")))
                .andExpect(content().string(containsString("href=\"#password\"")));
        mvc.perform(post(path).with(SignIn.on(tenant.host())).with(csrf())
                        .param("givenName", "Lina").param("familyName", "Roux").param("password", email))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ne doit pas être votre adresse électronique")));

        assertThat(accountCount(email)).isZero();
        assertThat(invitation(email).get("accepted_at")).isNull();
    }

    @Test
    void aUsedLinkSaysSoAndCreatesNothingMore() throws Exception {
        String email = AgentInvitationIntegrationTest.unique();
        String path = invite(email, "INSTRUCTEUR");
        mvc.perform(post(path).with(SignIn.on(tenant.host())).with(csrf())
                .param("givenName", "Lina").param("familyName", "Roux").param("password", PASSWORD));

        mvc.perform(get(path).with(SignIn.on(tenant.host())))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("Cette invitation a déjà été utilisée")));
        mvc.perform(post(path).with(SignIn.on(tenant.host())).with(csrf())
                        .param("givenName", "Autre").param("familyName", "Personne").param("password", PASSWORD + "!"))
                .andExpect(status().isGone());

        assertThat(account(email).get("given_name")).isEqualTo("Lina");
    }

    @Test
    void anExpiredLinkSaysSoAndCreatesNothing() throws Exception {
        String email = AgentInvitationIntegrationTest.unique();
        String path = invite(email, "INSTRUCTEUR");
        TenantContext.runAs(tenant.id(), () -> jdbc.sql(
                "update agent_invitation set expires_at = now() - interval '1 minute' where email = ?").param(email).update());

        mvc.perform(get(path).with(SignIn.on(tenant.host())))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("Cette invitation a expiré")));
        mvc.perform(post(path).with(SignIn.on(tenant.host())).with(csrf())
                        .param("givenName", "Lina").param("familyName", "Roux").param("password", PASSWORD))
                .andExpect(status().isGone());

        assertThat(accountCount(email)).isZero();
    }

    @Test
    void anUnknownMalformedOrOtherTenantsLinkIsNotFound() throws Exception {
        String email = AgentInvitationIntegrationTest.unique();
        String path = invite(email, "INSTRUCTEUR");
        TestTenant other = tenants.create();

        mvc.perform(get(path).with(SignIn.on(other.host())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Ce lien d’invitation n’est pas valable")));
        mvc.perform(post(path).with(SignIn.on(other.host())).with(csrf())
                .param("givenName", "Lina").param("familyName", "Roux").param("password", PASSWORD))
                .andExpect(status().isNotFound());
        mvc.perform(get("/invitation/" + "A".repeat(43)).with(SignIn.on(tenant.host()))).andExpect(status().isNotFound());
        mvc.perform(get("/invitation/%27%3Cscript%3E").with(SignIn.on(tenant.host()))).andExpect(status().is4xxClientError());
        mvc.perform(get("/invitation/court").with(SignIn.on(tenant.host()))).andExpect(status().isNotFound());

        assertThat(TenantContext.callAs(other.id(), () -> jdbc.sql("select count(*) from account where email = ?")
                .param(email).query(Long.class).single())).isZero();
    }

    @Test
    void aPersonWithAnAccountSignsInAndTheRolesJoinIt() throws Exception {
        String email = AgentInvitationIntegrationTest.unique();
        AccountId citizen = tenants.account(tenant, email);
        String path = invite(email, "SUPERVISEUR");

        mvc.perform(get(path).with(SignIn.on(tenant.host())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Se connecter pour accepter")));
        mvc.perform(get(path + "/connexion").with(SignIn.on(tenant.host())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/connexion"));
        Cookie session = SignIn.session(mvc, tenant.host(), email, TestTenants.PASSWORD);
        mvc.perform(get(path).with(SignIn.as(tenant.host(), session)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Accepter l’invitation")));
        mvc.perform(post(path + "/acceptation").with(SignIn.as(tenant.host(), session)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/agent"));

        assertThat(TenantContext.callAs(tenant.id(), () -> accounts.grantsOf(citizen)))
                .containsExactly(new RoleGrant(AgentRole.SUPERVISEUR, null));
        mvc.perform(get("/agent").with(SignIn.as(tenant.host(), session))).andExpect(status().isOk());
        assertThat(accountCount(email)).isEqualTo(1);
    }

    @Test
    void someoneSignedInWithAnotherAccountCannotAcceptAndIsToldWhy() throws Exception {
        String email = AgentInvitationIntegrationTest.unique();
        String path = invite(email, "INSTRUCTEUR");
        tenants.account(tenant, "intrus@example.org");
        Cookie intruder = SignIn.session(mvc, tenant.host(), "intrus@example.org", TestTenants.PASSWORD);

        mvc.perform(get(path).with(SignIn.as(tenant.host(), intruder)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("mais cette invitation est adressée à " + email)));
        mvc.perform(post(path + "/acceptation").with(SignIn.as(tenant.host(), intruder)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(path));

        assertThat(invitation(email).get("accepted_at")).isNull();
        mvc.perform(get("/agent").with(SignIn.as(tenant.host(), intruder))).andExpect(status().isForbidden());
    }

    private String invite(String email, String role) throws Exception {
        mvc.perform(post("/agent/administration/agents/invitations").with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("email", email).param("roles", role).param("scope", "collectivite"))
                .andExpect(status().isFound());
        return AgentInvitationIntegrationTest.path(Mailbox.awaitLink(email, "/invitation/"));
    }

    private Map<String, Object> account(String email) {
        return TenantContext.callAs(tenant.id(), () -> jdbc.sql("select * from account where email = ?")
                .param(email).query().singleRow());
    }

    private long accountCount(String email) {
        return TenantContext.callAs(tenant.id(), () -> jdbc.sql("select count(*) from account where email = ?")
                .param(email).query(Long.class).single());
    }

    private Map<String, Object> invitation(String email) {
        return TenantContext.callAs(tenant.id(), () -> jdbc.sql("select * from agent_invitation where email = ?")
                .param(email).query().singleRow());
    }
}
