package org.guichet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.guichet.identity.internal.PasswordRules.Problem;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void acceptsTwelveToOneHundredTwentyEightCharacters() {
        assertThat(PasswordRules.check("a".repeat(12), "x@example.org")).isEmpty();
        assertThat(PasswordRules.check("é".repeat(128), "x@example.org")).isEmpty();
    }

    @Test
    void refusesMissingShortAndLongPasswords() {
        assertThat(PasswordRules.check("", "x@example.org")).contains(Problem.REQUIRED);
        assertThat(PasswordRules.check(null, "x@example.org")).contains(Problem.REQUIRED);
        assertThat(PasswordRules.check("a".repeat(11), "x@example.org")).contains(Problem.TOO_SHORT);
        assertThat(PasswordRules.check("a".repeat(129), "x@example.org")).contains(Problem.TOO_LONG);
    }

    @Test
    void countsCharactersNotUtf16Units() {
        assertThat(PasswordRules.check("😀".repeat(12), "x@example.org")).isEmpty();
        assertThat(PasswordRules.check("😀".repeat(11), "x@example.org")).contains(Problem.TOO_SHORT);
    }

    @Test
    void refusesTheEmailAddressWhateverItsCase() {
        assertThat(PasswordRules.check("Lina.Roux@Example.org", "lina.roux@example.org")).contains(Problem.SAME_AS_EMAIL);
    }
}
