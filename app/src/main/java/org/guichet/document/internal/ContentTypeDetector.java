package org.guichet.document.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.Tika;

/**
 * Recognises a file's type from its bytes, never from its name, with Apache Tika's signatures.
 *
 * <p>Tika's core recognises an Office Open XML file only as "some OOXML package". To tell a Word
 * document from a spreadsheet — or from a macro-enabled file, which is refused — the package's
 * {@code [Content_Types].xml} is read, at most {@value #MAX_CONTENT_TYPES_BYTES} bytes of it, so a
 * crafted archive cannot make the check inflate gigabytes.
 */
public class ContentTypeDetector {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_CONTENT_TYPES_BYTES = 256 * 1024;
    private static final String OOXML_PACKAGE = "application/x-tika-ooxml";
    private static final String ZIP = "application/zip";

    // Tika's facade is thread-safe; building it loads the signature database once.
    private final Tika tika = new Tika();

    /** The media type of the file at {@code path}, without parameters, e.g. {@code application/pdf}. */
    public String detect(Path path) {
        String detected;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            detected = tika.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (OOXML_PACKAGE.equals(detected) || ZIP.equals(detected)) {
            return officeOpenXmlType(path, detected);
        }
        return detected;
    }

    /** DOCX or XLSX when the package's main part says so, else what Tika said. */
    private static String officeOpenXmlType(Path path, String fallback) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            ZipEntry entry = zip.getEntry("[Content_Types].xml");
            if (entry == null) {
                return fallback;
            }
            String types;
            try (InputStream in = zip.getInputStream(entry)) {
                types = new String(in.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8);
            }
            // The main part's content type names the kind of document; the macro-enabled variants
            // (…macroEnabled.main+xml) deliberately match neither.
            boolean word = types.contains("\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"");
            boolean sheet = types.contains("\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"");
            if (word == sheet) {
                return fallback;
            }
            return word ? DOCX : XLSX;
        } catch (IOException e) {
            // Not a readable archive after all (truncated, encrypted): keep Tika's answer.
            return fallback;
        }
    }
}
