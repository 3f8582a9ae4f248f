package org.guichet.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guichet.procedure.Category;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.procedure.SilenceRule;
import org.guichet.shared.AccountId;
import org.guichet.support.IntegrationTest;
import org.guichet.support.Mailbox;
import org.guichet.support.SignIn;
import org.guichet.support.TestProcedures;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After an implicit acceptance the usager, and only them, downloads an attestation stating the
 * request, its date, the deemed acceptance and its legal basis (CRPA art. L. 232-3); the mail
 * telling them comes in their language.
 */
class ImplicitAcceptanceAttestationIntegrationTest extends IntegrationTest {

    private static final java.time.format.DateTimeFormatter FRENCH_DATE =
            java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.FRENCH);

    @Autowired
    DossierManagement dossiers;

    @Autowired
    ImplicitDecisions decisions;

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    TenantManagement tenantManagement;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyTheOwnerDownloadsTheAttestationOnceAccepted() throws Exception {
        TestTenant t = tenants.create();
        String owner = "proprietaire-" + UUID.randomUUID() + "@example.org";
        String neighbour = "voisin-" + UUID.randomUUID() + "@example.org";
        AccountId usager = tenants.account(t, owner);
        tenants.account(t, neighbour);
        Dossier d = submitOnSva(t, usager);
        Cookie ownerSession = SignIn.session(mvc, t.host(), owner, TestTenants.PASSWORD);
        String path = "/mes-demarches/" + d.id() + "/attestation-acceptation-implicite";

        mvc.perform(get(path).with(SignIn.as(t.host(), ownerSession))).andExpect(status().isNotFound());

        var deemedOn = TenantContext.callAs(t.id(), () -> decisions.dueOf(d.id())).orElseThrow().on();
        decideAfterTheDelay(t, d);
        awaitAttestation(t, d);
        byte[] pdf = mvc.perform(get(path).with(SignIn.as(t.host(), ownerSession)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // No-break spaces (before colons, inside "L. 232-3") read as plain spaces.
            text = stripper.getText(document).replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Attestation de décision implicite d’acceptation", d.reference(), "Permis de terrasse",
                "L. 232-3", "L. 231-1", "délai de 2 mois", "réputée acceptée le " + FRENCH_DATE.format(deemedOn));

        Cookie neighbourSession = SignIn.session(mvc, t.host(), neighbour, TestTenants.PASSWORD);
        mvc.perform(get(path).with(SignIn.as(t.host(), neighbourSession))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(SignIn.on(t.host()))).andExpect(status().is3xxRedirection());
    }

    @Test
    void theUsagerIsToldInTheirLanguage() {
        TestTenant t = tenants.create();
        String email = "english-" + UUID.randomUUID() + "@example.org";
        AccountId usager = tenants.account(t, email);
        TenantContext.runAs(t.id(), () -> jdbc.sql("update account set locale = 'en' where id = ?").param(usager.value()).update());
        Dossier d = submitOnSva(t, usager);

        decideAfterTheDelay(t, d);

        assertThat(Mailbox.textOf(Mailbox.await(email, "your request is accepted")))
                .contains("implicit acceptance", d.reference());
    }

    private Dossier submitOnSva(TestTenant t, AccountId usager) {
        UUID procedure = demarches.draft(t, "d-" + UUID.randomUUID().toString().substring(0, 8), "Permis de terrasse",
                Category.ECONOMIE, SilenceRule.SVA, TestProcedures.completeData());
        TenantContext.runAs(t.id(), () -> procedures.publish(procedure, "test"));
        return TenantContext.callAs(t.id(), () -> dossiers.submit(dossiers.createDraft(procedure, usager), usager));
    }

    private void decideAfterTheDelay(TestTenant t, Dossier d) {
        var last = TenantContext.callAs(t.id(), () -> decisions.dueOf(d.id())).orElseThrow().on();
        Instant after = last.plusDays(1).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();
        assertThat(decisions.runFor(tenantManagement.findById(t.id()).orElseThrow(), after)).isEqualTo(1);
    }

    private void awaitAttestation(TestTenant t, Dossier d) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (TenantContext.callAs(t.id(), () -> decisions.attestationOf(d.id())).isEmpty()) {
            assertThat(Instant.now()).as("attestation generated").isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
