package org.guichet.forms.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;
import org.guichet.forms.FieldType.DecimalNumber;
import org.guichet.forms.FieldType.IntegerNumber;

/** Whole and decimal numbers as French speakers type them: spaces between thousands, comma or point. */
final class NumberReaders {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,30}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1,30}([.,]\\d{1,30})?|[.,]\\d{1,30})");
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private NumberReaders() {}

    static Outcome integer(String raw, IntegerNumber field) {
        String text = compact(raw);
        if (text == null) {
            return Outcome.EMPTY;
        }
        if (!INTEGER.matcher(text).matches()) {
            return Outcome.error("", "forms.error.integer.invalid");
        }
        BigInteger number = new BigInteger(text);
        if (field.min() != null && number.compareTo(BigInteger.valueOf(field.min())) < 0) {
            return Outcome.error("", "forms.error.number.tooSmall", field.min());
        }
        if (field.max() != null && number.compareTo(BigInteger.valueOf(field.max())) > 0) {
            return Outcome.error("", "forms.error.number.tooLarge", field.max());
        }
        if (number.compareTo(LONG_MIN) < 0) {
            return Outcome.error("", "forms.error.number.tooSmall", Long.MIN_VALUE);
        }
        if (number.compareTo(LONG_MAX) > 0) {
            return Outcome.error("", "forms.error.number.tooLarge", Long.MAX_VALUE);
        }
        return Outcome.of(number.longValueExact());
    }

    static Outcome decimal(String raw, DecimalNumber field) {
        String text = compact(raw);
        if (text == null) {
            return Outcome.EMPTY;
        }
        if (!DECIMAL.matcher(text).matches()) {
            return Outcome.error("", "forms.error.decimal.invalid");
        }
        BigDecimal number = new BigDecimal(text.replace(',', '.')).stripTrailingZeros();
        int scale = Math.max(0, number.scale());
        if (scale > field.scale()) {
            return Outcome.error("", "forms.error.decimal.scale", field.scale());
        }
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            return Outcome.error("", "forms.error.number.tooSmall", field.min());
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            return Outcome.error("", "forms.error.number.tooLarge", field.max());
        }
        return Outcome.of(number.setScale(scale));
    }

    /** The answer without spaces; an absurdly long one becomes unreadable rather than parsed. */
    private static String compact(String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.length() > 200) {
            return "?";
        }
        String text = Texts.clean(raw, false);
        return text == null ? null : Texts.withoutSpaces(text);
    }
}
