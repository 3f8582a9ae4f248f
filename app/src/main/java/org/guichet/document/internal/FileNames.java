package org.guichet.document.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Turns the name a browser sent with an upload into a name fit to show and to offer for download.
 * The result is only ever displayed: storage keys are generated, never derived from it.
 */
public final class FileNames {

    /** Leaves room for a suffix such as " (2)" under the 255-byte limit of most file systems. */
    static final int MAX_CODE_POINTS = 120;
    private static final int MAX_EXTENSION = 10;
    private static final String FALLBACK = "document";
    // Names Windows refuses to create, whatever the extension: a download named so would fail.
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private FileNames() {}

    public static String sanitise(String declared) {
        if (declared == null) {
            return FALLBACK;
        }
        // Browsers on macOS send decomposed accents: compose them so that "é" is one character.
        String name = Normalizer.normalize(declared, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = cleanCharacters(name).strip();
        // Leading dots hide files or climb directories; trailing dots and spaces vanish on Windows.
        name = name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (name.isEmpty()) {
            return FALLBACK;
        }
        if (WINDOWS_DEVICE.matcher(name).matches()) {
            name = "_" + name;
        }
        return shorten(name);
    }

    /**
     * Drops control and invisible formatting characters (a right-to-left override can make
     * "facture‮fdp.exe" look like a PDF), replaces characters Windows forbids in names, and folds
     * runs of white space into one space.
     */
    private static String cleanCharacters(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean lastWasSpace = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.CONTROL && !Character.isWhitespace(c) || type == Character.FORMAT
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!lastWasSpace) {
                    out.append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            out.appendCodePoint("<>:\"|?*".indexOf(c) >= 0 ? '_' : c);
        }
        return out.toString();
    }

    /** Cuts long names on a character boundary, keeping a short extension so the file still opens. */
    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_CODE_POINTS) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION + 1 ? name.substring(dot) : "";
        String base = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_CODE_POINTS - extension.length();
        return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + extension;
    }
}
