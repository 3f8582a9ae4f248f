package org.guichet.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.guichet.document.AcknowledgementData.ImplicitDecision;
import org.guichet.document.AcknowledgementData.ImplicitDecision.Outcome;
import org.guichet.document.AcknowledgementData.ServiceContact;
import org.guichet.support.IntegrationTest;
import org.guichet.support.TestTenants.TestTenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The accusé de réception states what the law requires, in an archivable and accessible PDF. */
class AcknowledgementPdfIntegrationTest extends IntegrationTest {

    // 13:05 in Paris in winter.
    private static final Instant RECEIVED = Instant.parse("2026-11-23T12:05:00Z");

    @Autowired
    PdfRenderer renderer;

    @Autowired
    DocumentManagement documents;

    private static AcknowledgementData acknowledgement(ImplicitDecision decision, String court) {
        return new AcknowledgementData("Ville de Saint-Exemple", "#a3195b", ZoneId.of("Europe/Paris"),
                new ServiceContact("Service de l’urbanisme", "Hôtel de ville\n1 place de la Mairie\n99000 Saint-Exemple",
                        "urbanisme@saint-exemple.fr", "01 23 45 67 89"),
                "SE-2026-004217", "Permis de stationnement (terrasse)", RECEIVED, decision, court);
    }

    private byte[] render(AcknowledgementData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.renderAcknowledgement(data, out);
        return out.toByteArray();
    }

    /** The text in reading order, with no-break spaces and line ends as plain spaces. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("[\\s\\u00a0\\u202f]+", " ");
        }
    }

    @Test
    void statesEveryMentionTheLawRequiresForAnImplicitRejection() throws IOException {
        String text = text(render(acknowledgement(
                new ImplicitDecision(Outcome.REJECTION, LocalDate.of(2027, 1, 25)), "Tribunal administratif de Lyon")));

        assertThat(text).contains("Accusé de réception", "Ville de Saint-Exemple", "SE-2026-004217",
                "Permis de stationnement (terrasse)",
                "lundi 23 novembre 2026 à 13 h 05",
                "Service de l’urbanisme", "Hôtel de ville 1 place de la Mairie 99000 Saint-Exemple",
                "urbanisme@saint-exemple.fr", "01 23 45 67 89",
                "sera réputée rejetée le lundi 25 janvier 2027",
                "Voies et délais de recours", "deux mois à compter du lundi 25 janvier 2027",
                "recours gracieux", "recours hiérarchique", "recours contentieux devant le Tribunal administratif de Lyon",
                "Télérecours citoyens", "www.telerecours.fr", "L. 114-5");
        assertThat(text).doesNotContain("réputée acceptée");
    }

    @Test
    void statesTheDateOfDeemedAcceptanceAndTheRightToAnAttestation() throws IOException {
        String text = text(render(acknowledgement(new ImplicitDecision(Outcome.ACCEPTANCE, LocalDate.of(2027, 2, 1)), null)));

        assertThat(text).contains("sera réputée acceptée le lundi 1er février 2027", "attestation", "L. 232-3");
        assertThat(text).doesNotContain("Télérecours", "réputée rejetée");
    }

    @Test
    void namesTheCompetentCourtGenericallyWhenNoneIsGiven() throws IOException {
        String text = text(render(acknowledgement(new ImplicitDecision(Outcome.REJECTION, LocalDate.of(2027, 1, 25)), null)));

        assertThat(text).contains("devant le tribunal administratif territorialement compétent");
    }

    @Test
    void saysSoWhenSilenceProducesNoDecision() throws IOException {
        String text = text(render(acknowledgement(null, null)));

        assertThat(text).contains("ne donne pas lieu à une décision implicite");
        assertThat(text).doesNotContain("réputée", "Voies et délais de recours");
    }

    @Test
    void writesTheTimeOfReceiptInTheTenantsZone() throws IOException {
        var cayenne = new AcknowledgementData("Commune de Guyane", null, ZoneId.of("America/Cayenne"),
                acknowledgement(null, null).service(), "GY-1", "Signalement voirie", Instant.parse("2026-03-01T01:30:00Z"), null, null);

        assertThat(text(render(cayenne))).contains("samedi 28 février 2026 à 22 h 30");
    }

    @Test
    void declaresPdfA3bAndEmbedsEveryFont() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(render(acknowledgement(
                new ImplicitDecision(Outcome.REJECTION, LocalDate.of(2027, 1, 25)), null)))) {
            DomXmpParser parser = new DomXmpParser();
            // openhtmltopdf also writes the PDF/UA identification schema, which xmpbox does not know.
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(pdf.getDocumentCatalog().getMetadata().exportXMPMetadata());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).isNotEmpty();

            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.contains("NotoSans"));
        }
    }

    @Test
    void isTaggedForScreenReadersWithItsLanguageAndTitle() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(acknowledgement(null, null)))) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Accusé de réception — dossier SE-2026-004217");
        }
    }

    @Test
    void canBeKeptAsADocumentOfTheTenant() {
        TestTenant tenant = tenants.create();
        byte[] pdf = render(acknowledgement(null, null));

        StoredDocument stored = documents.store(tenant.id(), new ByteArrayInputStream(pdf), "accuse-reception-SE-2026-004217.pdf",
                UploadLimits.defaults().allowing(FileType.PDF), null);

        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
    }
}
