package org.guichet.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

/** Generated PDFs depend on nothing outside the template and embed every font they use. */
class HtmlToPdfTest {

    private static byte[] convert(String body) {
        return convert(new HtmlToPdf(), body);
    }

    private static byte[] convert(HtmlToPdf converter, String body) {
        String xhtml = """
                <!DOCTYPE html>
                <html lang="fr"><head><meta charset="UTF-8"/><title>Essai</title></head>
                <body>%s</body></html>""".formatted(body);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        converter.convert(xhtml, out);
        return out.toByteArray();
    }

    @Test
    void neverFetchesAnExternalResource() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + server.getLocalPort();

            convert("<link rel=\"stylesheet\" href=\"" + base + "/style.css\"/><p>Logo</p><img src=\"" + base
                    + "/logo.png\" alt=\"Logo\"/>");

            server.setSoTimeout(200);
            boolean contacted;
            try (var ignored = server.accept()) {
                contacted = true;
            } catch (SocketTimeoutException e) {
                contacted = false;
            }
            assertThat(contacted).as("the renderer connected to " + base).isFalse();
        }
    }

    @Test
    void embedsItsOwnFontEvenWhenTheTemplateAsksForAnother() throws IOException {
        byte[] pdf = convert("<p style=\"font-family: serif\">Élise</p><p style=\"font-family: monospace\">Œuvre</p>");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            assertThat(page.getResources().getFontNames()).isNotEmpty();
            for (COSName name : page.getResources().getFontNames()) {
                assertThat(page.getResources().getFont(name).isEmbedded()).as(name.getName()).isTrue();
            }
        }
    }

    @Test
    void everyRenderOfTheSameConverterIsAPdfAWithItsOwnEmbeddedFonts() throws Exception {
        HtmlToPdf converter = new HtmlToPdf();
        byte[] first = convert(converter, "<p>Première <b>déclaration</b></p>");
        byte[] second = convert(converter, "<p>Seconde <b>déclaration</b>, œuvre « réaffirmée »</p>");

        for (byte[] pdf : new byte[][] {first, second}) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                DomXmpParser parser = new DomXmpParser();
                parser.setStrictParsing(false);
                XMPMetadata xmp = parser.parse(document.getDocumentCatalog().getMetadata().exportXMPMetadata());
                assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
                PDPage page = document.getPage(0);
                assertThat(page.getResources().getFontNames()).hasSize(2);
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).containsAnyOf("NotoSans-Regular", "NotoSans-Bold");
                }
            }
        }
        assertThat(text(second)).contains("Seconde déclaration, œuvre « réaffirmée »");
    }

    @Test
    void documentsRenderedAtTheSameTimeEachGetTheirOwnTextAndFonts() throws Exception {
        HtmlToPdf converter = new HtmlToPdf();
        List<String> bodies = List.of("<p>Zoë Dvořák, <b>Łódź</b></p>", "<p>Œuvre « réaffirmée »</p>",
                "<p><b>Ελληνικά</b> et русский</p>", "<p>Hôtel de ville, 1 place de la Mairie</p>");
        List<String> expected = new ArrayList<>();
        for (String body : bodies) {
            expected.add(fingerprint(convert(converter, body)));
        }

        ExecutorService threads = Executors.newFixedThreadPool(bodies.size());
        try {
            List<Future<String>> rendered = new ArrayList<>();
            for (int i = 0; i < 4 * bodies.size(); i++) {
                String body = bodies.get(i % bodies.size());
                rendered.add(threads.submit(() -> fingerprint(convert(converter, body))));
            }
            for (int i = 0; i < rendered.size(); i++) {
                assertThat(rendered.get(i).get()).isEqualTo(expected.get(i % bodies.size()));
            }
        } finally {
            threads.shutdown();
        }
    }

    /** The text, and each embedded font program, of a PDF. */
    private static String fingerprint(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StringBuilder print = new StringBuilder(new PDFTextStripper().getText(document));
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                print.append(font.getName()).append(HexFormat.of().formatHex(font.getFontDescriptor().getFontFile2().toByteArray()));
            }
            return print.toString();
        }
    }

    @Test
    void stillShapesDevanagariConjuncts() throws IOException {
        // क + ् + ष is written as the single conjunct glyph क्ष: glyph substitution stays on for this script.
        assertThat(glyphsShown(convert("<p>\u0915\u094d\u0937</p>"))).isEqualTo(1);
        assertThat(glyphsShown(convert("<p>abc</p>"))).isEqualTo(3);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("[\\s\\u00a0\\u202f]+", " ");
        }
    }

    /** Glyphs drawn on the first page: two bytes each with the embedded Type 0 fonts. */
    private static int glyphsShown(byte[] pdf) throws IOException {
        int bytes = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (Object token : new PDFStreamParser(document.getPage(0)).parse()) {
                if (token instanceof COSString string) {
                    bytes += string.getBytes().length;
                } else if (token instanceof COSArray array) {
                    for (COSBase item : array) {
                        if (item instanceof COSString string) {
                            bytes += string.getBytes().length;
                        }
                    }
                }
            }
        }
        return bytes / 2;
    }
}
