package org.guichet.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A font file shipped in {@code document/fonts}, read once and parsed only as often as documents are
 * rendered at the same time: a parsed font is lent to one document at a time and taken back once that
 * document is saved, the way PDFBox itself reuses the system fonts it parsed from one document to the
 * next. Parsing Noto Sans (cmap and GSUB tables) was a third of the time of an accusé de réception.
 */
final class FontFile {

    /**
     * Parsed fonts kept for reuse, about 2.5 MB each: as many as the event listeners render at once.
     * More renders at the same moment parse their own and drop them afterwards.
     */
    static final int IDLE_KEPT = 4;

    private final byte[] bytes;
    private final ConcurrentLinkedQueue<TrueTypeFont> idle = new ConcurrentLinkedQueue<>();

    FontFile(byte[] bytes) {
        this.bytes = bytes;
    }

    static FontFile resource(String path) {
        try (InputStream in = FontFile.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return new FontFile(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The parsed font for one document, to {@linkplain #giveBack give back} once the document is saved.
     *
     * @param substitution whether PDFBox applies the font's glyph substitutions (see {@link DocumentFont})
     */
    TrueTypeFont borrow(boolean substitution) throws IOException {
        TrueTypeFont font = substitution ? null : idle.poll();
        if (font == null) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            font.setEnableGsub(substitution);
        }
        return font;
    }

    void giveBack(TrueTypeFont font) throws IOException {
        // Fonts with substitution serve the rare Devanagari document: not worth keeping.
        if (font.isEnableGsub() || idle.size() >= IDLE_KEPT) {
            font.close();
        } else {
            idle.offer(font);
        }
    }
}
