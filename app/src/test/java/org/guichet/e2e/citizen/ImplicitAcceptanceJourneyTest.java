package org.guichet.e2e.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.ImplicitDecisions;
import org.guichet.procedure.Category;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.procedure.SilenceRule;
import org.guichet.shared.AccountId;
import org.guichet.support.JourneyTest;
import org.guichet.support.TestProcedures;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Silence vaut accord (DOMAIN.md rule 5): the usager files on an SVA démarche, nobody answers, the
 * deadline job runs once the delay has ended (its clock set past the date), and the usager finds
 * their request accepted and downloads the attestation.
 */
class ImplicitAcceptanceJourneyTest extends JourneyTest {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    ImplicitDecisions decisions;

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    TenantManagement tenantManagement;

    @Test
    void silenceAcceptsTheRequestAndTheUsagerDownloadsTheAttestation() {
        TestTenant t = tenants.create();
        UUID procedure = demarches.draft(t, "terrasse", "Permis de terrasse", Category.ECONOMIE, SilenceRule.SVA,
                TestProcedures.completeData());
        TenantContext.runAs(t.id(), () -> procedures.publish(procedure, "test"));

        inBothModes(visit -> {
            String email = "camille-" + visit.mode() + "@example.org";
            AccountId citizen = tenants.account(t, email);
            Dossier filed = TenantContext.callAs(t.id(), () -> dossiers.submit(dossiers.createDraft(procedure, citizen), citizen));
            visit.open(t.host(), "/connexion");
            visit.fill("Adresse électronique", email).fill("Mot de passe", TestTenants.PASSWORD).press("Se connecter");
            visit.open(t.host(), "/mes-demarches/" + filed.id());
            visit.expectText("votre demande sera acceptée");

            var last = TenantContext.callAs(t.id(), () -> decisions.dueOf(filed.id())).orElseThrow().on();
            Instant dayAfter = last.plusDays(1).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();
            assertThat(decisions.runFor(tenantManagement.findById(t.id()).orElseThrow(), dayAfter)).isEqualTo(1);
            awaitAttestation(t, filed.id());

            visit.open(t.host(), "/mes-demarches/" + filed.id());
            visit.expectText("Accepté").expectText("Décision implicite d’acceptation");
            assertThat(download(visit.page(), "Télécharger l’attestation d’acceptation implicite (PDF)")).startsWith("%PDF");
        });
    }

    /** The attestation is generated just after the decision commits. */
    private void awaitAttestation(TestTenant t, UUID dossier) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (TenantContext.callAs(t.id(), () -> decisions.attestationOf(dossier)).isEmpty()) {
            assertThat(Instant.now()).as("attestation generated").isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String download(Page page, String linkName) {
        var link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(linkName));
        var file = page.waitForDownload(link.first()::click);
        try {
            return new String(Files.readAllBytes(file.path()), StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
