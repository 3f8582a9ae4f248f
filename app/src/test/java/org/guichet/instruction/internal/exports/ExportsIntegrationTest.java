package org.guichet.instruction.internal.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

class ExportsIntegrationTest extends IntegrationTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T08:15:00Z");

    @Autowired JdbcClient jdbc;
    @Autowired ProcedureManagement procedures;
    @Autowired ProcedureForms forms;
    @Autowired ExportJobRepository jobs;
    @Autowired ExportFiles files;
    @Autowired ExportPurge purge;

    TestTenant tenant;
    UUID procedure;
    Cookie agent;

    @BeforeEach
    void demarcheWithDossiers() {
        tenant = tenants.create();
        tenants.account(tenant, "instructeur@example.org", AgentRole.INSTRUCTEUR);
        AccountId usager = tenants.account(tenant, "zoe@example.org");
        procedure = ExportFixture.procedure(demarches, procedures, forms, tenant);
        ExportFixture.dossier(jdbc, tenant, procedure, usager, "2026-000001", "ACCEPTE", MONDAY, """
                {"nom": ["Zoé Martin"], "naissance.day": ["29"], "naissance.month": ["2"], "naissance.year": ["2024"],
                 "enfants": ["2"], "mode": ["creche"]}""");
        ExportFixture.dossier(jdbc, tenant, procedure, usager, "2026-000002", "EN_INSTRUCTION", MONDAY.plusSeconds(60),
                "{\"nom\": [\"=HYPERLINK(\\\"http://evil.example\\\")\"], \"mode\": [\"assmat\"]}");
        ExportFixture.dossier(jdbc, tenant, procedure, usager, null, "BROUILLON", null, "{\"nom\": [\"Brouillon\"]}");
        agent = SignIn.session(mvc, tenant.host(), "instructeur@example.org", TestTenants.PASSWORD);
    }

    @Test
    void csvHoldsTheChosenColumnsInPageOrderAndNeverDrafts() throws Exception {
        UUID job = request("CSV", "field:nom", "state", "reference", "submitted_at");

        List<List<String>> rows = SheetReader.csv(download(job).getContentAsByteArray());

        assertThat(rows).containsExactly(
                List.of("Numéro du dossier", "État", "Déposé le", "Nom de l’enfant"),
                List.of("2026-000001", "Accepté", "23/11/2026 09:15", "Zoé Martin"),
                List.of("2026-000002", "En cours d’instruction", "23/11/2026 09:16", "'=HYPERLINK(\"http://evil.example\")"));
    }

    @Test
    void stateFilterKeepsOnlyThatState() throws Exception {
        UUID job = request("CSV", List.of("reference"), "EN_INSTRUCTION");

        assertThat(SheetReader.csv(download(job).getContentAsByteArray()))
                .containsExactly(List.of("Numéro du dossier"), List.of("2026-000002"));
    }

    @Test
    void aGroupMemberExportsOnlyTheDossiersOfTheirGroups() throws Exception {
        TenantContext.runAs(tenant.id(), () -> {
            UUID north = jdbc.sql("""
                    insert into instruction_group (tenant_id, procedure_id, name) values (?, ?, 'Nord') returning id""")
                    .params(tenant.id().value(), procedure).query(UUID.class).single();
            jdbc.sql("insert into instruction_group_member (tenant_id, group_id, account_id) values (?, ?, ?)")
                    .params(tenant.id().value(), north, accountOf("instructeur@example.org").value()).update();
            jdbc.sql("update dossier set group_id = ? where reference = '2026-000002'").param(north).update();
        });

        UUID job = request("CSV", "reference");

        assertThat(SheetReader.csv(download(job).getContentAsByteArray()))
                .containsExactly(List.of("Numéro du dossier"), List.of("2026-000002"));
    }

    @Test
    void xlsxHasDateNumberAndLabelCellsAndTheApplicant() throws Exception {
        UUID job = request("XLSX", "reference", "decided_at", "applicant_name", "applicant_email", "field:naissance",
                "field:enfants", "field:mode");
        MockHttpServletResponse file = download(job);

        assertThat(file.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.getHeader("Content-Disposition")).startsWith("attachment;").contains(".xlsx");
        assertThat(SheetReader.read(ExportFormat.XLSX, file.getContentAsByteArray()).get(1)).containsExactly(
                "2026-000001", "date:2026-11-25T09:15", "Prénom Nom", "zoe@example.org", "date:2024-02-29T00:00", "n:2",
                "Crèche collective");
    }

    @Test
    void odsHasDateNumberAndLabelCells() throws Exception {
        UUID job = request("ODS", "reference", "submitted_at", "field:naissance", "field:enfants", "field:mode");
        MockHttpServletResponse file = download(job);

        assertThat(file.getContentType()).isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
        List<List<String>> rows = SheetReader.read(ExportFormat.ODS, file.getContentAsByteArray());
        assertThat(rows.get(0)).containsExactly("Numéro du dossier", "Déposé le", "Date de naissance", "Nombre d’enfants",
                "Mode d’accueil");
        assertThat(rows.get(1)).containsExactly("2026-000001", "date:2026-11-23T09:15:00", "date:2024-02-29", "n:2",
                "Crèche collective");
        assertThat(rows.get(2)).containsExactly("2026-000002", "date:2026-11-23T09:16:00", "", "", "Assistante maternelle");
    }

    @Test
    void pageOffersEveryColumnAndTheAgentsRecentExports() throws Exception {
        UUID job = request("CSV", "reference");

        String page = mvc.perform(get("/agent/demarches/" + procedure + "/exports").with(SignIn.as(tenant.host(), agent)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("value=\"applicant_email\"", "value=\"field:naissance\"", "Nom de l’enfant",
                "/agent/exports/" + job);
    }

    @Test
    void missingFormatAndColumnsAreExplainedAndNothingIsQueued() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/agent/demarches/" + procedure + "/exports")
                .with(SignIn.as(tenant.host(), agent)).with(csrf()).param("state", "BROUILLON")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("govuk-error-summary", "Choisissez un format de fichier",
                "Cochez au moins une colonne", "Choisissez un état dans la liste", "href=\"#columns\"");
        assertThat(jobCount(tenant)).isZero();
    }

    @Test
    void anotherTenantsDemarcheIsNotFoundAndNothingIsQueued() throws Exception {
        TestTenant other = tenants.create();
        UUID foreign = ExportFixture.procedure(demarches, procedures, forms, other);
        int tasksBefore = exportTasks();

        assertThat(status(get("/agent/demarches/" + foreign + "/exports"))).isEqualTo(404);
        assertThat(status(exportPost(foreign, "CSV", List.of("reference"), ""))).isEqualTo(404);
        assertThat(status(exportPost(UUID.randomUUID(), "CSV", List.of("reference"), ""))).isEqualTo(404);

        assertThat(jobCount(tenant)).isZero();
        assertThat(jobCount(other)).isZero();
        assertThat(exportTasks()).isEqualTo(tasksBefore);
    }

    @Test
    void anotherAgentsExportIsNotFound() throws Exception {
        UUID job = request("CSV", "reference");
        tenants.account(tenant, "collegue@example.org", AgentRole.INSTRUCTEUR);
        Cookie colleague = SignIn.session(mvc, tenant.host(), "collegue@example.org", TestTenants.PASSWORD);

        for (String path : List.of("", "/etat", "/fichier")) {
            assertThat(mvc.perform(get("/agent/exports/" + job + path).with(SignIn.as(tenant.host(), colleague)))
                    .andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
        }
        assertThat(status(get("/agent/exports/" + UUID.randomUUID()))).isEqualTo(404);
    }

    @Test
    void progressShowsRowsDoneOutOfTotal() throws Exception {
        ExportJob running = TenantContext.callAs(tenant.id(), () -> {
            ExportJob job = new ExportJob(UUID.randomUUID(), procedure, accountOf("instructeur@example.org"),
                    ExportFormat.CSV, List.of("reference"), null, ExportJob.Status.QUEUED, 0, null, null,
                    java.util.Locale.FRENCH, Instant.now(), null, Instant.now().plus(Duration.ofHours(24)));
            jobs.insert(job);
            jobs.started(job.id(), 4);
            jobs.progressed(job.id(), 3);
            return job;
        });

        String page = mvc.perform(get("/agent/exports/" + running.id()).with(SignIn.as(tenant.host(), agent)))
                .andReturn().getResponse().getContentAsString();
        String state = mvc.perform(get("/agent/exports/" + running.id() + "/etat").with(SignIn.as(tenant.host(), agent)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Dossiers écrits : 3 sur 4 (75 %)", "En cours", "value=\"75\"").doesNotContain("/fichier");
        assertThat(state).contains("\"status\":\"RUNNING\"", "\"rowsDone\":3", "\"rowsTotal\":4", "\"percent\":75");
    }

    @Test
    void readyExportShowsItsDownloadLink() throws Exception {
        UUID job = request("CSV", "reference");

        String page = mvc.perform(get("/agent/exports/" + job).with(SignIn.as(tenant.host(), agent)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Prêt", "Le fichier est prêt : 2 dossiers.", "/agent/exports/" + job + "/fichier");
    }

    @Test
    void requestsAndDownloadsAreAudited() throws Exception {
        UUID job = request("ODS", "reference");
        download(job);

        AuditTrail.awaitAction(jdbc, tenant.id(), "instruction.export.requested.ods", job.toString());
        AuditTrail.awaitAction(jdbc, tenant.id(), "instruction.export.downloaded", job.toString());
    }

    @Test
    void expiredExportsArePurgedWithTheirFile() throws Exception {
        UUID job = request("CSV", "reference");
        var file = files.file(tenant.id(), job, ExportFormat.CSV);
        assertThat(file).exists();

        assertThat(purge.runFor(tenant.id(), Instant.now().plus(Duration.ofHours(23)))).isZero();
        assertThat(file).exists();
        assertThat(purge.runFor(tenant.id(), Instant.now().plus(Duration.ofHours(24)).plusSeconds(60))).isEqualTo(1);

        assertThat(Files.exists(file)).isFalse();
        assertThat(jobCount(tenant)).isZero();
        assertThat(status(get("/agent/exports/" + job + "/fichier"))).isEqualTo(404);
    }

    @Test
    void aFailedExportLeavesNoFileAndSaysWhatToDo() throws Exception {
        // Answers the codec cannot read (an object where a list belongs) make the job fail midway.
        ExportFixture.dossier(jdbc, tenant, procedure, null, "2026-000003", "REFUSE", MONDAY.plusSeconds(120),
                "{\"nom\": {\"unreadable\": 1}}");
        UUID job = UUID.fromString(mvc.perform(exportPost(procedure, "CSV", List.of("reference", "field:nom"), ""))
                .andReturn().getResponse().getRedirectedUrl().substring("/agent/exports/".length()));

        assertThat(awaitFinished(job)).isEqualTo(ExportJob.Status.FAILED);
        assertThat(files.file(tenant.id(), job, ExportFormat.CSV)).doesNotExist();
        try (var left = Files.list(files.file(tenant.id(), job, ExportFormat.CSV).getParent())) {
            assertThat(left.map(Object::toString)).noneMatch(name -> name.contains(job.toString()));
        }
        assertThat(mvc.perform(get("/agent/exports/" + job).with(SignIn.as(tenant.host(), agent))).andReturn().getResponse()
                .getContentAsString()).contains("Échoué", "Lancez-en un autre").doesNotContain("/fichier");
        assertThat(status(get("/agent/exports/" + job + "/fichier"))).isEqualTo(404);
    }

    private UUID request(String format, String... columns) throws Exception {
        return request(format, List.of(columns), "");
    }

    private UUID request(String format, List<String> columns, String state) throws Exception {
        MockHttpServletResponse response = mvc.perform(exportPost(procedure, format, columns, state)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        UUID job = UUID.fromString(response.getRedirectedUrl().substring("/agent/exports/".length()));
        awaitDone(job);
        return job;
    }

    private MockHttpServletRequestBuilder exportPost(UUID procedureId, String format, List<String> columns, String state) {
        return post("/agent/demarches/" + procedureId + "/exports").with(SignIn.as(tenant.host(), agent)).with(csrf())
                .param("format", format).param("columns", columns.toArray(String[]::new)).param("state", state);
    }

    private MockHttpServletResponse download(UUID job) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/agent/exports/" + job + "/fichier")
                .with(SignIn.as(tenant.host(), agent))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(SignIn.as(tenant.host(), agent))).andReturn().getResponse().getStatus();
    }

    private void awaitDone(UUID job) throws InterruptedException {
        assertThat(awaitFinished(job)).isEqualTo(ExportJob.Status.DONE);
    }

    private ExportJob.Status awaitFinished(UUID job) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            ExportJob found = TenantContext.callAs(tenant.id(), () -> jobs.find(job)).orElseThrow();
            if (found.finished()) {
                return found.status();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Export " + job + " not finished within 30 s");
    }

    private int jobCount(TestTenant t) {
        return TenantContext.callAs(t.id(), () -> jdbc.sql("select count(*) from export_job").query(Integer.class).single());
    }

    private int exportTasks() {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'instruction-export'").query(Integer.class).single();
    }

    private AccountId accountOf(String email) {
        return new AccountId(jdbc.sql("select id from account where email = ?").param(email).query(UUID.class).single());
    }
}
