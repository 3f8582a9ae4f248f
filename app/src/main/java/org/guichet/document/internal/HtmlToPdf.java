package org.guichet.document.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns well-formed XHTML into an archivable, accessible PDF: PDF/A-3b (fonts embedded, sRGB
 * output intent, XMP metadata) and tagged for PDF/UA, so screen readers follow the structure and
 * the document can be kept for decades. The title and language come from the page's
 * {@code <title>} and {@code <html lang>}.
 *
 * <p>Every external resource (image, style sheet, font by URL) is refused: a generated document
 * depends only on the template and on the fonts shipped in {@code document/fonts}.
 */
public class HtmlToPdf {

    /** The family templates must use; no other font is available, so nothing falls back unembedded. */
    public static final String FONT_FAMILY = "Noto Sans";
    private static final Logger log = LoggerFactory.getLogger(HtmlToPdf.class);

    private final byte[] regular = resource("document/fonts/NotoSans-Regular.ttf");
    private final byte[] bold = resource("document/fonts/NotoSans-Bold.ttf");
    // PDF/A needs an output intent; the runtime's own sRGB profile saves shipping one.
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public void convert(String xhtml, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(PdfAConformance.PDFA_3_B)
                .usePdfUaAccessibility(true)
                .useColorProfile(srgb)
                .useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withDiagnosticConsumer(diagnostic -> {
                    if (diagnostic.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                        log.warn("PDF rendering: {}", diagnostic.getFormattedMessage());
                    }
                })
                .withProducer("Guichet")
                .withHtmlContent(xhtml, null)
                .toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF", e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = HtmlToPdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
