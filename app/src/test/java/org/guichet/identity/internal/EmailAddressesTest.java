package org.guichet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which typed addresses can receive our links. */
class EmailAddressesTest {

    @Test
    void acceptsOrdinaryAddresses() {
        for (String email : new String[] {"nom@exemple.fr", "prenom.nom+demarches@mairie.saint-exemple.fr",
                "o'brien@example.co.uk", "a@b.io"}) {
            assertThat(EmailAddresses.problem(email)).as(email).isEmpty();
        }
    }

    @Test
    void refusesMalformedAddressesWithTheFormatMessage() {
        for (String email : new String[] {"nom", "nom@", "@exemple.fr", "nom@exemple", "nom @exemple.fr",
                "nom@@exemple.fr", ".nom@exemple.fr", "nom.@exemple.fr", "no..m@exemple.fr", "nom@-exemple.fr",
                "nom@exemple.f", "nom@exemple..fr", "\"nom\"@exemple.fr", "nom@[192.0.2.1]", "nom@exemple.fr\n"}) {
            assertThat(EmailAddresses.problem(email)).as(email).contains("email.error.format");
        }
        assertThat(EmailAddresses.problem("a".repeat(65) + "@exemple.fr")).contains("email.error.format");
    }

    @Test
    void refusesMissingAndOverlongAddresses() {
        assertThat(EmailAddresses.problem("")).contains("email.error.missing");
        assertThat(EmailAddresses.problem("a@" + "b".repeat(250) + ".fr")).contains("email.error.tooLong");
    }

    @Test
    void keepsTheAddressAsTypedWithoutSurroundingSpaces() {
        assertThat(EmailAddresses.normalise("  Nom@Exemple.fr ")).isEqualTo("Nom@Exemple.fr");
        assertThat(EmailAddresses.normalise(null)).isEmpty();
        assertThat(EmailAddresses.localPart("camille@exemple.fr")).isEqualTo("camille");
    }
}
