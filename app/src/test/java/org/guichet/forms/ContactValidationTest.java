package org.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guichet.forms.FormTesting.onlyError;
import static org.guichet.forms.FormTesting.validate;
import static org.guichet.forms.FormTesting.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Email addresses and French phone numbers. */
class ContactValidationTest {

    @ParameterizedTest
    @CsvSource({
        "camille.dupont@exemple.fr, camille.dupont@exemple.fr",
        "' Camille+creche@Mairie-Saint-Exemple.FR ', Camille+creche@mairie-saint-exemple.fr",
        "jean@école.fr, jean@école.fr"})
    void acceptsEmailAddressesAndLowersTheDomain(String typed, String stored) {
        assertThat(value(validate(new FieldType.EmailAddress(), "f", typed))).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"camille", "camille@", "@exemple.fr", "camille@exemple", "camille@@exemple.fr",
        "camille dupont@exemple.fr", "camille..dupont@exemple.fr", "camille@exemple..fr", "camille@-exemple.fr",
        "camille@exemple.f"})
    void refusesMalformedEmailAddresses(String typed) {
        assertThat(onlyError(validate(new FieldType.EmailAddress(), "f", typed)).messageKey()).isEqualTo("forms.error.email.invalid");
    }

    @ParameterizedTest
    @CsvSource({
        "06 12 34 56 78, +33612345678",
        "06.12.34.56.78, +33612345678",
        "0612345678, +33612345678",
        "+33 6 12 34 56 78, +33612345678",
        "+33 (0)6 12 34 56 78, +33612345678",
        "+33 06 12 34 56 78, +33612345678",
        "0033 1 23 45 67 89, +33123456789",
        "01-23-45-67-89, +33123456789",
        "09 70 00 00 00, +33970000000",
        "0262 12 34 56, +262262123456",
        "0692 12 34 56, +262692123456",
        "0696 12 34 56, +596696123456",
        "+687 12 34 56, +687123456"})
    void acceptsFrenchPhoneNumbersAndStoresThemInInternationalForm(String typed, String stored) {
        assertThat(value(validate(new FieldType.PhoneNumber(), "f", typed))).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"06 12 34 56", "06 12 34 56 78 9", "00 12 34 56 78", "6 12 34 56 78", "+44 20 7946 0958",
        "+33 6 12 34 56", "06 12 34 56 7a", "téléphone"})
    void refusesNumbersThatAreNotFrench(String typed) {
        assertThat(onlyError(validate(new FieldType.PhoneNumber(), "f", typed)).messageKey()).isEqualTo("forms.error.phone.invalid");
    }
}
