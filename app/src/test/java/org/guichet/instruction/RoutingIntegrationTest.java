package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.AgentRole;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.shared.AccountId;
import org.guichet.support.AuditTrail;
import org.guichet.support.IntegrationTest;
import org.guichet.support.SignIn;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Routing groups managed by administrators, dossiers routed by their answers, and what group members see and change. */
class RoutingIntegrationTest extends IntegrationTest {

    @Autowired ProcedureForms forms;
    @Autowired ProcedureManagement procedures;
    @Autowired DossierManagement dossiers;
    @Autowired AccountManagement accounts;
    @Autowired JdbcClient jdbc;

    InboxFixture fixture;
    TestTenant tenant;
    UUID procedure;
    Cookie admin;
    AccountId lyonAgent;
    AccountId otherAgent;
    UUID lyon;
    UUID others;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new InboxFixture(demarches, forms, procedures, dossiers, accounts);
        tenant = tenants.create();
        procedure = fixture.procedure(tenant, "terrasse");
        tenants.account(tenant, "admin@example.org", AgentRole.ADMINISTRATEUR);
        lyonAgent = tenants.account(tenant, "lyon@example.org", AgentRole.INSTRUCTEUR);
        otherAgent = tenants.account(tenant, "autres@example.org", AgentRole.INSTRUCTEUR);
        admin = SignIn.session(mvc, tenant.host(), "admin@example.org", TestTenants.PASSWORD);
        String base = "/agent/administration/demarches/" + procedure + "/groupes";
        expectRedirect(send(post(base).param("nom", "Autres communes"), admin));
        expectRedirect(send(post(base).param("nom", "Lyon"), admin));
        others = groupNamed("Autres communes");
        lyon = groupNamed("Lyon");
        expectRedirect(send(post(base + "/" + lyon + "/regles").param("champ", "commune").param("valeurs", "69123, 13055"), admin));
        expectRedirect(send(post(base + "/" + lyon + "/membres").param("agent", lyonAgent.value().toString()), admin));
        expectRedirect(send(post(base + "/" + others + "/membres").param("agent", otherAgent.value().toString()), admin));
    }

    @Test
    void aNewDossierLandsInTheGroupWhoseRuleMatchesElseInTheDefaultGroup() {
        AccountId usager = fixture.person(tenant, "u@example.org", "A", "B");
        Dossier inLyon = fixture.file(tenant, procedure, usager, Map.of("nom", "B", "commune", "69123"));
        Dossier byName = fixture.file(tenant, procedure, usager, Map.of("nom", "B", "commune", "Marseille"));
        Dossier elsewhere = fixture.file(tenant, procedure, usager, Map.of("nom", "B", "commune", "75056"));

        assertThat(awaitGroup(inLyon)).isEqualTo(lyon);
        assertThat(awaitGroup(byName)).isEqualTo(lyon);
        assertThat(awaitGroup(elsewhere)).isEqualTo(others);
        AuditTrail.awaitAction(jdbc, tenant.id(), "instruction.dossier.routed", inLyon.id().toString());
        AuditTrail.awaitAction(jdbc, tenant.id(), "instruction.routing.group-created", lyon.toString());
        AuditTrail.awaitAction(jdbc, tenant.id(), "instruction.routing.member-added", lyonAgent.value().toString());
    }

    @Test
    void aGroupMemberSeesOnlyTheGroupsDossiersAndGets404ForTheOthers() throws Exception {
        AccountId usager = fixture.person(tenant, "u@example.org", "A", "B");
        Dossier inLyon = fixture.file(tenant, procedure, usager, Map.of("nom", "B", "commune", "69123"));
        Dossier elsewhere = fixture.file(tenant, procedure, usager, Map.of("nom", "B", "commune", "75056"));
        awaitGroup(inLyon);
        awaitGroup(elsewhere);
        Cookie lyonSession = SignIn.session(mvc, tenant.host(), "lyon@example.org", TestTenants.PASSWORD);

        assertThat(InboxIntegrationTest.ids(inbox(lyonSession))).containsExactly(inLyon.id());
        assertThat(InboxIntegrationTest.ids(inbox(admin))).containsExactlyInAnyOrder(inLyon.id(), elsewhere.id());
        assertThat(send(post("/agent/dossiers/" + elsewhere.id() + "/suivre"), lyonSession).getStatus()).isEqualTo(404);
        assertThat(followers(elsewhere)).isZero();
        expectRedirect(send(post("/agent/dossiers/" + inLyon.id() + "/suivre"), lyonSession));
        assertThat(followers(inLyon)).isEqualTo(1);
        assertThat(InboxIntegrationTest.ids(send(get("/agent/dossiers?onglet=a-moi"), lyonSession))).containsExactly(inLyon.id());
    }

    @Test
    void labelsFollowAndAssignmentAreAuthorisedAuditedAndRefuseForgedIds() throws Exception {
        Dossier d = fixture.file(tenant, procedure, fixture.person(tenant, "u@example.org", "A", "B"), Map.of("nom", "B", "commune", "69123"));
        awaitGroup(d);
        expectRedirect(send(post("/agent/administration/demarches/" + procedure + "/etiquettes").param("nom", "Urgent")
                .param("couleur", "red"), admin));
        UUID label = TenantContext.callAs(tenant.id(), () -> jdbc.sql("select id from instruction_label where procedure_id = ?")
                .param(procedure).query(UUID.class).single());
        Cookie lyonSession = SignIn.session(mvc, tenant.host(), "lyon@example.org", TestTenants.PASSWORD);
        String url = "/agent/dossiers/" + d.id();

        MockHttpServletResponse labelled = send(post(url + "/etiquettes").param("etiquette", label.toString()), lyonSession);
        assertThat(labelled.getRedirectedUrl()).isEqualTo(url);
        expectRedirect(send(post(url + "/attribuer").param("agent", lyonAgent.value().toString()), lyonSession));
        assertThat(send(post(url + "/attribuer").param("agent", otherAgent.value().toString()), lyonSession).getStatus())
                .as("an agent outside the dossier's group").isEqualTo(400);
        assertThat(send(post(url + "/etiquettes").param("etiquette", UUID.randomUUID().toString()), lyonSession).getStatus()).isEqualTo(400);
        assertThat(send(post(url + "/etiquettes").param("etiquette", "pas-un-id"), lyonSession).getStatus()).isEqualTo(400);

        String assigned = TenantContext.callAs(tenant.id(), () -> jdbc.sql("select assigned_to::text from dossier where id = ?")
                .param(d.id()).query(String.class).single());
        assertThat(assigned).isEqualTo(lyonAgent.value().toString());
        assertThat(InboxIntegrationTest.ids(send(get("/agent/dossiers?etiquette=" + label), lyonSession))).containsExactly(d.id());
        AuditTrail.awaitAction(jdbc, tenant.id(), "instruction.dossier.labelled", d.id().toString());
        AuditTrail.awaitAction(jdbc, tenant.id(), "instruction.dossier.assigned", d.id().toString());
        AuditTrail.awaitAction(jdbc, tenant.id(), "instruction.routing.label-created", label.toString());

        for (String forged : new String[] {UUID.randomUUID().toString(), "pas-un-id"}) {
            for (String action : new String[] {"/etiquettes", "/suivre", "/attribuer"}) {
                assertThat(send(post("/agent/dossiers/" + forged + action), lyonSession).getStatus()).as(forged + action).isEqualTo(404);
            }
        }
        TestTenant other = tenants.create();
        tenants.account(other, "admin@example.org", AgentRole.ADMINISTRATEUR);
        Cookie otherAdmin = SignIn.session(mvc, other.host(), "admin@example.org", TestTenants.PASSWORD);
        MockHttpServletResponse crossTenant = mvc.perform(post(url + "/suivre").with(csrf()).with(SignIn.as(other.host(), otherAdmin)))
                .andReturn().getResponse();
        assertThat(crossTenant.getStatus()).isEqualTo(404);
        assertThat(followers(d)).isZero();
    }

    @Test
    void aGroupHoldingDossiersCannotBeDeletedAndBadInputSaysHowToFixIt() throws Exception {
        awaitGroup(fixture.file(tenant, procedure, fixture.person(tenant, "u@example.org", "A", "B"), Map.of("nom", "B", "commune", "69123")));
        String base = "/agent/administration/demarches/" + procedure + "/groupes";

        MockHttpServletResponse refused = send(post(base + "/" + lyon + "/suppression"), admin);
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Ce groupe contient des dossiers");
        assertThat(send(post(base).param("nom", "Lyon"), admin).getContentAsString()).contains("porte déjà ce nom");
        assertThat(send(post(base).param("nom", "x"), admin).getContentAsString()).contains("Saisissez un nom de 2 à 100 caractères");
        assertThat(send(post(base + "/" + lyon + "/regles").param("champ", "inconnu").param("valeurs", "1"), admin)
                .getContentAsString()).contains("Choisissez une question du formulaire");
        assertThat(send(post(base + "/" + lyon + "/membres").param("agent", UUID.randomUUID().toString()), admin)
                .getContentAsString()).contains("Choisissez un agent qui instruit cette démarche");
        assertThat(send(post(base + "/" + UUID.randomUUID() + "/nom").param("nom", "Nouveau"), admin).getStatus()).isEqualTo(404);
        assertThat(send(get("/agent/administration/demarches/" + UUID.randomUUID() + "/groupes"), admin).getStatus()).isEqualTo(404);
        expectRedirect(send(post(base + "/" + others + "/suppression"), admin));
        assertThat(send(get(base), admin).getContentAsString()).doesNotContain("Autres communes");
    }

    private UUID groupNamed(String name) {
        return TenantContext.callAs(tenant.id(), () -> jdbc.sql("select id from instruction_group where procedure_id = ? and name = ?")
                .params(procedure, name).query(UUID.class).single());
    }

    private UUID awaitGroup(Dossier dossier) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            Optional<UUID> group = TenantContext.callAs(tenant.id(), () -> jdbc.sql("select group_id from dossier where id = ?")
                    .param(dossier.id()).query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class))).single());
            if (group.isPresent()) {
                return group.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("dossier " + dossier.reference() + " was not routed");
    }

    private long followers(Dossier dossier) {
        return TenantContext.callAs(tenant.id(), () -> jdbc.sql("select count(*) from dossier_follower where dossier_id = ?")
                .param(dossier.id()).query(Long.class).single());
    }

    private MockHttpServletResponse inbox(Cookie session) throws Exception {
        return send(get("/agent/dossiers"), session);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Cookie session) throws Exception {
        return mvc.perform(request.with(csrf()).with(SignIn.as(tenant.host(), session))).andReturn().getResponse();
    }

    private static void expectRedirect(MockHttpServletResponse response) {
        assertThat(response.getStatus()).as("redirect after a change").isEqualTo(302);
    }
}
