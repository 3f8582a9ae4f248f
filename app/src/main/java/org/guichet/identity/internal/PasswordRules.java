package org.guichet.identity.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password chosen by a person must be: 12 to 128 characters (length beats composition
 * rules, after NIST SP 800-63B and ANSSI), and not the person's own email address.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Why a password is refused; each has a message telling the person what to type instead. */
    public enum Problem { REQUIRED, TOO_SHORT, TOO_LONG, SAME_AS_EMAIL }

    private PasswordRules() {}

    /** The problem with {@code password} for the account of {@code email}, if any. */
    public static Optional<Problem> check(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Problem.REQUIRED);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (email != null && password.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.SAME_AS_EMAIL);
        }
        return Optional.empty();
    }
}
