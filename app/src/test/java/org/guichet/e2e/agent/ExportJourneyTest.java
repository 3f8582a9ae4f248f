package org.guichet.e2e.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.guichet.identity.AgentRole;
import org.guichet.shared.AccountId;
import org.guichet.support.JourneyTest;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An instructeur exports a démarche's dossiers to CSV, waits for the file and downloads it. */
class ExportJourneyTest extends JourneyTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void agentRequestsACsvExportSeesItReadyAndDownloadsIt() {
        TestTenant tenant = tenants.create();
        tenants.account(tenant, "instructeur@example.org", AgentRole.INSTRUCTEUR);
        AccountId usager = tenants.account(tenant, "usager@example.org");
        UUID procedure = demarches.published(tenant, "creche", "Inscription en crèche");
        TenantContext.runAs(tenant.id(), () -> jdbc.sql("""
                        insert into dossier (tenant_id, procedure_id, reference, state, owner_account_id, answers, submitted_at)
                        values (?, ?, '2026-000042', 'EN_CONSTRUCTION', ?, '{"values": {"nom": ["Zoé Martin"]}}', ?)""")
                .params(tenant.id().value(), procedure, usager.value(), Timestamp.from(Instant.parse("2026-11-23T08:15:00Z")))
                .update());

        inBothModes(visit -> {
            visit.open(tenant.host(), "/connexion");
            visit.fill("Adresse électronique", "instructeur@example.org").fill("Mot de passe", TestTenants.PASSWORD)
                    .press("Se connecter");
            visit.open(tenant.host(), "/agent/demarches/" + procedure + "/exports");
            visit.expectHeading("Exporter les dossiers");
            Page page = visit.page();
            page.getByLabel("CSV", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Votre demande", new Page.GetByLabelOptions().setExact(true)).uncheck();
            page.getByLabel("Modifié le", new Page.GetByLabelOptions().setExact(true)).uncheck();
            page.getByLabel("Décidé le", new Page.GetByLabelOptions().setExact(true)).uncheck();
            visit.press("Préparer le fichier").expectHeading("Export des dossiers");

            awaitReady(visit.page(), visit.javaScript());
            visit.checkAccessibility();
            visit.expectText("Le fichier est prêt : 1 dossier.");
            var download = page.waitForDownload(() -> page.locator("#export-download").click());
            String csv = read(download.path());

            assertThat(csv).startsWith("\uFEFFNuméro du dossier;État;Déposé le;Nom du demandeur;"
                    + "Adresse électronique du demandeur;Nom\r\n");
            assertThat(csv).contains("2026-000042;Déposé;23/11/2026 09:15;Prénom Nom;usager@example.org;Zoé Martin\r\n");
            assertThat(download.suggestedFilename()).startsWith("export-").endsWith(".csv");

            visit.follow("Faire un autre export").expectText("Vos exports récents").expectText("Prêt");
        });
    }

    /** With JavaScript the page polls and reloads itself; without, the agent reloads it. */
    private static void awaitReady(Page page, boolean javaScript) {
        for (int attempt = 0; attempt < 120; attempt++) {
            if (page.locator("#export-download").count() > 0) {
                return;
            }
            if (javaScript) {
                page.waitForTimeout(250);
            } else {
                page.reload();
            }
        }
        throw new AssertionError("The export never became ready");
    }

    private static String read(java.nio.file.Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
