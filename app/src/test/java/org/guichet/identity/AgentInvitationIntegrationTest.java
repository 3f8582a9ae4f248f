package org.guichet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
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

/** Administrators invite agents by email; only a hash of the link's token is kept; invitations can be cancelled. */
class AgentInvitationIntegrationTest extends IntegrationTest {

    private static final String INVITATIONS = "/agent/administration/agents/invitations";

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
    void invitesAnAgentKeepingOnlyAHashOfTheMailedLink() throws Exception {
        String email = unique();

        mvc.perform(post(INVITATIONS).with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("email", email.toUpperCase()).param("roles", "INSTRUCTEUR", "SUPERVISEUR")
                        .param("scope", "collectivite"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/agent/administration/agents"))
                .andExpect(flash().attribute("invited", email));

        String link = Mailbox.awaitLink(email, "/invitation/");
        assertThat(link).startsWith("http://" + tenant.host() + "/invitation/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        Map<String, Object> row = invitation(email);
        assertThat((byte[]) row.get("token_hash")).isEqualTo(sha256(token));
        assertThat(row.get("roles").toString()).isEqualTo("{INSTRUCTEUR,SUPERVISEUR}");
        Instant expires = ((java.sql.Timestamp) row.get("expires_at")).toInstant();
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofDays(7).minusMinutes(5), Duration.ofDays(7));
        assertThat(Mailbox.awaitText(email)).contains(tenant.slug()).contains("instructeur").contains("caseworker");
        AuditTrail.awaitAction(jdbc, tenant.id(), "identity.invitation.created", email);
        mvc.perform(get("/agent/administration/agents").with(SignIn.as(tenant.host(), admin)))
                .andExpect(content().string(containsString(email)));
    }

    @Test
    void explainsWhatIsMissingOrWrongAndInvitesNobody() throws Exception {
        mvc.perform(post(INVITATIONS).with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("email", "pas une adresse").param("scope", "collectivite"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez une adresse électronique valide")))
                .andExpect(content().string(containsString("Cochez au moins un rôle")))
                .andExpect(content().string(containsString("href=\"#roles\"")));
        mvc.perform(post(INVITATIONS).with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("email", unique()).param("roles", "ADMINISTRATEUR").param("scope", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez « Toute la collectivité » ou l’un des services")));

        assertThat(count()).isZero();
    }

    @Test
    void refusesToInviteSomeoneWhoIsAlreadyAnAgent() throws Exception {
        tenants.account(tenant, "deja@example.org", AgentRole.INSTRUCTEUR);

        mvc.perform(post(INVITATIONS).with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("email", "deja@example.org").param("roles", "SUPERVISEUR").param("scope", "collectivite"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette personne est déjà agent de la collectivité")));

        assertThat(count()).isZero();
    }

    @Test
    void invitingAgainReplacesThePendingInvitation() throws Exception {
        String email = unique();
        invite(email);
        String first = Mailbox.awaitLink(email, "/invitation/");
        invite(email);

        assertThat(TenantContext.callAs(tenant.id(), () -> jdbc.sql(
                "select count(*) from agent_invitation where email = ? and cancelled_at is null").param(email)
                .query(Long.class).single())).isEqualTo(1);
        mvc.perform(get(path(first)).with(SignIn.on(tenant.host())))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("Cette invitation a été annulée")));
    }

    @Test
    void cancelsAPendingInvitationWhoseLinkThenSaysSo() throws Exception {
        String email = unique();
        invite(email);
        String link = Mailbox.awaitLink(email, "/invitation/");
        UUID id = (UUID) invitation(email).get("id");

        mvc.perform(post(INVITATIONS + "/" + id + "/annulation").with(SignIn.as(tenant.host(), admin)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("cancelled", email));
        mvc.perform(post(INVITATIONS + "/" + id + "/annulation").with(SignIn.as(tenant.host(), admin)).with(csrf()))
                .andExpect(flash().attribute("refused", "agents.refused.notPending"));

        assertThat(invitation(email).get("cancelled_at")).isNotNull();
        AuditTrail.awaitAction(jdbc, tenant.id(), "identity.invitation.cancelled", email);
        mvc.perform(get(path(link)).with(SignIn.on(tenant.host())))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("Rien n’a été modifié")));
    }

    @Test
    void anotherTenantsInvitationOrAMadeUpIdCannotBeCancelledHere() throws Exception {
        TestTenant other = tenants.create();
        tenants.account(other, "admin@example.org", AgentRole.ADMINISTRATEUR);
        Cookie otherAdmin = SignIn.session(mvc, other.host(), "admin@example.org", TestTenants.PASSWORD);
        String email = unique();
        mvc.perform(post(INVITATIONS).with(SignIn.as(other.host(), otherAdmin)).with(csrf())
                .param("email", email).param("roles", "INSTRUCTEUR").param("scope", "collectivite"));
        UUID foreign = TenantContext.callAs(other.id(), () -> jdbc.sql("select id from agent_invitation where email = ?")
                .param(email).query(UUID.class).single());

        for (UUID id : new UUID[] {foreign, UUID.randomUUID()}) {
            mvc.perform(post(INVITATIONS + "/" + id + "/annulation").with(SignIn.as(tenant.host(), admin)).with(csrf()))
                    .andExpect(status().isNotFound());
        }

        assertThat(TenantContext.callAs(other.id(), () -> jdbc.sql(
                "select cancelled_at is null from agent_invitation where id = ?").param(foreign)
                .query(Boolean.class).single())).isTrue();
    }

    private void invite(String email) throws Exception {
        mvc.perform(post(INVITATIONS).with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("email", email).param("roles", "INSTRUCTEUR").param("scope", "collectivite"))
                .andExpect(status().isFound());
    }

    private Map<String, Object> invitation(String email) {
        return TenantContext.callAs(tenant.id(), () -> jdbc.sql(
                "select * from agent_invitation where email = ? order by created_at desc limit 1")
                .param(email).query().singleRow());
    }

    private long count() {
        return TenantContext.callAs(tenant.id(), () -> jdbc.sql("select count(*) from agent_invitation")
                .query(Long.class).single());
    }

    static String path(String link) {
        return link.substring(link.indexOf("/invitation/"));
    }

    static String unique() {
        return "agent-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static byte[] sha256(String token) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
    }
}
