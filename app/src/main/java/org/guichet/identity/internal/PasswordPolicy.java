package org.guichet.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.guichet.tenancy.Tenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What a chosen password must be, after NIST SP 800-63B: long enough, not absurdly long, no
 * composition rules, and not one attackers try first — a listed common password, or a word the
 * person or the portal is known by (see {@code identity/README.md} for the lists).
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    /** Words shorter than this are too generic to refuse as a prefix ("Nom" + digits is fine). */
    private static final int MIN_PERSONAL_WORD = 4;
    private static final String[] LISTS = {"/identity/common-passwords.txt", "/identity/platform-passwords.txt"};

    private final Set<String> common;

    @Autowired
    PasswordPolicy() {
        this(load());
    }

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /**
     * The message key of the first rule {@code password} breaks, if any.
     *
     * @param personalWords words tied to the person or the portal (email, names, tenant name)
     */
    public Optional<String> problem(String password, Collection<String> personalWords) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password.error.missing");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.error.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.error.tooLong");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.error.common");
        }
        if (isPersonal(password, personalWords)) {
            return Optional.of("password.error.personal");
        }
        return Optional.empty();
    }

    /** The words a person's password must not be: their address, its local part, their names, the portal's names. */
    public static List<String> personalWords(String email, String givenName, String familyName, Tenant tenant) {
        return List.of(email, EmailAddresses.localPart(email), givenName, familyName, givenName + familyName,
                tenant.name(), tenant.slug());
    }

    /** The password is one of the words, or one of them followed by digits only ("saintexemple2024"). */
    private static boolean isPersonal(String password, Collection<String> words) {
        String candidate = letterAndDigits(password);
        for (String word : words) {
            String w = word == null ? "" : letterAndDigits(word);
            if (w.isEmpty()) {
                continue;
            }
            if (candidate.equals(w)) {
                return true;
            }
            if (w.length() >= MIN_PERSONAL_WORD && candidate.startsWith(w)
                    && candidate.substring(w.length()).chars().allMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, accents and everything but letters and digits removed: "Val d'Exemple" → "valdexemple". */
    static String letterAndDigits(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(Character::isLetterOrDigit)
                .forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
        return out.toString();
    }

    private static Set<String> load() {
        Set<String> entries = new HashSet<>(64_000);
        for (String list : LISTS) {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(list)) {
                if (in == null) {
                    throw new IllegalStateException("Password list missing from the classpath: " + list);
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(String::strip).filter(line -> !line.isEmpty()).forEach(entries::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }
}
