package org.guichet.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guichet.document.DocumentId;
import org.guichet.document.DocumentManagement;
import org.guichet.shared.AccountId;
import org.guichet.support.IntegrationTest;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each submitted dossier gets its accusé de réception, generated after the submission and kept with it. */
class AcknowledgementIntegrationTest extends IntegrationTest {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DocumentManagement documents;

    @Test
    void submissionProducesAnAcknowledgementWithTheReferenceAndTheImplicitRejectionDate() throws Exception {
        TestTenant t = tenants.create();
        AccountId usager = tenants.account(t, "usager@example.org");
        UUID procedure = demarches.published(t, "creche", "Inscription en crèche");
        Dossier submitted = TenantContext.callAs(t.id(), () -> dossiers.submit(dossiers.createDraft(procedure, usager), usager));

        UUID document = awaitAcknowledgement(t, submitted.id());
        String text = TenantContext.callAs(t.id(), () -> pdfText(documents, document));

        LocalDate deemed = submitted.submittedAt().atZone(ZoneId.of("Europe/Paris")).toLocalDate().plusMonths(2);
        assertThat(text).contains(submitted.reference()).contains("Inscription en crèche").contains("Petite enfance")
                .contains(String.valueOf(deemed.getYear()))
                .containsIgnoringCase(deemed.format(DateTimeFormatter.ofPattern("MMMM", Locale.FRENCH)));
    }

    @Test
    void draftsHaveNoAcknowledgement() {
        TestTenant t = tenants.create();
        AccountId usager = tenants.account(t, "usager@example.org");
        UUID procedure = demarches.published(t, "creche", "Inscription en crèche");
        UUID draft = TenantContext.callAs(t.id(), () -> dossiers.createDraft(procedure, usager));

        assertThat(TenantContext.callAs(t.id(), () -> dossiers.acknowledgementOf(draft))).isEmpty();
    }

    private UUID awaitAcknowledgement(TestTenant t, UUID dossier) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            Optional<UUID> found = TenantContext.callAs(t.id(), () -> dossiers.acknowledgementOf(dossier));
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No accusé de réception after 20 s");
    }

    private static String pdfText(DocumentManagement documents, UUID id) {
        try (var open = documents.open(new DocumentId(id)).orElseThrow();
                PDDocument pdf = Loader.loadPDF(open.content().readAllBytes())) {
            return new PDFTextStripper().getText(pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
