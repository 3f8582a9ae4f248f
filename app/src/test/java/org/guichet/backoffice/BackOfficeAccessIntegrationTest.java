package org.guichet.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.guichet.identity.AgentRole;
import org.guichet.support.IntegrationTest;
import org.guichet.support.SignIn;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.ServiceUnitManagement;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every back-office and platform route, and who may reach it: anonymous visitors are sent to sign
 * in, citizens, instructors and superviseurs get 403 where they have no business (which dossier an
 * agent may open is DossierAccessMatrixIntegrationTest's), a session from another tenant
 * (or from the platform) counts as nobody, and the platform console answers only platform
 * administrators on the platform host. A route added to these controllers without a row here fails.
 */
class BackOfficeAccessIntegrationTest extends IntegrationTest {

    private static final String PLATFORM_HOST = "localhost";

    /** Who may use a route. */
    enum Area { AGENT, ADMINISTRATION, PLATFORM, PUBLIC }

    record Route(String method, String pattern, Area area) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/agent", Area.AGENT),
            new Route("GET", "/agent/administration/services", Area.ADMINISTRATION),
            new Route("GET", "/agent/administration/services/nouveau", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/services", Area.ADMINISTRATION),
            new Route("GET", "/agent/administration/services/{id}", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/services/{id}", Area.ADMINISTRATION),
            new Route("GET", "/agent/administration/agents", Area.ADMINISTRATION),
            new Route("GET", "/agent/administration/agents/{accountId}", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/agents/{accountId}/roles", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/agents/{accountId}/roles/{grantId}/retrait", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/agents/{accountId}/revocation", Area.ADMINISTRATION),
            new Route("GET", "/agent/administration/agents/invitations/nouvelle", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/agents/invitations", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/agents/invitations/{id}/annulation", Area.ADMINISTRATION),
            new Route("GET", "/agent/dossiers/{id}", Area.AGENT),
            new Route("POST", "/agent/dossiers/{id}/actions", Area.AGENT),
            new Route("GET", "/agent/dossiers/{id}/pieces/{reference}", Area.AGENT),
            new Route("GET", "/agent/dossiers/{id}/documents/{documentId}", Area.AGENT),
            new Route("POST", "/agent/dossiers/lot", Area.AGENT),
            new Route("GET", "/agent/administration/demarches/{procedureId}/decisions", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/demarches/{procedureId}/decisions", Area.ADMINISTRATION),
            new Route("GET", "/agent/dossiers", Area.AGENT),
            new Route("GET", "/agent/guichet", Area.AGENT),
            new Route("POST", "/agent/guichet", Area.AGENT),
            new Route("POST", "/agent/dossiers/{id}/etiquettes", Area.AGENT),
            new Route("POST", "/agent/dossiers/{id}/suivre", Area.AGENT),
            new Route("POST", "/agent/dossiers/{id}/attribuer", Area.AGENT),
            new Route("GET", "/agent/administration/demarches/{procedureId}/groupes", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/demarches/{procedureId}/groupes", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/demarches/{procedureId}/groupes/{groupId}/nom", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/demarches/{procedureId}/groupes/{groupId}/defaut", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/demarches/{procedureId}/groupes/{groupId}/suppression", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/demarches/{procedureId}/groupes/{groupId}/membres", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/demarches/{procedureId}/groupes/{groupId}/membres/{accountId}/retrait", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/demarches/{procedureId}/groupes/{groupId}/regles", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/demarches/{procedureId}/groupes/{groupId}/regles/{ruleId}/retrait", Area.ADMINISTRATION),
            new Route("GET", "/agent/administration/demarches/{procedureId}/etiquettes", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/demarches/{procedureId}/etiquettes", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/demarches/{procedureId}/etiquettes/{labelId}/suppression", Area.ADMINISTRATION),
            new Route("GET", "/agent/dossiers/{id}/messagerie", Area.AGENT),
            new Route("POST", "/agent/dossiers/{id}/messagerie", Area.AGENT),
            new Route("GET", "/agent/dossiers/{id}/messagerie/pieces/{documentId}", Area.AGENT),
            new Route("GET", "/agent/dossiers/{id}/annotations", Area.AGENT),
            new Route("POST", "/agent/dossiers/{id}/annotations", Area.AGENT),
            new Route("GET", "/agent/dossiers/{id}/avis", Area.AGENT),
            new Route("POST", "/agent/dossiers/{id}/avis", Area.AGENT),
            new Route("GET", "/agent/dossiers/{id}/avis/{invitationId}/piece", Area.AGENT),
            new Route("GET", "/agent/administration/demarches/{procedureId}/annotations", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/demarches/{procedureId}/annotations", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/demarches/{procedureId}/annotations/{fieldId}/supprimer", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/demarches/{procedureId}/annotations/{fieldId}/deplacer", Area.ADMINISTRATION),
            new Route("GET", "/agent/administration/journal", Area.ADMINISTRATION),
            new Route("GET", "/agent/administration/demarches/{procedureId}/delais", Area.ADMINISTRATION),
            new Route("POST", "/agent/administration/demarches/{procedureId}/delais", Area.ADMINISTRATION),
            new Route("GET", "/agent/dossiers/{id}/correction", Area.AGENT),
            new Route("POST", "/agent/dossiers/{id}/correction", Area.AGENT),
            new Route("GET", "/agent/demarches/{procedureId}/exports", Area.AGENT),
            new Route("POST", "/agent/demarches/{procedureId}/exports", Area.AGENT),
            new Route("GET", "/agent/exports/{jobId}", Area.AGENT),
            new Route("GET", "/agent/exports/{jobId}/etat", Area.AGENT),
            new Route("GET", "/agent/exports/{jobId}/fichier", Area.AGENT),
            new Route("GET", "/plateforme", Area.PLATFORM),
            new Route("GET", "/plateforme/collectivites/nouvelle", Area.PLATFORM),
            new Route("POST", "/plateforme/collectivites", Area.PLATFORM),
            new Route("GET", "/plateforme/collectivites/{id}", Area.PLATFORM),
            new Route("POST", "/plateforme/collectivites/{id}", Area.PLATFORM),
            new Route("POST", "/plateforme/collectivites/{id}/noms-d-hote", Area.PLATFORM),
            new Route("POST", "/plateforme/collectivites/{id}/administrateurs", Area.PLATFORM),
            new Route("POST", "/plateforme/collectivites/{id}/logo", Area.PLATFORM),
            new Route("GET", "/plateforme/collectivites/{id}/logo", Area.PLATFORM),
            new Route("GET", "/invitation/{token}", Area.PUBLIC),
            new Route("POST", "/invitation/{token}", Area.PUBLIC),
            new Route("GET", "/invitation/{token}/connexion", Area.PUBLIC),
            new Route("POST", "/invitation/{token}/acceptation", Area.PUBLIC),
            new Route("GET", "/branding/logo", Area.PUBLIC),
            new Route("GET", "/avis/{token}", Area.PUBLIC),
            new Route("POST", "/avis/{token}", Area.PUBLIC));

    private static final Set<String> OUR_PACKAGES = Set.of("org.guichet.backoffice.internal",
            "org.guichet.tenancy.internal.web", "org.guichet.tenancy.internal.platform", "org.guichet.identity.internal.agents",
            "org.guichet.instruction.internal.inbox", "org.guichet.instruction.internal.routing",
            "org.guichet.instruction.internal.messaging", "org.guichet.instruction.internal.annotations",
            "org.guichet.instruction.internal.experts", "org.guichet.instruction.internal.counter",
            "org.guichet.instruction.internal.journal", "org.guichet.instruction.internal.deadlines",
            "org.guichet.instruction.internal.correction",
            "org.guichet.instruction.internal.exports",
            "org.guichet.instruction.internal.dossier", "org.guichet.instruction.internal.decision");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ServiceUnitManagement services;

    @Test
    void theTableListsEveryRouteOfTheBackOfficeAndPlatformControllers() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (OUR_PACKAGES.contains(handler.getBeanType().getPackageName())) {
                for (String pattern : info.getPatternValues()) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
                }
            }
        });

        assertThat(mapped).isEqualTo(ROUTES.stream().map(Route::toString).collect(Collectors.toCollection(TreeSet::new)));
    }

    @TestFactory
    Stream<DynamicTest> everyRouteAdmitsOnlyWhoItShould() {
        Fixture f = new Fixture();
        return ROUTES.stream().filter(r -> r.area() != Area.PUBLIC)
                .map(route -> DynamicTest.dynamicTest(route.toString(), () -> check(route, f)));
    }

    @TestFactory
    Stream<DynamicTest> publicRoutesAnswerAnonymousVisitorsWithoutServerError() {
        Fixture f = new Fixture();
        return ROUTES.stream().filter(r -> r.area() == Area.PUBLIC)
                .map(route -> DynamicTest.dynamicTest(route.toString(), () ->
                        assertThat(call(route, f, f.tenant.host(), null).getStatus()).isLessThan(500)));
    }

    private void check(Route route, Fixture f) throws Exception {
        String home = route.area() == Area.PLATFORM ? PLATFORM_HOST : f.tenant.host();

        expectSignIn(call(route, f, home, null), "anonymous");
        expectSignIn(call(route, f, f.tenant.host(), f.otherAdmin), "another tenant's administrator");
        if (route.area() == Area.PLATFORM) {
            expectSignIn(call(route, f, PLATFORM_HOST, f.admin), "a tenant administrator's session on the platform host");
        } else {
            expectSignIn(call(route, f, home, f.operator), "a platform administrator's session on a tenant host");
        }
        if (route.area() == Area.PLATFORM) {
            expectForbidden(call(route, f, f.tenant.host(), f.admin), "a tenant administrator on its own host");
            expectForbidden(call(route, f, f.tenant.host(), f.citizen), "a citizen on a tenant host");
            expectSignIn(call(route, f, PLATFORM_HOST, f.citizen), "a citizen's session on the platform host");
            expectAllowed(call(route, f, PLATFORM_HOST, f.operator), "the platform administrator");
            return;
        }
        expectForbidden(call(route, f, home, f.citizen), "a citizen");
        if (route.area() == Area.ADMINISTRATION) {
            expectForbidden(call(route, f, home, f.instructor), "an instructor");
            expectForbidden(call(route, f, home, f.supervisor), "a superviseur");
        } else {
            expectAllowed(call(route, f, home, f.instructor), "an instructor");
        }
        expectAllowed(call(route, f, home, f.admin), "an administrator");
    }

    private MockHttpServletResponse call(Route route, Fixture f, String host, Cookie session) throws Exception {
        String path = route.pattern()
                .replace("/services/{id}", "/services/" + f.service)
                .replace("{accountId}", f.victim.toString())
                .replace("{grantId}", UUID.randomUUID().toString())
                .replace("/invitations/{id}", "/invitations/" + UUID.randomUUID())
                .replace("/collectivites/{id}", "/collectivites/" + f.tenant.id())
                .replace("{token}", "A".repeat(43))
                .replace("/dossiers/{id}", "/dossiers/" + UUID.randomUUID())
                .replace("{reference}", UUID.randomUUID().toString())
                .replace("{documentId}", UUID.randomUUID().toString())
                .replace("{procedureId}", f.procedure.toString())
                .replace("{groupId}", UUID.randomUUID().toString())
                .replace("{ruleId}", UUID.randomUUID().toString())
                .replace("{labelId}", UUID.randomUUID().toString())
                .replace("{jobId}", UUID.randomUUID().toString())
                .replaceAll("\\{(documentId|invitationId|fieldId)}", UUID.randomUUID().toString());
        var builder = request(HttpMethod.valueOf(route.method()), path).with(SignIn.as(host, session));
        if ("POST".equals(route.method())) {
            builder.with(csrf());
        }
        return mvc.perform(builder).andReturn().getResponse();
    }

    private static void expectSignIn(MockHttpServletResponse response, String who) {
        assertThat(response.getStatus()).as(who + ": status").isEqualTo(302);
        assertThat(response.getRedirectedUrl()).as(who + ": redirect").endsWith("/connexion");
    }

    private static void expectForbidden(MockHttpServletResponse response, String who) {
        assertThat(response.getStatus()).as(who).isEqualTo(403);
    }

    /** Reached the controller: whatever it answered (a page, a redirect, a 404 for a made-up id), it was not sent to sign in nor refused. */
    private static void expectAllowed(MockHttpServletResponse response, String who) {
        assertThat(response.getStatus()).as(who).isNotEqualTo(403).isLessThan(500);
        String location = response.getRedirectedUrl();
        assertThat(location == null || !location.endsWith("/connexion")).as(who + " sent to sign in").isTrue();
    }

    /** Two tenants and one session per kind of person, signed in through the real form. */
    private final class Fixture {
        final TestTenant tenant = tenants.create();
        final TestTenant other = tenants.create();
        final UUID service;
        final UUID victim;
        final UUID procedure;
        final Cookie admin;
        final Cookie instructor;
        final Cookie citizen;
        final Cookie supervisor;
        final Cookie otherAdmin;
        final Cookie operator;

        Fixture() {
            tenants.account(tenant, "admin@example.org", AgentRole.ADMINISTRATEUR);
            tenants.account(tenant, "instructeur@example.org", AgentRole.INSTRUCTEUR);
            tenants.account(tenant, "citoyen@example.org");
            victim = tenants.account(tenant, "agent@example.org", AgentRole.SUPERVISEUR).value();
            tenants.account(other, "admin@example.org", AgentRole.ADMINISTRATEUR);
            service = TenantContext.callAs(tenant.id(), () -> services.create(
                    new ServiceUnitManagement.ServiceDetails("Voirie", "", "", ""), "test"));
            procedure = demarches.published(tenant, "demarche", "Démarche");
            admin = SignIn.session(mvc, tenant.host(), "admin@example.org", TestTenants.PASSWORD);
            instructor = SignIn.session(mvc, tenant.host(), "instructeur@example.org", TestTenants.PASSWORD);
            citizen = SignIn.session(mvc, tenant.host(), "citoyen@example.org", TestTenants.PASSWORD);
            supervisor = SignIn.session(mvc, tenant.host(), "agent@example.org", TestTenants.PASSWORD);
            otherAdmin = SignIn.session(mvc, other.host(), "admin@example.org", TestTenants.PASSWORD);
            operator = SignIn.session(mvc, PLATFORM_HOST, "plateforme@guichet.localhost", "demo-guichet-2026");
        }
    }
}
