package org.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.guichet.forms.FormTesting.onlyError;
import static org.guichet.forms.FormTesting.validate;
import static org.guichet.forms.FormTesting.value;

import org.junit.jupiter.api.Test;

/** Postal addresses: the commune must be one the postcode serves. */
class AddressValidationTest {

    private static final FieldType.PostalAddressInput ADDRESS = new FieldType.PostalAddressInput();

    @Test
    void acceptsAnAddressWhoseCommuneMatchesThePostcode() {
        Object address = value(validate(ADDRESS, "f.street", "12 rue Sainte-Catherine", "f.complement", "",
                "f.postcode", "33 000", "f.commune", "BORDEAUX"));
        assertThat(address).isEqualTo(new PostalAddress("12 rue Sainte-Catherine", null, "33000", "33063", "Bordeaux"));
    }

    @Test
    void acceptsTheCommuneAsAnInseeCodeFromAPicker() {
        Object address = value(validate(ADDRESS, "f.street", "1 place de la Mairie", "f.postcode", "01400", "f.commune", "01001"));
        assertThat(address).extracting("communeName").isEqualTo("L'Abergement-Clémenciat");
    }

    @Test
    void refusesACommuneThePostcodeDoesNotServeListingTheOnesItDoes() {
        FieldError error = onlyError(validate(ADDRESS, "f.street", "1 rue X", "f.postcode", "33000", "f.commune", "Mérignac"));
        assertThat(error.messageKey()).isEqualTo("forms.error.address.commune.mismatch");
        assertThat(error.inputKey()).isEqualTo("f.commune");
        assertThat(error.args()).containsExactly("Champ", "33000", "Bordeaux");
    }

    @Test
    void refusesUnknownOrMalformedPostcodes() {
        assertThat(onlyError(validate(ADDRESS, "f.street", "1 rue X", "f.postcode", "00000", "f.commune", "Bordeaux")).messageKey())
                .isEqualTo("forms.error.address.postcode.unknown");
        assertThat(onlyError(validate(ADDRESS, "f.street", "1 rue X", "f.postcode", "3300", "f.commune", "Bordeaux")).messageKey())
                .isEqualTo("forms.error.address.postcode.format");
    }

    @Test
    void reportsEachMissingPartOfAStartedAddress() {
        ValidationResult result = validate(ADDRESS, "f.postcode", "33000");
        assertThat(result.errors()).extracting(FieldError::inputKey, FieldError::messageKey).containsExactly(
                tuple("f.street", "forms.error.address.street.missing"),
                tuple("f.commune", "forms.error.address.commune.missing"));
    }

    @Test
    void asksForTheWholeAddressWhenRequiredAndBlank() {
        FieldError error = onlyError(validate(Field.of("f", "Adresse du domicile", ADDRESS).asRequired()));
        assertThat(error.messageKey()).isEqualTo("forms.error.required.address");
        assertThat(error.inputKey()).isEqualTo("f.street");
    }
}
