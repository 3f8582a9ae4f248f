package org.guichet.document.internal;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One shipped font file for one document, loaded (and later subset and embedded) only if the layout
 * asks for it. Every family that maps to this file shares it, so the document embeds it once.
 *
 * <p>OpenType glyph substitution (GSUB) can be switched off. PDFBox applies the rules of the first
 * script of the font's GSUB table it knows, which for Noto Sans is Devanagari, whatever the text:
 * those rules only ever replace Devanagari glyphs, so for any other text they change nothing, yet
 * PDFBox compiles a regular expression of the font's glyph sequences for every run of text it
 * writes — about two thirds of the time of a render.
 */
final class DocumentFont extends PDFontSupplier implements Closeable {

    private final PDDocument document;
    private final FontFile file;
    private final boolean substitution;
    private TrueTypeFont parsed;
    private PDFont font;

    /** @param substitution whether to apply the font's GSUB rules (only Devanagari text needs them) */
    DocumentFont(PDDocument document, FontFile file, boolean substitution) {
        super(null);
        this.document = document;
        this.file = file;
        this.substitution = substitution;
    }

    @Override
    public PDFont supply() {
        if (font == null) {
            try {
                parsed = file.borrow(substitution);
                font = PDType0Font.load(document, parsed, true);
            } catch (IOException e) {
                // Never fall back to a base font: it would not be embedded, and PDF/A forbids that.
                throw new UncheckedIOException("Could not load a shipped font", e);
            }
        }
        return font;
    }

    /** Call once the document is saved (the subset is taken from the parsed font when saving), and only then. */
    @Override
    public void close() throws IOException {
        if (parsed != null) {
            file.giveBack(parsed);
            parsed = null;
        }
    }
}
