package org.guichet.document.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Turns well-formed XHTML into an archivable, accessible PDF: PDF/A-3b (fonts embedded, sRGB
 * output intent, XMP metadata) and tagged for PDF/UA, so screen readers follow the structure and
 * the document can be kept for decades. The title and language come from the page's
 * {@code <title>} and {@code <html lang>}.
 *
 * <p>Every external resource (image, style sheet, font by URL) is refused: a generated document
 * depends only on the template and on the fonts shipped in {@code document/fonts}. Only images
 * carried inside the page itself as PNG or JPEG {@code data:} URIs (a tenant's logo) are drawn.
 */
public class HtmlToPdf {

    /** The family templates use. */
    public static final String FONT_FAMILY = "Noto Sans";
    // The engine's generic families otherwise map to the PDF base fonts, which are never embedded
    // and would break PDF/A whenever a template forgets font-family or asks for serif or monospace.
    private static final String[] FAMILIES = {FONT_FAMILY, "Serif", "SansSerif", "Monospaced"};

    static {
        // The engine's logger is global; routing it once is enough.
        XRLog.setLoggerImpl(new PdfEngineLog());
    }

    private final FontFile regular = FontFile.resource("document/fonts/NotoSans-Regular.ttf");
    private final FontFile bold = FontFile.resource("document/fonts/NotoSans-Bold.ttf");
    // PDF/A needs an output intent; the runtime's own sRGB profile saves shipping one.
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public void convert(String xhtml, OutputStream out) {
        // Our own document, so that each font file is loaded into it once, and shaped only if needed. The
        // renderer closes the document, saved or not, before the fonts go back to their files.
        boolean substitution = hasDevanagari(xhtml);
        try (PDDocument document = new PDDocument();
                DocumentFont regularFont = new DocumentFont(document, regular, substitution);
                DocumentFont boldFont = new DocumentFont(document, bold, substitution)) {
            PdfRendererBuilder builder = new PdfRendererBuilder().usePDDocument(document);
            for (String family : FAMILIES) {
                builder.useFont(regularFont, family, 400, FontStyle.NORMAL, true)
                        .useFont(boldFont, family, 700, FontStyle.NORMAL, true);
            }
            builder.useFastMode()
                    .usePdfAConformance(PdfAConformance.PDFA_3_B)
                    .usePdfUaAccessibility(true)
                    .useColorProfile(srgb)
                    .useUnicodeLineBreaker(new FrenchLineBreaker())
                    .useExternalResourceAccessControl((uri, type) -> embeddedImage(uri), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> embeddedImage(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withProducer("Guichet")
                    .withHtmlContent(xhtml, null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF", e);
        }
    }

    /** The only script whose shaping PDFBox applies with these fonts (see {@link DocumentFont}). */
    static boolean hasDevanagari(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.DEVANAGARI);
    }

    private static boolean embeddedImage(String uri) {
        return uri != null && (uri.startsWith("data:image/png;base64,") || uri.startsWith("data:image/jpeg;base64,"));
    }
}
