package org.guichet.identity.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a typed email address can receive our links. Deliberately practical rather than RFC 5322
 * complete: quoted local parts and IP-literal domains are refused because people do not type them
 * and mail relays often reject them.
 */
final class EmailAddresses {

    static final int MAX_LENGTH = 254;
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private EmailAddresses() {}

    /** The address as it is stored: without surrounding spaces. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.strip();
    }

    /** The message key of what is wrong with a normalised address, if anything. */
    static Optional<String> problem(String email) {
        if (email.isEmpty()) {
            return Optional.of("email.error.missing");
        }
        if (email.length() > MAX_LENGTH) {
            return Optional.of("email.error.tooLong");
        }
        int at = email.indexOf('@');
        if (at > 64 || !ADDRESS.matcher(email).matches()) {
            return Optional.of("email.error.format");
        }
        return Optional.empty();
    }

    /** The part before the {@code @}, a word people often reuse as their password. */
    static String localPart(String email) {
        int at = email.indexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }
}
