package org.guichet.procedure.internal.studio;

import java.text.Normalizer;
import java.util.Locale;
import org.springframework.validation.Errors;

/** Text helpers of the studio's forms: bounded binding, length checks, slugs and identifiers. */
final class Texts {

    /** Longer than any studio text accepts: a value is cut to this as it is bound, so a huge one is never shown back. */
    static final int BOUND = 20_000;

    private Texts() {}

    static String bounded(String value) {
        return value == null ? "" : value.length() <= BOUND ? value : value.substring(0, BOUND);
    }

    /** Rejects {@code field} with {@code code} when its value (stripped) is outside {@code min..max} characters. */
    static String length(Errors errors, String field, String value, int min, int max, String code) {
        String v = value == null ? "" : value.strip();
        int length = v.codePointCount(0, v.length());
        if (length < min || length > max) {
            errors.rejectValue(field, code, new Object[] {min, max}, null);
        }
        return v;
    }

    /** An address part for a démarche ({@code inscription-creche}): lower case, digits, single hyphens. */
    static String slug(String text) {
        String s = ascii(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() <= 80 ? s : s.substring(0, 80).replaceAll("-+$", "");
    }

    /**
     * An identifier for a page or a field ({@code date_de_naissance}): what the form engine accepts, and
     * readable in exports and conditions.
     */
    static String identifier(String text) {
        String s = ascii(text).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            s = "champ_" + s;
        }
        s = s.length() <= 40 ? s : s.substring(0, 40);
        return s.replaceAll("_+$", "");
    }

    private static String ascii(String text) {
        String s = (text == null ? "" : text).toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
