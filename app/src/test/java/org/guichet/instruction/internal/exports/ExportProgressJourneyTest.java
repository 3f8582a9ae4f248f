package org.guichet.instruction.internal.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.guichet.identity.AgentRole;
import org.guichet.shared.AccountId;
import org.guichet.support.JourneyTest;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With JavaScript, the export page follows the job by itself: the count moves, and the download
 * link appears when the file is ready, without the agent reloading. The job is driven by hand here,
 * so that each step is seen.
 */
class ExportProgressJourneyTest extends JourneyTest {

    @Autowired ExportJobRepository jobs;
    @Autowired ExportFiles files;

    @Test
    void progressAndDownloadLinkShowWithoutReloading() {
        TestTenant tenant = tenants.create();
        AccountId agent = tenants.account(tenant, "instructeur@example.org", AgentRole.INSTRUCTEUR);
        UUID procedure = demarches.published(tenant, "creche", "Inscription en crèche");
        UUID job = UUID.randomUUID();
        Instant now = Instant.now();
        TenantContext.runAs(tenant.id(), () -> {
            jobs.insert(new ExportJob(job, procedure, agent, ExportFormat.CSV, List.of("reference"), null,
                    ExportJob.Status.QUEUED, 0, null, null, Locale.FRENCH, now, null, now.plus(Duration.ofHours(24))));
            jobs.started(job, 4);
            jobs.progressed(job, 1);
        });

        inJavaScriptOnly(visit -> {
            visit.open(tenant.host(), "/connexion");
            visit.fill("Adresse électronique", "instructeur@example.org").fill("Mot de passe", TestTenants.PASSWORD)
                    .press("Se connecter");
            visit.open(tenant.host(), "/agent/exports/" + job);
            Page page = visit.page();
            page.waitForLoadState();
            visit.expectText("Dossiers écrits : 1 sur 4 (25 %)");
            page.evaluate("() => { window.notReloaded = true; }");

            TenantContext.runAs(tenant.id(), () -> jobs.progressed(job, 3));
            page.waitForFunction("() => document.getElementById('export-rows').textContent.includes('Dossiers écrits : 3 sur 4 (75 %)')",
                    null, new Page.WaitForFunctionOptions().setTimeout(10_000));
            assertThat(page.evaluate("() => window.notReloaded")).isEqualTo(true);
            assertThat(page.locator("#export-bar").getAttribute("value")).isEqualTo("75");

            TenantContext.runAs(tenant.id(), () -> {
                try (OutputStream out = files.create(tenant.id(), job)) {
                    out.write("\uFEFFNuméro du dossier\r\n".getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                files.complete(tenant.id(), job, ExportFormat.CSV);
                jobs.done(job, 4, "export.csv", Instant.now());
            });
            page.locator("#export-download").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(WaitForSelectorState.VISIBLE).setTimeout(10_000));
            visit.checkAccessibility();
            visit.expectText("Le fichier est prêt : 4 dossiers.");
        });
    }
}
