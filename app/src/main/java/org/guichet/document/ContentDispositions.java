package org.guichet.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Builds {@code Content-Disposition} header values that carry any file name safely (RFC 6266):
 * an ASCII {@code filename} for old clients and the exact UTF-8 name in {@code filename*}
 * (RFC 8187). Quotes, backslashes, control characters and non-ASCII never reach the header raw.
 */
public final class ContentDispositions {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDispositions() {}

    public static String attachment(String fileName) {
        return build("attachment", fileName);
    }

    public static String inline(String fileName) {
        return build("inline", fileName);
    }

    private static String build(String type, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "document" : fileName;
        return type + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + percentEncode(name);
    }

    /** "Relevé n°2.pdf" becomes "Releve n_2.pdf": accents dropped, anything else non-ASCII replaced. */
    static String asciiFallback(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return out.toString();
    }

    /** RFC 8187 value characters: letters, digits and a few marks stay, every other byte is %XX. */
    static String percentEncode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
