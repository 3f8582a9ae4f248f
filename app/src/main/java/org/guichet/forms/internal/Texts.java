package org.guichet.forms.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Cleaning of submitted text and folding of names for comparison. */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    // Control characters come from copy-paste (PDFs, spreadsheets) and would corrupt exports.
    private static final Pattern CONTROLS_KEEP_LINES = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}");

    private Texts() {}

    /**
     * Lower case, without accents or punctuation, single spaces, and the usual abbreviations of commune
     * names spelled out ("St-Denis" → "saint denis").
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae");
        String spaced = NOT_ALPHANUMERIC.matcher(plain).replaceAll(" ").strip();
        StringBuilder folded = new StringBuilder(spaced.length() + 8);
        for (String word : spaced.split(" ")) {
            if (!folded.isEmpty()) {
                folded.append(' ');
            }
            folded.append(switch (word) {
                case "st" -> "saint";
                case "ste" -> "sainte";
                default -> word;
            });
        }
        return folded.toString();
    }

    /**
     * A submitted text as it will be stored: Unicode NFC, {@code \n} line ends, no control characters,
     * trimmed; {@code null} when nothing is left. Single-line text has its line breaks made spaces.
     */
    public static String clean(String raw, boolean multiline) {
        if (raw == null) {
            return null;
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        text = multiline ? CONTROLS_KEEP_LINES.matcher(text).replaceAll("")
                : CONTROLS.matcher(text.replace('\n', ' ').replace('\t', ' ')).replaceAll("");
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    /** Removes every kind of space, including the no-break spaces French typing inserts in numbers. */
    public static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", "");
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
