package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierState;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.AgentRole;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.shared.AccountId;
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

/** The inbox: who sees what, tabs and counts, each filter, search, sorting and keyset pages, bad parameters. */
class InboxIntegrationTest extends IntegrationTest {

    private static final Pattern TAB = Pattern.compile("class=\"guichet-tabs__item\">\\s*<a[^>]*>\\s*([^<]+?)\\s*<span[^>]*>([^<]*)</span>");
    private static final Pattern ROW_LINK = Pattern.compile("href=\"/agent/dossiers/([0-9a-f-]{36})\"");

    @Autowired ProcedureForms forms;
    @Autowired ProcedureManagement procedures;
    @Autowired DossierManagement dossiers;
    @Autowired AccountManagement accounts;
    @Autowired JdbcClient jdbc;

    InboxFixture fixture;
    TestTenant tenant;
    UUID procedure;
    AccountId admin;
    Cookie adminSession;

    @BeforeEach
    void setUp() {
        fixture = new InboxFixture(demarches, forms, procedures, dossiers, accounts);
        tenant = tenants.create();
        procedure = fixture.procedure(tenant, "demarche");
        admin = tenants.account(tenant, "admin@example.org", AgentRole.ADMINISTRATEUR);
        adminSession = SignIn.session(mvc, tenant.host(), "admin@example.org", TestTenants.PASSWORD);
    }

    @Test
    void listsSubmittedDossiersOfInstructedProceduresButNeverDrafts() throws Exception {
        AccountId usager = fixture.person(tenant, "u@example.org", "Lucie", "Martin");
        Dossier filed = fixture.file(tenant, procedure, usager, Map.of("nom", "Martin"));
        UUID draft = fixture.draft(tenant, procedure, usager);

        List<UUID> ids = ids(inbox(adminSession, ""));

        assertThat(ids).containsExactly(filed.id()).doesNotContain(draft);
        String page = inbox(adminSession, "").getContentAsString();
        assertThat(page).contains(filed.reference()).contains("Lucie Martin").contains("Démarche demarche");
    }

    @Test
    void anAgentOfAnotherServiceOrASupervisorSeesNothing() throws Exception {
        UUID otherService = TenantContext.callAs(tenant.id(), () -> serviceUnits.create(
                new org.guichet.tenancy.ServiceUnitManagement.ServiceDetails("Autre service", "", "", ""), "test"));
        fixture.agent(tenant, "ailleurs@example.org", AgentRole.INSTRUCTEUR, otherService);
        tenants.account(tenant, "superviseur@example.org", AgentRole.SUPERVISEUR);
        fixture.file(tenant, procedure, fixture.person(tenant, "u@example.org", "A", "B"), Map.of("nom", "B"));

        assertThat(ids(inbox(session("ailleurs@example.org"), ""))).isEmpty();
        assertThat(ids(inbox(session("superviseur@example.org"), ""))).isEmpty();
        assertThat(ids(inbox(adminSession, ""))).hasSize(1);
    }

    @Test
    void tabsSplitByStateAndCountInOneGo() throws Exception {
        AccountId usager = fixture.person(tenant, "u@example.org", "A", "B");
        Dossier fresh = fixture.file(tenant, procedure, usager, Map.of("nom", "B"));
        Dossier examined = fixture.move(tenant, fixture.file(tenant, procedure, usager, Map.of("nom", "B")), admin, DossierState.EN_INSTRUCTION);
        Dossier accepted = fixture.move(tenant, fixture.move(tenant, fixture.file(tenant, procedure, usager, Map.of("nom", "B")),
                admin, DossierState.EN_INSTRUCTION), admin, DossierState.ACCEPTE);

        assertThat(ids(inbox(adminSession, "onglet=nouveaux"))).containsExactly(fresh.id());
        assertThat(ids(inbox(adminSession, "onglet=en-instruction"))).containsExactly(examined.id());
        assertThat(ids(inbox(adminSession, "onglet=traites"))).containsExactly(accepted.id());
        assertThat(ids(inbox(adminSession, "onglet=tous"))).hasSize(3);
        assertThat(ids(inbox(adminSession, "onglet=a-moi"))).isEmpty();
        String page = inbox(adminSession, "").getContentAsString();
        assertThat(page).containsPattern("Nouveaux\\s*<span[^>]*>1</span>").containsPattern("Tous\\s*<span[^>]*>3</span>")
                .containsPattern("Mes dossiers\\s*<span[^>]*>0</span>");
        assertThat(page).containsPattern("href=\"/agent/dossiers\\?onglet=tous\"\\s+aria-current=\"page\"");
    }

    @Test
    void countsAreTheSameWhetherReadFromTheTallyOrCountedWithAFilter() throws Exception {
        AccountId usager = fixture.person(tenant, "u@example.org", "A", "B");
        fixture.file(tenant, procedure, usager, Map.of("nom", "B"));
        Dossier assigned = fixture.move(tenant, fixture.file(tenant, procedure, usager, Map.of("nom", "B")), admin, DossierState.EN_INSTRUCTION);
        Dossier followed = fixture.move(tenant, fixture.move(tenant, fixture.file(tenant, procedure, usager, Map.of("nom", "B")),
                admin, DossierState.EN_INSTRUCTION), admin, DossierState.REFUSE);
        TenantContext.runAs(tenant.id(), () -> {
            jdbc.sql("update dossier set assigned_to = ? where id in (?, ?)").params(admin.value(), assigned.id(), followed.id()).update();
            jdbc.sql("insert into dossier_follower (tenant_id, dossier_id, account_id) values (?, ?, ?)")
                    .params(tenant.id().value(), followed.id(), admin.value()).update();
        });
        String tallied = tabCounts(inbox(adminSession, ""));
        String counted = tabCounts(inbox(adminSession, "depot-du=2000-01-01"));

        assertThat(tallied).isEqualTo("Mes dossiers 2|Nouveaux 1|En instruction 1|Traités 1|Tous 3").isEqualTo(counted);
        assertThat(ids(inbox(adminSession, "onglet=a-moi"))).as("assigned and followed, once each")
                .containsExactlyInAnyOrder(assigned.id(), followed.id());
        assertThat(ids(inbox(adminSession, "onglet=a-moi&etat=refuse"))).containsExactly(followed.id());
        assertThat(tabCounts(inbox(adminSession, "etat=en_instruction")))
                .isEqualTo("Mes dossiers 1|Nouveaux 0|En instruction 1|Traités 0|Tous 1")
                .isEqualTo(tabCounts(inbox(adminSession, "etat=en_instruction&q=B")));
        assertThat(tabCounts(inbox(adminSession, "demarche=" + fixture.procedure(tenant, "vide"))))
                .isEqualTo("Mes dossiers 0|Nouveaux 0|En instruction 0|Traités 0|Tous 0");
    }

    @Test
    void pastAThousandMatchesTheCountsOfAFilteredInboxAreLowerBounds() throws Exception {
        TenantContext.runAs(tenant.id(), () -> jdbc.sql("""
                insert into dossier (tenant_id, procedure_id, reference, state, submitted_at)
                select ?, ?, '2001-' || lpad(g::text, 6, '0'), case when g % 2 = 0 then 'EN_CONSTRUCTION' else 'ACCEPTE' end, now()
                from generate_series(1, 1050) g""").params(tenant.id().value(), procedure).update());

        assertThat(tabCounts(inbox(adminSession, "")))
                .as("without a filter every count is exact").isEqualTo("Mes dossiers 0|Nouveaux 525|En instruction 0|Traités 525|Tous 1 050");
        assertThat(tabCounts(inbox(adminSession, "depot-du=2000-01-01")))
                .matches("Mes dossiers au moins 0\\|Nouveaux au moins \\d[\\d ]*\\|En instruction au moins 0\\|Traités au moins \\d[\\d ]*\\|Tous au moins 1 000");
    }

    @Test
    void searchIgnoresAccentsAndFindsPartialWordsNamesAndReferences() throws Exception {
        AccountId lucie = fixture.person(tenant, "l@example.org", "Lucie", "Dupont");
        AccountId emile = fixture.person(tenant, "e@example.org", "Émile", "Gérard");
        Dossier school = fixture.file(tenant, procedure, lucie, Map.of("nom", "Dupont", "message", "Inscription à l’École Jules-Ferry"));
        Dossier road = fixture.file(tenant, procedure, emile, Map.of("nom", "Gérard", "message", "Trou dans la chaussée"));

        assertThat(ids(inbox(adminSession, "q=ecole"))).containsExactly(school.id());
        assertThat(ids(inbox(adminSession, "q=" + java.net.URLEncoder.encode("ÉCOLES", java.nio.charset.StandardCharsets.UTF_8)))).containsExactly(school.id());
        assertThat(ids(inbox(adminSession, "q=dupo"))).containsExactly(school.id());
        assertThat(ids(inbox(adminSession, "q=emile+gera"))).containsExactly(road.id());
        assertThat(ids(inbox(adminSession, "q=" + road.reference()))).containsExactly(road.id());
        assertThat(ids(inbox(adminSession, "q=chaussee"))).containsExactly(road.id());
        assertThat(ids(inbox(adminSession, "q=" + java.net.URLEncoder.encode("' | ! & :* ()", java.nio.charset.StandardCharsets.UTF_8)))).hasSize(2);
        assertThat(ids(inbox(adminSession, "q=introuvable"))).isEmpty();
    }

    @Test
    void filtersByProcedureStateDatesLabelAssigneeAndDeadline() throws Exception {
        UUID other = fixture.procedure(tenant, "autre");
        AccountId usager = fixture.person(tenant, "u@example.org", "A", "B");
        Dossier a = fixture.file(tenant, procedure, usager, Map.of("nom", "B"));
        Dossier b = fixture.move(tenant, fixture.file(tenant, other, usager, Map.of("nom", "B")), admin, DossierState.EN_INSTRUCTION);
        UUID label = TenantContext.callAs(tenant.id(), () -> jdbc.sql(
                "insert into instruction_label (tenant_id, procedure_id, name, colour) values (?, ?, 'Urgent', 'red') returning id")
                .params(tenant.id().value(), procedure).query(UUID.class).single());
        TenantContext.runAs(tenant.id(), () -> {
            jdbc.sql("insert into dossier_label (tenant_id, dossier_id, label_id) values (?, ?, ?)")
                    .params(tenant.id().value(), a.id(), label).update();
            jdbc.sql("update dossier set assigned_to = ?, implicit_decision_on = current_date + 3 where id = ?")
                    .params(admin.value(), b.id()).update();
            jdbc.sql("update dossier set implicit_decision_on = current_date - 1 where id = ?").param(a.id()).update();
        });
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString();
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(1).toString();

        assertThat(ids(inbox(adminSession, "demarche=" + other))).containsExactly(b.id());
        assertThat(inbox(adminSession, "demarche=" + other).getContentAsString())
                .as("the chosen démarche's dossiers can be exported").contains("/agent/demarches/" + other + "/exports");
        assertThat(inbox(adminSession, "").getContentAsString()).doesNotContain("/exports");
        assertThat(ids(inbox(adminSession, "etat=en_instruction"))).containsExactly(b.id());
        assertThat(ids(inbox(adminSession, "etiquette=" + label))).containsExactly(a.id());
        assertThat(ids(inbox(adminSession, "instructeur=" + admin.value()))).containsExactly(b.id());
        assertThat(ids(inbox(adminSession, "instructeur=aucun"))).containsExactly(a.id());
        assertThat(ids(inbox(adminSession, "echeance=proche"))).containsExactly(b.id());
        assertThat(ids(inbox(adminSession, "echeance=depassee"))).containsExactly(a.id());
        assertThat(ids(inbox(adminSession, "depot-du=" + today + "&depot-au=" + today))).hasSize(2);
        assertThat(ids(inbox(adminSession, "depot-du=" + tomorrow))).isEmpty();
        assertThat(ids(inbox(adminSession, "maj-au=2000-01-01"))).isEmpty();
        assertThat(inbox(adminSession, "etiquette=" + label).getContentAsString()).contains("govuk-tag--red");
    }

    @Test
    void badParametersGiveAMessageOrTheDefaultNeverAnError() throws Exception {
        fixture.file(tenant, procedure, fixture.person(tenant, "u@example.org", "A", "B"), Map.of("nom", "B"));

        MockHttpServletResponse bad = inbox(adminSession, "depot-du=27/03/2026&demarche=nope&etat=BROUILLON&echeance=demain");
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("Saisissez une date réelle, par exemple 2026-03-27")
                .contains("href=\"#filtre-depot-du\"").contains("Choisissez une démarche dans la liste")
                .contains("Choisissez un état dans la liste").contains("govuk-error-summary");
        assertThat(ids(bad)).hasSize(1);
        assertThat(ids(inbox(adminSession, "tri=n%27importe&onglet=xyz&apres=garbage"))).hasSize(1);
        assertThat(inbox(adminSession, "q=" + "a".repeat(5000)).getStatus()).isEqualTo(200);
        assertThat(ids(inbox(adminSession, "demarche=" + UUID.randomUUID()))).isEmpty();
    }

    @Test
    void keysetPagesCoverEveryDossierOnceInEachOrderAndTab() throws Exception {
        AccountId usager = fixture.person(tenant, "u@example.org", "A", "B");
        for (int i = 0; i < 57; i++) {
            fixture.file(tenant, procedure, usager, Map.of("nom", "B" + i));
        }
        // "Mine" merges assigned and followed dossiers: some are both, some only one.
        TenantContext.runAs(tenant.id(), () -> {
            jdbc.sql("update dossier set assigned_to = ? where procedure_id = ? and right(reference, 1) in ('0', '2', '4', '6', '8')")
                    .params(admin.value(), procedure).update();
            jdbc.sql("""
                    insert into dossier_follower (tenant_id, dossier_id, account_id)
                    select tenant_id, id, ? from dossier where procedure_id = ? and right(reference, 1) not in ('0', '2')""")
                    .params(admin.value(), procedure).update();
        });
        for (String tab : List.of("", "onglet=a-moi&")) {
            for (String sort : List.of("maj-desc", "maj-asc", "depot-desc", "depot-asc")) {
                String what = tab + sort;
                MockHttpServletResponse first = inbox(adminSession, tab + "tri=" + sort);
                List<UUID> seen = new ArrayList<>(ids(first));
                assertThat(seen).as(what).hasSize(50);
                Matcher next = Pattern.compile("href=\"(/agent/dossiers\\?[^\"]*apres=[^\"]*)\"\\s+rel=\"next\"").matcher(first.getContentAsString());
                assertThat(next.find()).as(what + " next link").isTrue();
                MockHttpServletResponse second = mvc.perform(get(java.net.URI.create(next.group(1).replace("&amp;", "&"))).with(SignIn.as(tenant.host(), adminSession)))
                        .andReturn().getResponse();
                seen.addAll(ids(second));
                assertThat(seen).as(what).hasSize(57);
                assertThat(new HashSet<>(seen)).as(what + " without duplicates").hasSize(57);
                assertThat(second.getContentAsString()).doesNotContain("rel=\"next\"");
            }
        }
    }

    @Test
    void anotherTenantsAgentSeesNoneOfThisTenantsDossiers() throws Exception {
        fixture.file(tenant, procedure, fixture.person(tenant, "u@example.org", "A", "B"), Map.of("nom", "B"));
        TestTenant other = tenants.create();
        tenants.account(other, "admin@example.org", AgentRole.ADMINISTRATEUR);
        Cookie otherSession = SignIn.session(mvc, other.host(), "admin@example.org", TestTenants.PASSWORD);

        assertThat(inbox(otherSession, "").getRedirectedUrl()).as("a session on another tenant's host counts as nobody")
                .endsWith("/connexion");
        MockHttpServletResponse own = mvc.perform(get(java.net.URI.create("/agent/dossiers?demarche=" + procedure))
                .with(SignIn.as(other.host(), otherSession))).andReturn().getResponse();
        assertThat(ids(own)).isEmpty();
    }

    @Test
    void rendersTheBatchFormForTheDecisionEndpoint() throws Exception {
        Dossier d = fixture.file(tenant, procedure, fixture.person(tenant, "u@example.org", "A", "B"), Map.of("nom", "B"));

        String page = inbox(adminSession, "").getContentAsString();

        assertThat(page).contains("action=\"/agent/dossiers/lot\"").contains("name=\"_csrf\"")
                .contains("name=\"dossier\" id=\"lot-" + d.id() + "\" value=\"" + d.id() + "\"")
                .contains("<option value=\"instruire\"").contains("<option value=\"accepter\"")
                .contains("<option value=\"refuser\"").contains("<option value=\"classer\"").contains("name=\"motivation\"");
    }

    @Autowired org.guichet.tenancy.ServiceUnitManagement serviceUnits;

    private Cookie session(String email) {
        return SignIn.session(mvc, tenant.host(), email, TestTenants.PASSWORD);
    }

    MockHttpServletResponse inbox(Cookie session, String query) throws Exception {
        return mvc.perform(get(java.net.URI.create("/agent/dossiers?" + query)).with(SignIn.as(tenant.host(), session))).andReturn().getResponse();
    }

    /** The tabs as "name count|name count…", in order. */
    static String tabCounts(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        List<String> tabs = new ArrayList<>();
        Matcher m = TAB.matcher(response.getContentAsString());
        while (m.find()) {
            tabs.add(m.group(1).strip() + " " + m.group(2).replace('\u00a0', ' ').replace('\u202f', ' '));
        }
        return String.join("|", tabs);
    }

    static List<UUID> ids(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        List<UUID> ids = new ArrayList<>();
        Matcher m = ROW_LINK.matcher(response.getContentAsString());
        while (m.find()) {
            ids.add(UUID.fromString(m.group(1)));
        }
        return ids;
    }
}
