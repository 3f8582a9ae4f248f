package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierState;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.AgentRole;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.shared.AccountId;
import org.guichet.support.IntegrationTest;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The inbox's tab counts read {@code dossier_tally}, which triggers keep (V113): after every kind of
 * change to dossiers — filing, moves between states, routing, bulk updates, deletion — it must say
 * exactly what counting the dossiers says, and only for the tenant that asks.
 */
class DossierTallyIntegrationTest extends IntegrationTest {

    @Autowired ProcedureForms forms;
    @Autowired ProcedureManagement procedures;
    @Autowired DossierManagement dossiers;
    @Autowired AccountManagement accounts;
    @Autowired JdbcClient jdbc;

    InboxFixture fixture;
    TestTenant tenant;
    UUID procedure;
    AccountId agent;
    AccountId usager;

    @BeforeEach
    void setUp() {
        fixture = new InboxFixture(demarches, forms, procedures, dossiers, accounts);
        tenant = tenants.create();
        procedure = fixture.procedure(tenant, "tally");
        agent = tenants.account(tenant, "admin@example.org", AgentRole.ADMINISTRATEUR);
        usager = fixture.person(tenant, "u@example.org", "Ada", "Martin");
    }

    @Test
    void theTallyFollowsEveryChangeToTheDossiers() {
        fixture.draft(tenant, procedure, usager);
        Dossier first = fixture.file(tenant, procedure, usager, Map.of("nom", "Martin"));
        Dossier second = fixture.file(tenant, procedure, usager, Map.of("nom", "Martin"));
        Dossier third = fixture.file(tenant, procedure, usager, Map.of("nom", "Martin"));
        assertThat(tally()).isEqualTo(Map.of(key(procedure, null, "EN_CONSTRUCTION"), 3L)).isEqualTo(recount());

        Dossier examined = fixture.move(tenant, first, agent, DossierState.EN_INSTRUCTION);
        fixture.move(tenant, examined, agent, DossierState.ACCEPTE);
        assertThat(tally()).isEqualTo(recount()).containsEntry(key(procedure, null, "ACCEPTE"), 1L);

        UUID group = TenantContext.callAs(tenant.id(), () -> jdbc.sql(
                "insert into instruction_group (tenant_id, procedure_id, name) values (?, ?, 'Nord') returning id")
                .params(tenant.id().value(), procedure).query(UUID.class).single());
        sql("update dossier set group_id = ? where id = ?", group, second.id());
        assertThat(tally()).isEqualTo(recount()).containsEntry(key(procedure, group, "EN_CONSTRUCTION"), 1L);

        sql("update dossier set state = 'SANS_SUITE' where id in (?, ?)", second.id(), third.id());
        assertThat(tally()).isEqualTo(recount()).containsEntry(key(procedure, group, "SANS_SUITE"), 1L);

        sql("update dossier set answers = answers where procedure_id = ?", procedure);
        sql("delete from dossier where id = ?", third.id());
        assertThat(tally()).isEqualTo(recount()).isEqualTo(Map.of(key(procedure, null, "ACCEPTE"), 1L,
                key(procedure, group, "SANS_SUITE"), 1L));
    }

    @Test
    void aTenantSeesOnlyItsOwnTally() {
        fixture.file(tenant, procedure, usager, Map.of("nom", "Martin"));
        TestTenant other = tenants.create();
        UUID otherProcedure = fixture.procedure(other, "ailleurs");
        fixture.file(other, otherProcedure, fixture.person(other, "v@example.org", "Léa", "Dupont"), Map.of("nom", "Dupont"));

        assertThat(tally()).isEqualTo(Map.of(key(procedure, null, "EN_CONSTRUCTION"), 1L));
        assertThat(TenantContext.callAs(other.id(), () -> jdbc.sql("select procedure_id from dossier_tally")
                .query(UUID.class).list())).containsExactly(otherProcedure);
    }

    private Map<String, Long> tally() {
        return rows("select procedure_id, group_id, state, dossiers from dossier_tally where dossiers <> 0");
    }

    private Map<String, Long> recount() {
        return rows("select procedure_id, group_id, state, count(*) from dossier where state <> 'BROUILLON' group by 1, 2, 3");
    }

    private Map<String, Long> rows(String sql) {
        return TenantContext.callAs(tenant.id(), () -> {
            Map<String, Long> rows = new TreeMap<>();
            jdbc.sql(sql).query(rs -> {
                rows.put(key(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)), rs.getLong(4));
            });
            return rows;
        });
    }

    private void sql(String statement, Object... params) {
        TenantContext.runAs(tenant.id(), () -> jdbc.sql(statement).params(List.of(params)).update());
    }

    private static String key(UUID procedure, UUID group, String state) {
        return procedure + "/" + group + "/" + state;
    }
}
