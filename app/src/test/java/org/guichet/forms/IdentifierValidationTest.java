package org.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guichet.forms.FormTesting.onlyError;
import static org.guichet.forms.FormTesting.validate;
import static org.guichet.forms.FormTesting.value;

import org.junit.jupiter.api.Test;

/** SIRET, SIREN, NIR and IBAN: formats, check keys and the known exceptions. */
class IdentifierValidationTest {

    @Test
    void acceptsSiretWithValidLuhnKeyTypedWithSpaces() {
        assertThat(value(validate(new FieldType.Siret(), "f", " 130 025 265 00013 "))).isEqualTo("13002526500013");
    }

    @Test
    void refusesSiretWithWrongLuhnKey() {
        assertThat(onlyError(validate(new FieldType.Siret(), "f", "13002526500014")).messageKey())
                .isEqualTo("forms.error.siret.checksum");
    }

    @Test
    void refusesSiretThatIsNotFourteenDigits() {
        assertThat(onlyError(validate(new FieldType.Siret(), "f", "1300252650001")).messageKey()).isEqualTo("forms.error.siret.format");
        assertThat(onlyError(validate(new FieldType.Siret(), "f", "1300252650001A")).messageKey()).isEqualTo("forms.error.siret.format");
    }

    @Test
    void acceptsLaPosteSiretWhoseDigitsAddUpToAMultipleOfFive() {
        // Fails Luhn, but La Poste's establishments follow the digit-sum rule.
        assertThat(value(validate(new FieldType.Siret(), "f", "356 000 000 00015"))).isEqualTo("35600000000015");
    }

    @Test
    void refusesLaPosteSiretFailingBothRules() {
        assertThat(onlyError(validate(new FieldType.Siret(), "f", "35600000047319")).messageKey())
                .isEqualTo("forms.error.siret.checksum");
    }

    @Test
    void appliesTheDigitSumRuleOnlyToLaPoste() {
        // Digits add up to 15, but the SIREN is not La Poste's: Luhn applies and fails.
        assertThat(onlyError(validate(new FieldType.Siret(), "f", "13002526500015")).messageKey())
                .isEqualTo("forms.error.siret.checksum");
    }

    @Test
    void acceptsSirenWithValidLuhnKey() {
        assertThat(value(validate(new FieldType.Siren(), "f", "130 025 265"))).isEqualTo("130025265");
        assertThat(value(validate(new FieldType.Siren(), "f", "356000000"))).isEqualTo("356000000");
    }

    @Test
    void refusesSirenWithWrongLuhnKeyOrLength() {
        assertThat(onlyError(validate(new FieldType.Siren(), "f", "130025266")).messageKey()).isEqualTo("forms.error.siren.checksum");
        assertThat(onlyError(validate(new FieldType.Siren(), "f", "13002526")).messageKey()).isEqualTo("forms.error.siren.format");
    }

    @Test
    void acceptsNirWhoseKeyIs97MinusTheNumberModulo97() {
        assertThat(value(validate(new FieldType.Nir(), "f", "2 69 05 49 588 157 80"))).isEqualTo("269054958815780");
    }

    @Test
    void refusesNirWithWrongKey() {
        assertThat(onlyError(validate(new FieldType.Nir(), "f", "269054958815781")).messageKey()).isEqualTo("forms.error.nir.key");
    }

    @Test
    void acceptsCorsicanNirCountingTwoAAsNineteenAndTwoBAsEighteen() {
        assertThat(value(validate(new FieldType.Nir(), "f", "1 85 12 2a 004 123 71"))).isEqualTo("185122A00412371");
        assertThat(value(validate(new FieldType.Nir(), "f", "290032B03304531"))).isEqualTo("290032B03304531");
    }

    @Test
    void refusesCorsicanNirWithKeyComputedAsIfTheDepartementWereTwenty() {
        assertThat(onlyError(validate(new FieldType.Nir(), "f", "185122A00412344")).messageKey()).isEqualTo("forms.error.nir.key");
    }

    @Test
    void refusesNirWithoutKeyOrWithImpossibleSexDigit() {
        assertThat(onlyError(validate(new FieldType.Nir(), "f", "2690549588157")).messageKey()).isEqualTo("forms.error.nir.format");
        assertThat(onlyError(validate(new FieldType.Nir(), "f", "569054958815780")).messageKey()).isEqualTo("forms.error.nir.format");
    }

    @Test
    void acceptsFrenchIbanTypedInGroupsAndLowerCase() {
        assertThat(value(validate(new FieldType.Iban(), "f", "fr76 3000 6000 0112 3456 7890 189")))
                .isEqualTo("FR7630006000011234567890189");
    }

    @Test
    void acceptsIbansOfOtherSepaCountries() {
        assertThat(value(validate(new FieldType.Iban(), "f", "DE89 3704 0044 0532 0130 00"))).isEqualTo("DE89370400440532013000");
        assertThat(value(validate(new FieldType.Iban(), "f", "BE68539007547034"))).isEqualTo("BE68539007547034");
    }

    @Test
    void refusesIbanWithWrongCheckDigits() {
        assertThat(onlyError(validate(new FieldType.Iban(), "f", "FR7630006000011234567890188")).messageKey())
                .isEqualTo("forms.error.iban.checksum");
    }

    @Test
    void refusesIbanOfWrongLengthForItsCountry() {
        FieldError error = onlyError(validate(new FieldType.Iban(), "f", "FR763000600001123456789018"));
        assertThat(error.messageKey()).isEqualTo("forms.error.iban.length");
        assertThat(error.args()).containsExactly("Champ", "FR", 27, 26);
    }

    @Test
    void refusesValidIbanOfCountryOutsideSepa() {
        FieldError error = onlyError(validate(new FieldType.Iban(), "f", "BR1800360305000010009795493C1"));
        assertThat(error.messageKey()).isEqualTo("forms.error.iban.country");
        assertThat(error.args()).containsExactly("Champ", "BR");
    }

    @Test
    void refusesTextThatIsNoIban() {
        assertThat(onlyError(validate(new FieldType.Iban(), "f", "mon compte")).messageKey()).isEqualTo("forms.error.iban.format");
    }
}
