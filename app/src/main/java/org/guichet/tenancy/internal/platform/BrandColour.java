package org.guichet.tenancy.internal.platform;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A tenant's brand colour. The header shows white text on it, so it must reach WCAG's 4.5:1
 * contrast with white (success criterion 1.4.3), computed from relative luminance.
 */
final class BrandColour {

    static final double MIN_CONTRAST_WITH_WHITE = 4.5;
    private static final Pattern HEX = Pattern.compile("^#?[0-9a-fA-F]{6}$");

    private BrandColour() {}

    /** {@code #rrggbb} in lower case, or empty when the text is not a six-digit hexadecimal colour. */
    static Optional<String> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!HEX.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of("#" + (t.startsWith("#") ? t.substring(1) : t).toLowerCase(Locale.ROOT));
    }

    /** The contrast ratio of white text on {@code colour} ({@code #rrggbb}), from 1 to 21. */
    static double contrastWithWhite(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
