package org.guichet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The password rules of NIST SP 800-63B as the platform applies them, on the shipped lists. */
class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();
    private static final List<String> NOBODY = List.of();

    @Test
    void acceptsALongPassphraseWithoutCompositionRules() {
        assertThat(POLICY.problem("un chat sur le toit du moulin", NOBODY)).isEmpty();
        assertThat(POLICY.problem("abcdefghijkl mnop", NOBODY)).isEmpty();
    }

    @Test
    void countsCharactersNotBytesOrUtf16Units() {
        assertThat(POLICY.problem("éééééééééééé", NOBODY)).isEmpty();
        assertThat(POLICY.problem("😀".repeat(11), NOBODY)).contains("password.error.tooShort");
        assertThat(POLICY.problem("😀".repeat(128), NOBODY)).isEmpty();
        assertThat(POLICY.problem("😀".repeat(129), NOBODY)).contains("password.error.tooLong");
    }

    @Test
    void refusesMissingShortAndOverlongPasswords() {
        assertThat(POLICY.problem(null, NOBODY)).contains("password.error.missing");
        assertThat(POLICY.problem("", NOBODY)).contains("password.error.missing");
        assertThat(POLICY.problem("elevenchars", NOBODY)).contains("password.error.tooShort");
        assertThat(POLICY.problem("x".repeat(129), NOBODY)).contains("password.error.tooLong");
    }

    @Test
    void refusesListedPasswordsWhateverTheirCase() {
        assertThat(POLICY.problem("123qweasdzxc", NOBODY)).contains("password.error.common");
        assertThat(POLICY.problem("QWERTYUIOPASDFGHJKL", NOBODY)).contains("password.error.common");
        assertThat(POLICY.problem("AzertyUiop123", NOBODY)).contains("password.error.common");
        assertThat(POLICY.problem("ServicePublic1", NOBODY)).contains("password.error.common");
    }

    @Test
    void refusesTheWordsThePersonOrThePortalIsKnownBy() {
        var words = PasswordPolicy.personalWords("camille.martin@exemple.fr", "Camille", "Martin-Dupont",
                new org.guichet.tenancy.Tenant(null, "saint-exemple", "Ville de Saint-Exemple", null, null, null,
                        false, null, List.of()));
        assertThat(POLICY.problem("camille.martin@exemple.fr", words)).contains("password.error.personal");
        assertThat(POLICY.problem("Camille.Martin", words)).contains("password.error.personal");
        assertThat(POLICY.problem("camille martin dupont", words)).contains("password.error.personal");
        assertThat(POLICY.problem("Ville de Saint-Exemple", words)).contains("password.error.personal");
        assertThat(POLICY.problem("villedesaintexemple2026", words)).contains("password.error.personal");
        assertThat(POLICY.problem("saint-exemple-2026", words)).contains("password.error.personal");
        assertThat(POLICY.problem("j’habite à Saint-Exemple depuis 2010", words)).isEmpty();
    }

    @Test
    void ignoresShortWordsAsPrefixesButNotAsWholePasswords() {
        PasswordPolicy policy = new PasswordPolicy(Set.of());
        assertThat(policy.problem("Lou123456789", List.of("Lou"))).isEmpty();
        assertThat(policy.problem("abcdefghijklm", List.of("ABCDEFGHIJKLM"))).contains("password.error.personal");
    }

    @Test
    void shipsTheCommonListWithOnlyEntriesTheLengthRuleWouldAccept() {
        assertThat(POLICY.problem("mailcreated5240", NOBODY)).contains("password.error.common");
        assertThat(new PasswordPolicy(Set.of()).problem("mailcreated5240", NOBODY)).isEmpty();
    }
}
