package org.guichet.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** Generated PDFs depend on nothing outside the template and embed every font they use. */
class HtmlToPdfTest {

    private static byte[] convert(String body) {
        String xhtml = """
                <!DOCTYPE html>
                <html lang="fr"><head><meta charset="UTF-8"/><title>Essai</title></head>
                <body>%s</body></html>""".formatted(body);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlToPdf().convert(xhtml, out);
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
}
