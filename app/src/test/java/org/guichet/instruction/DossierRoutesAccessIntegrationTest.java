package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierState;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.AgentRole;
import org.guichet.instruction.internal.decision.Decision;
import org.guichet.instruction.internal.decision.DecisionRepository;
import org.guichet.shared.AccountId;
import org.guichet.support.IntegrationTest;
import org.guichet.support.SignIn;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.ServiceUnitManagement;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every route of the agent's dossier page and of the usager's decision answers 404 to whoever may
 * not reach the dossier: a forged id, another tenant's agent, a superviseur, an instructeur of
 * another service, another usager. Nothing is changed by their posts.
 */
class DossierRoutesAccessIntegrationTest extends IntegrationTest {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DecisionRepository decisions;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ServiceUnitManagement services;

    @Test
    void everyoneOutOfReachGetsNotFoundAndChangesNothing() throws Exception {
        DecisionFixture f = new DecisionFixture(tenants, demarches, mvc, dossiers, decisions);
        Dossier d = f.submitted();
        f.act(f.agentSession, d, "accepter", d.version(), "");
        Decision decision = f.awaitLetter(d.id());
        Dossier decided = f.reload(d.id());
        Dossier otherDossier = f.submitted();
        UUID otherAck = awaitAcknowledgement(f, otherDossier.id());

        Cookie superviseur = session(f.tenant, "superviseur", AgentRole.SUPERVISEUR);
        String elsewhereEmail = "instructeur-voirie-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        AccountId elsewhere = tenants.account(f.tenant, elsewhereEmail);
        TenantContext.runAs(f.tenant.id(), () -> accounts.grantRole(elsewhere, AgentRole.INSTRUCTEUR, Optional.of(
                services.create(new ServiceUnitManagement.ServiceDetails("Voirie " + UUID.randomUUID(), "", "", ""), "test"))));
        Cookie otherService = SignIn.session(mvc, f.tenant.host(), elsewhereEmail, TestTenants.PASSWORD);
        TestTenant other = tenants.create();
        Cookie otherTenantAgent = session(other, "agent", AgentRole.ADMINISTRATEUR);

        for (Cookie outsider : List.of(superviseur, otherService)) {
            for (MockHttpServletRequestBuilder request : agentRoutes(d.id(), decision.documentId(), decided.version())) {
                assertThat(mvc.perform(request.with(SignIn.as(f.tenant.host(), outsider))).andReturn().getResponse().getStatus())
                        .as(request.toString()).isEqualTo(404);
            }
        }
        for (MockHttpServletRequestBuilder request : agentRoutes(d.id(), decision.documentId(), decided.version())) {
            assertThat(mvc.perform(request.with(SignIn.as(other.host(), otherTenantAgent))).andReturn().getResponse().getStatus())
                    .isEqualTo(404);
        }
        for (String forged : List.of(UUID.randomUUID().toString(), "pas-un-identifiant")) {
            for (MockHttpServletRequestBuilder request : agentRoutes(forged, decision.documentId(), decided.version())) {
                assertThat(mvc.perform(request.with(SignIn.as(f.tenant.host(), f.agentSession))).andReturn().getResponse().getStatus())
                        .isEqualTo(404);
            }
        }
        // A document or file of another dossier, through this dossier's routes.
        assertThat(status(get("/agent/dossiers/" + d.id() + "/documents/" + otherAck), f.tenant, f.agentSession)).isEqualTo(404);
        assertThat(status(get("/agent/dossiers/" + d.id() + "/documents/pas-un-id"), f.tenant, f.agentSession)).isEqualTo(404);
        assertThat(status(get("/agent/dossiers/" + d.id() + "/pieces/" + otherAck), f.tenant, f.agentSession)).isEqualTo(404);
        assertThat(f.reload(d.id()).state()).isEqualTo(DossierState.ACCEPTE);
        assertThat(f.reload(d.id()).version()).isEqualTo(decided.version());
    }

    @Test
    void anotherUsagerAndForgedIdsGetNotFoundOnTheDecision() throws Exception {
        DecisionFixture f = new DecisionFixture(tenants, demarches, mvc, dossiers, decisions);
        Dossier d = f.submitted();
        f.act(f.agentSession, d, "accepter", d.version(), "");
        Decision decision = f.awaitLetter(d.id());
        Cookie neighbour = session(f.tenant, "voisin", null);
        Cookie owner = SignIn.session(mvc, f.tenant.host(), f.citizenEmail, TestTenants.PASSWORD);
        Dossier undecided = f.submitted();

        assertThat(status(get("/mes-demarches/" + d.id() + "/decision"), f.tenant, neighbour)).isEqualTo(404);
        assertThat(status(get("/mes-demarches/" + UUID.randomUUID() + "/decision"), f.tenant, owner)).isEqualTo(404);
        assertThat(status(get("/mes-demarches/pas-un-identifiant/decision"), f.tenant, owner)).isEqualTo(404);
        assertThat(status(get("/mes-demarches/" + undecided.id() + "/decision"), f.tenant, owner)).isEqualTo(404);
        assertThat(f.in(() -> decisions.find(decision.id())).orElseThrow().firstOpenedAt()).isNull();
        assertThat(status(get("/agent/dossiers/" + d.id()), f.tenant, owner)).isEqualTo(403);
    }

    private List<MockHttpServletRequestBuilder> agentRoutes(Object dossier, UUID document, int version) {
        return List.of(get("/agent/dossiers/" + dossier),
                post("/agent/dossiers/" + dossier + "/actions").with(csrf()).param("action", "reexaminer")
                        .param("version", String.valueOf(version)),
                get("/agent/dossiers/" + dossier + "/documents/" + document),
                get("/agent/dossiers/" + dossier + "/pieces/" + document));
    }

    private int status(MockHttpServletRequestBuilder request, TestTenant tenant, Cookie session) throws Exception {
        return mvc.perform(request.with(SignIn.as(tenant.host(), session))).andReturn().getResponse().getStatus();
    }

    private Cookie session(TestTenant tenant, String who, AgentRole role) {
        String email = who + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        if (role == null) {
            tenants.account(tenant, email);
        } else {
            tenants.account(tenant, email, role);
        }
        return SignIn.session(mvc, tenant.host(), email, TestTenants.PASSWORD);
    }

    private UUID awaitAcknowledgement(DecisionFixture f, UUID dossier) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Optional<UUID> found = f.in(() -> dossiers.acknowledgementOf(dossier));
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No accusé de réception after 20 s");
    }
}
