package org.guichet.instruction.internal.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.guichet.identity.AgentRole;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;
import org.guichet.support.IntegrationTest;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 100,000 dossiers export through the real job: the rows are streamed, never all held (its memory
 * and time are measured by hand, not asserted here; see docs/architecture.md).
 */
class LargeExportIntegrationTest extends IntegrationTest {

    private static final int DOSSIERS = 100_000;

    @Autowired JdbcClient jdbc;
    @Autowired ProcedureManagement procedures;
    @Autowired ProcedureForms forms;
    @Autowired Exports exports;
    @Autowired ExportJobRepository jobs;
    @Autowired ExportFiles files;

    private TestTenant tenant;

    @AfterEach
    void removeTheDossiers() {
        if (tenant != null) {
            TenantContext.runAs(tenant.id(), () -> jdbc.sql("delete from dossier").update());
        }
    }

    @Test
    void exportsOneHundredThousandDossiersToCsv() throws Exception {
        tenant = tenants.create();
        AccountId agent = tenants.account(tenant, "instructeur@example.org", AgentRole.INSTRUCTEUR);
        UUID procedure = ExportFixture.procedure(demarches, procedures, forms, tenant);
        TenantContext.runAs(tenant.id(), () -> jdbc.sql("""
                insert into dossier (tenant_id, procedure_id, reference, state, owner_account_id, answers, submitted_at, updated_at)
                select ?, ?, '2025-' || lpad(g::text, 6, '0'), 'EN_INSTRUCTION', ?,
                       jsonb_build_object('values', jsonb_build_object('nom', jsonb_build_array('Enfant ' || g),
                           'naissance.day', jsonb_build_array('1'), 'naissance.month', jsonb_build_array('2'),
                           'naissance.year', jsonb_build_array('2024'), 'enfants', jsonb_build_array((g % 5)::text),
                           'mode', jsonb_build_array('creche'))),
                       now() - g * interval '1 minute', now()
                from generate_series(1, ?) g""")
                .params(tenant.id().value(), procedure, agent.value(), DOSSIERS).update());
        List<String> everyColumn = new ExportColumns(TenantContext.callAs(tenant.id(), () -> forms.version(procedure, 1))).all().stream()
                .map(ExportColumns.Column::key).toList();

        ExportJob job = TenantContext.callAs(tenant.id(), () -> exports.request(principal(agent, tenant.id()), procedure,
                ExportFormat.CSV, everyColumn, null, Locale.FRENCH));
        ExportJob done = awaitDone(job.id());

        assertThat(done.rowsTotal()).isEqualTo(DOSSIERS);
        assertThat(done.rowsDone()).isEqualTo(DOSSIERS);
        long lines;
        try (BufferedReader reader = Files.newBufferedReader(files.file(tenant.id(), job.id(), ExportFormat.CSV),
                StandardCharsets.UTF_8)) {
            lines = reader.lines().count();
        }
        assertThat(lines).isEqualTo(DOSSIERS + 1);
    }

    private ExportJob awaitDone(UUID id) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(300);
        while (Instant.now().isBefore(deadline)) {
            ExportJob job = TenantContext.callAs(tenant.id(), () -> jobs.find(id)).orElseThrow();
            assertThat(job.status()).isNotEqualTo(ExportJob.Status.FAILED);
            if (job.status() == ExportJob.Status.DONE) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Export not done within 5 minutes");
    }

    private static GuichetPrincipal principal(AccountId id, TenantId tenant) {
        return new GuichetPrincipal() {
            @Override
            public AccountId accountId() {
                return id;
            }

            @Override
            public java.util.Optional<TenantId> tenantId() {
                return java.util.Optional.of(tenant);
            }

            @Override
            public String email() {
                return "instructeur@example.org";
            }

            @Override
            public String displayName() {
                return "Instructeur";
            }
        };
    }
}
