package org.guichet.forms.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.guichet.forms.FieldType.PatternText;

/** Free text, pattern text, email addresses and phone numbers. */
final class TextReaders {

    private static final Pattern EMAIL_LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");
    private static final Pattern TOP_LEVEL_DOMAIN = Pattern.compile("\\p{L}{2,63}|xn--[a-z0-9-]{1,59}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F.\\-/()]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NATIONAL = Pattern.compile("0[1-9]\\d{8}");
    // Country codes of French territories with the length of their subscriber numbers.
    private static final String[][] FRENCH_COUNTRY_CODES = {
        {"33", "9"}, {"262", "9"}, {"590", "9"}, {"594", "9"}, {"596", "9"},
        {"508", "6"}, {"681", "6"}, {"687", "6"}, {"689", "8"}};

    private TextReaders() {}

    static Outcome text(String raw, int maxLength, boolean multiline) {
        if (raw == null) {
            return Outcome.EMPTY;
        }
        // Far beyond the limit (a 10 MB paste), refuse before normalising: only the count is needed.
        if (raw.length() > 4L * maxLength + 16) {
            return Outcome.error("", "forms.error.text.tooLong", maxLength, raw.codePointCount(0, raw.length()));
        }
        String text = Texts.clean(raw, multiline);
        if (text == null) {
            return Outcome.EMPTY;
        }
        int length = text.codePointCount(0, text.length());
        return length > maxLength ? Outcome.error("", "forms.error.text.tooLong", maxLength, length) : Outcome.of(text);
    }

    static Outcome pattern(String raw, PatternText field) {
        Outcome text = text(raw, field.maxLength(), false);
        if (text.value() == null) {
            return text;
        }
        boolean matches = SafeRegex.matches(Pattern.compile(field.pattern()), (String) text.value());
        return matches ? text : Outcome.error("", "forms.error.pattern", field.errorMessage());
    }

    static Outcome email(String raw) {
        if (raw == null) {
            return Outcome.EMPTY;
        }
        String text = raw.length() > 1_000 ? "" : Texts.clean(raw, false);
        if (text == null) {
            return Outcome.EMPTY;
        }
        int at = text.indexOf('@');
        if (text.length() > 254 || at <= 0 || at != text.lastIndexOf('@')) {
            return invalidEmail();
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1).toLowerCase(Locale.ROOT);
        String[] labels = domain.split("\\.", -1);
        if (local.length() > 64 || !EMAIL_LOCAL.matcher(local).matches() || labels.length < 2
                || !TOP_LEVEL_DOMAIN.matcher(labels[labels.length - 1]).matches()) {
            return invalidEmail();
        }
        for (String label : labels) {
            if (!DOMAIN_LABEL.matcher(label).matches()) {
                return invalidEmail();
            }
        }
        return Outcome.of(local + "@" + domain);
    }

    private static Outcome invalidEmail() {
        return Outcome.error("", "forms.error.email.invalid");
    }

    /** A French number, national (06 12 34 56 78) or international (+33 6 12 34 56 78), in E.164 form. */
    static Outcome phone(String raw) {
        if (raw == null) {
            return Outcome.EMPTY;
        }
        String text = raw.length() > 100 ? "x" : Texts.clean(raw, false);
        if (text == null) {
            return Outcome.EMPTY;
        }
        String compact = PHONE_SEPARATORS.matcher(text.replace("(0)", "")).replaceAll("");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        String e164 = compact.startsWith("+") ? international(compact.substring(1)) : national(compact);
        return e164 == null ? Outcome.error("", "forms.error.phone.invalid") : Outcome.of(e164);
    }

    private static String international(String digits) {
        if (!DIGITS.matcher(digits).matches()) {
            return null;
        }
        for (String[] country : FRENCH_COUNTRY_CODES) {
            if (digits.startsWith(country[0])) {
                String subscriber = digits.substring(country[0].length());
                // "+33 06…" is a common way of writing it: the trunk 0 is dropped.
                if (subscriber.startsWith("0")) {
                    subscriber = subscriber.substring(1);
                }
                boolean valid = subscriber.length() == Integer.parseInt(country[1]) && DIGITS.matcher(subscriber).matches();
                return valid ? "+" + country[0] + subscriber : null;
            }
        }
        return null;
    }

    private static String national(String digits) {
        if (!NATIONAL.matcher(digits).matches()) {
            return null;
        }
        // Overseas numbers dialled nationally keep their prefix after their own country code.
        String countryCode = switch (digits.substring(0, 4)) {
            case "0262", "0263", "0269", "0639", "0692", "0693" -> "262";
            case "0590", "0690", "0691" -> "590";
            case "0594", "0694" -> "594";
            case "0596", "0696", "0697" -> "596";
            default -> "33";
        };
        return "+" + countryCode + digits.substring(1);
    }
}
