package org.guichet.tenancy.internal;

import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * The checks the tenancy forms share. Each rejects a field with a message code whose text says
 * how to fix the problem, and returns the value without surrounding spaces.
 */
public final class FormChecks {

    /** Something, an at sign, a dotted domain: what people mistype is caught, real addresses pass. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ().-]{3,28}[0-9]$");

    private FormChecks() {}

    /** Longer than any field accepts: a value is cut to this as it is bound, so a huge one is neither kept nor shown back. */
    public static final int BOUND = 1000;

    /** {@code value} cut to {@link #BOUND} characters, for form setters; the checks then report it as too long. */
    public static String bounded(String value) {
        return value == null || value.length() <= BOUND ? value : value.substring(0, BOUND);
    }

    /** The value without surrounding spaces; empty for null. */
    public static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    /** Rejects an empty value with {@code code}.required and one longer than {@code max} with {@code code}.length. */
    public static String required(Errors errors, String field, String value, int min, int max, String code) {
        String v = clean(value);
        if (v.isEmpty()) {
            errors.rejectValue(field, code + ".required");
            return v;
        }
        return length(errors, field, v, min, max, code);
    }

    /** Rejects a value whose length is outside {@code min..max} with {@code code}.length. */
    public static String length(Errors errors, String field, String value, int min, int max, String code) {
        String v = clean(value);
        int length = v.codePointCount(0, v.length());
        if (length < min || length > max) {
            errors.rejectValue(field, code + ".length", new Object[] {min, max}, null);
        }
        return v;
    }

    /** An optional email address: empty, or well formed and at most 254 characters. */
    public static String optionalEmail(Errors errors, String field, String value, String code) {
        String v = clean(value);
        if (!v.isEmpty() && (v.length() > 254 || !EMAIL.matcher(v).matches())) {
            errors.rejectValue(field, code + ".format");
        }
        return v;
    }

    /** A required email address. */
    public static String requiredEmail(Errors errors, String field, String value, String code) {
        String v = clean(value);
        if (v.isEmpty()) {
            errors.rejectValue(field, code + ".required");
            return v;
        }
        return optionalEmail(errors, field, v, code);
    }

    /** An optional phone number: digits, spaces, dots, dashes, brackets and a leading plus. */
    public static String optionalPhone(Errors errors, String field, String value, String code) {
        String v = clean(value);
        if (!v.isEmpty() && !PHONE.matcher(v).matches()) {
            errors.rejectValue(field, code + ".format");
        }
        return v;
    }
}
