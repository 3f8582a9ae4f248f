package org.guichet.identity.internal.oidc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who the provider says signed in: the stable subject, and what it vouches for. The email and its
 * verification flag are taken together from one source (the ID token, else UserInfo), so that a
 * flag from one cannot vouch for an address from the other.
 *
 * @param email a well-formed address, or null when none usable was given
 */
record ExternalIdentity(OidcProvider provider, String subject, String email, boolean emailVerified,
        String givenName, String familyName) {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
    private static final int MAX_EMAIL = 254;
    private static final int MAX_NAME = 100;

    static ExternalIdentity of(OidcProvider provider, String subject, Map<String, Object> idToken,
            Map<String, Object> userInfo) {
        Map<String, Object> emailSource = idToken.get("email") != null ? idToken : userInfo;
        String email = text(emailSource.get("email"));
        boolean usable = email != null && email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
        return new ExternalIdentity(provider, subject,
                usable ? email.toLowerCase(Locale.ROOT) : null,
                usable && isTrue(emailSource.get("email_verified")),
                name(idToken, userInfo, "given_name"),
                // ProConnect names the family name usual_name.
                name(idToken, userInfo, "family_name", "usual_name"));
    }

    private static String name(Map<String, Object> idToken, Map<String, Object> userInfo, String... claims) {
        for (Map<String, Object> source : List.of(idToken, userInfo)) {
            for (String claim : claims) {
                String value = text(source.get(claim));
                if (value != null) {
                    return value.length() > MAX_NAME ? value.substring(0, MAX_NAME) : value;
                }
            }
        }
        return "";
    }

    private static String text(Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        return s.strip();
    }

    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || (value instanceof String s && s.equalsIgnoreCase("true"));
    }
}
