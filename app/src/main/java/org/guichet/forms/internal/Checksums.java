package org.guichet.forms.internal;

import java.util.Map;

/** Check-digit algorithms of French and international identifiers. */
final class Checksums {

    /** IBAN lengths (ISO 13616 registry) of the SEPA countries and of the French overseas codes. */
    static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18),
            Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GI", 23), Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22),
            Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
            Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25),
            Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27),
            Map.entry("VA", 22),
            // Overseas départements and collectivités have their own IBAN country codes on French-format accounts.
            Map.entry("BL", 27), Map.entry("GF", 27), Map.entry("GP", 27), Map.entry("MF", 27), Map.entry("MQ", 27),
            Map.entry("NC", 27), Map.entry("PF", 27), Map.entry("PM", 27), Map.entry("RE", 27), Map.entry("TF", 27),
            Map.entry("WF", 27), Map.entry("YT", 27));

    /** La Poste's establishments share this SIREN and use a digit-sum rule instead of Luhn. */
    static final String LA_POSTE_SIREN = "356000000";

    private Checksums() {}

    /** The Luhn check used by SIREN and SIRET: doubling every second digit from the right. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** SIRET of a La Poste establishment: its digits add up to a multiple of 5. */
    static boolean laPosteSiret(String siret) {
        if (!siret.startsWith(LA_POSTE_SIREN)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < siret.length(); i++) {
            sum += siret.charAt(i) - '0';
        }
        return sum % 5 == 0;
    }

    /**
     * The key of a NIR's first 13 characters: 97 − (number mod 97). Corsica's départements 2A and 2B
     * count as 19 and 18.
     */
    static int nirKey(String first13) {
        String digits = first13.substring(0, 5)
                + first13.substring(5, 7).replace("2A", "19").replace("2B", "18")
                + first13.substring(7);
        return (int) (97 - Long.parseLong(digits) % 97);
    }

    /** ISO 13616: the country code and check digits moved to the end, letters as 10–35, mod 97 is 1. */
    static boolean ibanChecksum(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
        }
        return remainder == 1;
    }
}
