package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.identity.AgentRole;
import org.guichet.shared.AccountId;
import org.guichet.support.AuditTrail;
import org.guichet.support.IntegrationTest;
import org.guichet.support.SignIn;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit trail (DOMAIN.md rule 9): every dossier page an agent reads is recorded with the
 * address it came from, and administrators consult the trail, filtered, 50 entries a page. No one
 * can change it, not even by SQL.
 */
class JournalIntegrationTest extends IntegrationTest {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readingADossierPageRecordsOneConsultationWithTheAddress() throws Exception {
        Fixture f = new Fixture();

        mvc.perform(get("/agent/dossiers/" + f.dossier.id() + "/correction").with(SignIn.as(f.t.host(), f.agent))
                        .with(r -> {
                            r.setRemoteAddr("203.0.113.7");
                            return r;
                        }))
                .andExpect(status().isOk());

        AuditTrail.awaitAction(jdbc, f.t.id(), "dossier.consulted", f.dossier.id().toString());
        List<Map<String, Object>> rows = TenantContext.callAs(f.t.id(), () -> jdbc.sql("""
                select actor, host(ip_address) as ip, details->>'path' as path from audit_event
                where action = 'dossier.consulted' and target = ?""").param(f.dossier.id().toString()).query().listOfRows());
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst()).containsEntry("actor", f.agentId.value().toString()).containsEntry("ip", "203.0.113.7")
                .containsEntry("path", "/agent/dossiers/" + f.dossier.id() + "/correction");
    }

    @Test
    void aDossierOutOfReachIsNotRecordedAsRead() throws Exception {
        Fixture f = new Fixture();
        UUID unknown = UUID.randomUUID();

        mvc.perform(get("/agent/dossiers/" + unknown + "/correction").with(SignIn.as(f.t.host(), f.agent)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agent/dossiers/" + f.dossier.id() + "/correction").with(SignIn.as(f.t.host(), f.agent)));

        AuditTrail.awaitAction(jdbc, f.t.id(), "dossier.consulted", f.dossier.id().toString());
        assertThat(TenantContext.callAs(f.t.id(), () -> jdbc.sql("select count(*) from audit_event where target = ?")
                .param(unknown.toString()).query(Long.class).single())).isZero();
    }

    @Test
    void administratorsFilterTheTrailByActionActorTargetAndDate() throws Exception {
        Fixture f = new Fixture();
        mvc.perform(get("/agent/dossiers/" + f.dossier.id() + "/correction").with(SignIn.as(f.t.host(), f.agent)));
        AuditTrail.awaitAction(jdbc, f.t.id(), "dossier.consulted", f.dossier.id().toString());

        journal(f, "?action=dossier.cons&actor=agent@example.org&target=" + f.dossier.reference())
                .andExpect(content().string(containsString("Dossier consulté")))
                .andExpect(content().string(containsString("Prénom Nom (agent@example.org)")))
                .andExpect(content().string(containsString(f.dossier.reference())))
                .andExpect(content().string(containsString("127.0.0.1")));
        journal(f, "?action=dossier.submitted&target=" + f.dossier.id())
                .andExpect(content().string(containsString("Dossier déposé")))
                .andExpect(content().string(not(containsString("Dossier consulté"))));
        journal(f, "?actor=quelqu-un@example.org").andExpect(content().string(containsString("Aucune entrée")));
        journal(f, "?from=2999-01-01").andExpect(content().string(containsString("Aucune entrée")));
        journal(f, "?action=%25").andExpect(content().string(containsString("Aucune entrée")));
        journal(f, "?from=demain").andExpect(content().string(containsString("Saisissez la date de début")));
        journal(f, "?from=2027-03-02&to=2027-03-01")
                .andExpect(content().string(containsString("Choisissez une date de fin après la date de début")));
    }

    @Test
    void theTrailIsPagedNewestFirstFiftyAtATime() throws Exception {
        Fixture f = new Fixture();
        TenantContext.runAs(f.t.id(), () -> {
            for (int i = 1; i <= 60; i++) {
                jdbc.sql("insert into audit_event (tenant_id, actor, action, target) values (?, 'system', 'test.page', ?)")
                        .params(f.t.id().value(), "entrée-" + i).update();
            }
        });

        String first = journal(f, "?action=test.page").andReturn().getResponse().getContentAsString();
        assertThat(count(first, "journal-entry")).isEqualTo(50);
        assertThat(first).contains("entrée-60").doesNotContain("entrée-10<");
        Matcher older = Pattern.compile("href=\"(/agent/administration/journal\\?[^\"]*before=\\d+)\"").matcher(first);
        assertThat(older.find()).isTrue();

        String second = mvc.perform(get(older.group(1).replace("&amp;", "&")).with(SignIn.as(f.t.host(), f.admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(count(second, "journal-entry")).isEqualTo(10);
        assertThat(second).contains("entrée-1<").doesNotContain("entrée-11<").doesNotContain("govuk-pagination");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteTheTrail() {
        Fixture f = new Fixture();
        TenantContext.runAs(f.t.id(), () -> jdbc.sql("insert into audit_event (tenant_id, actor, action) values (?, 'x', 'test.keep')")
                .param(f.t.id().value()).update());

        assertThatThrownBy(() -> TenantContext.runAs(f.t.id(), () -> jdbc.sql("update audit_event set action = 'changed'").update()))
                .hasMessageContaining("audit_event");
        assertThatThrownBy(() -> TenantContext.runAs(f.t.id(), () -> jdbc.sql("delete from audit_event").update()))
                .hasMessageContaining("audit_event");
        assertThat(TenantContext.callAs(f.t.id(), () -> jdbc.sql("select count(*) from audit_event where action = 'test.keep'")
                .query(Long.class).single())).isEqualTo(1);
    }

    @Test
    void instructeursAndOtherTenantsCannotReadIt() throws Exception {
        Fixture f = new Fixture();
        Fixture other = new Fixture();

        mvc.perform(get("/agent/administration/journal").with(SignIn.as(f.t.host(), f.agent))).andExpect(status().isForbidden());
        mvc.perform(get("/agent/administration/journal").with(SignIn.as(f.t.host(), other.admin)))
                .andExpect(status().is3xxRedirection());
        journal(f, "").andExpect(content().string(not(containsString(other.t.slug()))));
    }

    private org.springframework.test.web.servlet.ResultActions journal(Fixture f, String query) throws Exception {
        return mvc.perform(get("/agent/administration/journal" + query).with(SignIn.as(f.t.host(), f.admin)))
                .andExpect(status().isOk());
    }

    private static int count(String html, String marker) {
        return html.split(marker, -1).length - 1;
    }

    /** A tenant with a submitted dossier, a signed-in instructeur and a signed-in administrator. */
    private final class Fixture {
        final TestTenant t = tenants.create();
        final AccountId agentId = tenants.account(t, "agent@example.org", AgentRole.INSTRUCTEUR);
        final Dossier dossier;
        final Cookie agent;
        final Cookie admin;

        Fixture() {
            tenants.account(t, "admin@example.org", AgentRole.ADMINISTRATEUR);
            AccountId usager = tenants.account(t, "usager@example.org");
            UUID procedure = demarches.published(t, "creche", "Inscription en crèche");
            dossier = TenantContext.callAs(t.id(), () -> dossiers.submit(dossiers.createDraft(procedure, usager), usager));
            agent = SignIn.session(mvc, t.host(), "agent@example.org", TestTenants.PASSWORD);
            admin = SignIn.session(mvc, t.host(), "admin@example.org", TestTenants.PASSWORD);
        }
    }
}
