package org.guichet.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.guichet.backoffice.BackOfficeAccessIntegrationTest.Route;
import org.guichet.dossier.Actor;
import org.guichet.dossier.DossierManagement;
import org.guichet.identity.AgentRole;
import org.guichet.instruction.InstructionSetup;
import org.guichet.shared.AccountId;
import org.guichet.support.IntegrationTest;
import org.guichet.support.SignIn;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Every route on one dossier × every kind of person, on a real dossier routed to a group: its group's
 * instructeur and the administrator get in; an instructeur of another group, a superviseur and a forged
 * or another tenant's id get 404; a citizen gets 403 and another tenant's agent is asked to sign in — and
 * none of those refused requests changes anything about the dossier.
 */
class DossierAccessMatrixIntegrationTest extends IntegrationTest {

    /** Everything that hangs on a dossier and that a request could change. */
    private static final String SNAPSHOT = """
            select d.version || '|' || d.state || '|' || d.answers::text || '|' || coalesce(d.assigned_to::text, '')
                || '|' || (select count(*) from dossier_event e where e.dossier_id = d.id)
                || '|' || (select count(*) from dossier_message m where m.dossier_id = d.id)
                || '|' || (select count(*) from annotation_value a where a.dossier_id = d.id)
                || '|' || (select count(*) from dossier_label l where l.dossier_id = d.id)
                || '|' || (select count(*) from dossier_follower f where f.dossier_id = d.id)
                || '|' || (select count(*) from expert_invitation x where x.dossier_id = d.id)
            from dossier d where d.id = ?""";

    @Autowired
    DossierManagement dossiers;

    @Autowired
    InstructionSetup setup;

    @Autowired
    JdbcClient jdbc;

    @TestFactory
    Stream<DynamicTest> onlyTheDossiersGroupAndItsAdministratorsReachItAndRefusalsChangeNothing() {
        Fixture f = new Fixture();
        return BackOfficeAccessIntegrationTest.ROUTES.stream().filter(r -> r.pattern().startsWith("/agent/dossiers/{id}"))
                .map(route -> DynamicTest.dynamicTest(route.toString(), () -> check(route, f)));
    }

    private void check(Route route, Fixture f) throws Exception {
        String before = snapshot(f);
        expect(call(route, f.dossier, f.tenant, f.otherGroup), 404, route, "an instructeur of another group");
        expect(call(route, f.dossier, f.tenant, f.supervisor), 404, route, "a superviseur");
        expect(call(route, f.dossier, f.tenant, f.citizen), 403, route, "a citizen");
        MockHttpServletResponse stranger = call(route, f.dossier, f.tenant, f.otherTenantAgent);
        assertThat(stranger.getRedirectedUrl()).as(route + ": another tenant's agent").endsWith("/connexion");
        expect(call(route, UUID.randomUUID(), f.tenant, f.groupMember), 404, route, "a forged id");
        expect(call(route, f.foreignDossier, f.tenant, f.admin), 404, route, "another tenant's dossier id");
        assertThat(snapshot(f)).as(route + ": refused requests changed the dossier").isEqualTo(before);

        boolean otherIds = route.pattern().replace("/agent/dossiers/{id}", "").contains("{");
        for (Map.Entry<String, Cookie> allowed : Map.of("its group's instructeur", f.groupMember,
                "an administrator", f.admin).entrySet()) {
            MockHttpServletResponse response = call(route, f.dossier, f.tenant, allowed.getValue());
            assertThat(response.getStatus()).as(route + ": " + allowed.getKey()).isNotEqualTo(403).isLessThan(500);
            if (!otherIds) {
                assertThat(response.getStatus()).as(route + ": " + allowed.getKey()).isNotEqualTo(404);
            }
        }
    }

    private static void expect(MockHttpServletResponse response, int status, Route route, String who) {
        assertThat(response.getStatus()).as(route + ": " + who).isEqualTo(status);
    }

    private String snapshot(Fixture f) {
        return TenantContext.callAs(f.tenant.id(), () -> jdbc.sql(SNAPSHOT).param(f.dossier).query(String.class).single());
    }

    private MockHttpServletResponse call(Route route, UUID dossier, TestTenant tenant, Cookie session) throws Exception {
        String path = route.pattern().replace("{id}", dossier.toString()).replaceAll("\\{[a-zA-Z]+}", UUID.randomUUID().toString());
        var builder = request(HttpMethod.valueOf(route.method()), path).with(SignIn.as(tenant.host(), session));
        if ("POST".equals(route.method())) {
            builder.with(csrf());
        }
        return mvc.perform(builder).andReturn().getResponse();
    }

    /** A dossier routed to the "Nord" group of its démarche, and one session per kind of person. */
    private final class Fixture {
        final TestTenant tenant = tenants.create();
        final TestTenant other = tenants.create();
        final UUID dossier;
        final UUID foreignDossier;
        final Cookie groupMember;
        final Cookie otherGroup;
        final Cookie supervisor;
        final Cookie admin;
        final Cookie citizen;
        final Cookie otherTenantAgent;

        Fixture() {
            UUID procedure = demarches.published(tenant, "matrice", "Démarche de la matrice");
            AccountId nord = tenants.account(tenant, "nord@example.org", AgentRole.INSTRUCTEUR);
            AccountId sud = tenants.account(tenant, "sud@example.org", AgentRole.INSTRUCTEUR);
            tenants.account(tenant, "superviseur@example.org", AgentRole.SUPERVISEUR);
            tenants.account(tenant, "admin@example.org", AgentRole.ADMINISTRATEUR);
            AccountId owner = tenants.account(tenant, "usager@example.org");
            tenants.account(tenant, "voisin@example.org");
            tenants.account(other, "agent@example.org", AgentRole.ADMINISTRATEUR);
            TenantContext.runAs(tenant.id(), () -> {
                setup.ensureGroup(procedure, "Sud", true, "nom", List.of(), List.of(sud));
                setup.ensureGroup(procedure, "Nord", false, "nom", List.of("Nord"), List.of(nord));
            });
            dossier = submitted(tenant, procedure, owner, "Nord");
            UUID otherProcedure = demarches.published(other, "ailleurs", "Démarche d’ailleurs");
            foreignDossier = submitted(other, otherProcedure, tenants.account(other, "usager@example.org"), "Ailleurs");
            awaitRouted(tenant, dossier);
            groupMember = SignIn.session(mvc, tenant.host(), "nord@example.org", TestTenants.PASSWORD);
            otherGroup = SignIn.session(mvc, tenant.host(), "sud@example.org", TestTenants.PASSWORD);
            supervisor = SignIn.session(mvc, tenant.host(), "superviseur@example.org", TestTenants.PASSWORD);
            admin = SignIn.session(mvc, tenant.host(), "admin@example.org", TestTenants.PASSWORD);
            citizen = SignIn.session(mvc, tenant.host(), "voisin@example.org", TestTenants.PASSWORD);
            otherTenantAgent = SignIn.session(mvc, other.host(), "agent@example.org", TestTenants.PASSWORD);
        }

        private UUID submitted(TestTenant where, UUID procedure, AccountId owner, String name) {
            return TenantContext.callAs(where.id(), () -> {
                UUID id = dossiers.createDraft(procedure, owner);
                dossiers.saveAnswers(id, owner, "{\"values\": {\"nom\": [\"" + name + "\"]}}", 0);
                dossiers.submit(id, owner);
                dossiers.transition(id, org.guichet.dossier.DossierState.EN_INSTRUCTION, Actor.system(),
                        dossiers.find(id).orElseThrow().version(), null);
                return id;
            });
        }

        private void awaitRouted(TestTenant where, UUID id) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                Boolean routed = TenantContext.callAs(where.id(), () -> jdbc.sql(
                        "select group_id is not null from dossier where id = ?").param(id).query(Boolean.class).single());
                if (routed) {
                    return;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            throw new AssertionError("The dossier was never routed to a group");
        }
    }
}
