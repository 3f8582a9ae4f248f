package org.guichet.forms.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** SIRET, SIREN, NIR and IBAN: typed with or without spaces, stored compact. */
final class IdentifierReaders {

    private static final Pattern SIRET = Pattern.compile("\\d{14}");
    private static final Pattern SIREN = Pattern.compile("\\d{9}");
    // Sex (1, 2, or 3, 4, 7, 8 for temporary numbers), year, month, département (2A/2B for Corsica),
    // commune and order numbers, then the two-digit key.
    private static final Pattern NIR = Pattern.compile("[123478]\\d{4}(\\d{2}|2A|2B)\\d{8}");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{1,30}");

    private IdentifierReaders() {}

    static Outcome siret(String raw) {
        String text = compact(raw);
        if (text == null) {
            return Outcome.EMPTY;
        }
        if (!SIRET.matcher(text).matches()) {
            return Outcome.error("", "forms.error.siret.format");
        }
        boolean valid = Checksums.luhn(text) || Checksums.laPosteSiret(text);
        return valid ? Outcome.of(text) : Outcome.error("", "forms.error.siret.checksum");
    }

    static Outcome siren(String raw) {
        String text = compact(raw);
        if (text == null) {
            return Outcome.EMPTY;
        }
        if (!SIREN.matcher(text).matches()) {
            return Outcome.error("", "forms.error.siren.format");
        }
        return Checksums.luhn(text) ? Outcome.of(text) : Outcome.error("", "forms.error.siren.checksum");
    }

    static Outcome nir(String raw) {
        String text = compact(raw);
        if (text == null) {
            return Outcome.EMPTY;
        }
        if (!NIR.matcher(text).matches()) {
            return Outcome.error("", "forms.error.nir.format");
        }
        int key = Integer.parseInt(text.substring(13));
        return Checksums.nirKey(text.substring(0, 13)) == key ? Outcome.of(text) : Outcome.error("", "forms.error.nir.key");
    }

    static Outcome iban(String raw) {
        String text = compact(raw);
        if (text == null) {
            return Outcome.EMPTY;
        }
        text = text.replace("-", "");
        if (!IBAN.matcher(text).matches()) {
            return Outcome.error("", "forms.error.iban.format");
        }
        String country = text.substring(0, 2);
        Integer length = Checksums.IBAN_LENGTHS.get(country);
        if (length == null) {
            return Outcome.error("", "forms.error.iban.country", country);
        }
        if (text.length() != length) {
            return Outcome.error("", "forms.error.iban.length", country, length, text.length());
        }
        return Checksums.ibanChecksum(text) ? Outcome.of(text) : Outcome.error("", "forms.error.iban.checksum");
    }

    /** Upper case without spaces; an absurdly long answer becomes an unreadable one. */
    private static String compact(String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.length() > 100) {
            return "?";
        }
        String text = Texts.clean(raw, false);
        return text == null ? null : Texts.withoutSpaces(text).toUpperCase(Locale.ROOT);
    }
}
