package org.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guichet.forms.FormTesting.onlyError;
import static org.guichet.forms.FormTesting.validate;
import static org.guichet.forms.FormTesting.value;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Whole and decimal numbers: French typing, bounds, decimal places. */
class NumberValidationTest {

    private static final FieldType.IntegerNumber CHILDREN = new FieldType.IntegerNumber(0L, 20L);
    private static final FieldType.DecimalNumber AREA = new FieldType.DecimalNumber(new BigDecimal("0.5"), new BigDecimal("10000"), 2);

    @Test
    void readsWholeNumbersWithSpacesBetweenThousands() {
        assertThat(value(validate(new FieldType.IntegerNumber(null, null), "f", "1\u202f234 567"))).isEqualTo(1_234_567L);
        assertThat(value(validate(new FieldType.IntegerNumber(null, null), "f", "-12"))).isEqualTo(-12L);
    }

    @Test
    void refusesDecimalsAndWordsInWholeNumbers() {
        assertThat(onlyError(validate(CHILDREN, "f", "2,5")).messageKey()).isEqualTo("forms.error.integer.invalid");
        assertThat(onlyError(validate(CHILDREN, "f", "deux")).messageKey()).isEqualTo("forms.error.integer.invalid");
        assertThat(onlyError(validate(CHILDREN, "f", "1e3")).messageKey()).isEqualTo("forms.error.integer.invalid");
    }

    @Test
    void refusesWholeNumbersOutsideBoundsSayingTheBound() {
        FieldError tooLarge = onlyError(validate(CHILDREN, "f", "21"));
        assertThat(tooLarge.messageKey()).isEqualTo("forms.error.number.tooLarge");
        assertThat(tooLarge.args()).containsExactly("Champ", 20L);
        assertThat(onlyError(validate(CHILDREN, "f", "-1")).messageKey()).isEqualTo("forms.error.number.tooSmall");
        assertThat(value(validate(CHILDREN, "f", "20"))).isEqualTo(20L);
    }

    @Test
    void refusesWholeNumbersBeyondTheLongRangeWithoutFailing() {
        assertThat(onlyError(validate(new FieldType.IntegerNumber(null, null), "f", "99999999999999999999")).messageKey())
                .isEqualTo("forms.error.number.tooLarge");
    }

    @Test
    void readsDecimalsWithCommaOrPoint() {
        assertThat(value(validate(AREA, "f", "12,5"))).isEqualTo(new BigDecimal("12.5"));
        assertThat(value(validate(AREA, "f", "1 250.75"))).isEqualTo(new BigDecimal("1250.75"));
        assertThat(value(validate(AREA, "f", "12,50"))).isEqualTo(new BigDecimal("12.5"));
        assertThat(value(validate(AREA, "f", "100"))).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void refusesDecimalsWithTooManyDecimalPlaces() {
        FieldError error = onlyError(validate(AREA, "f", "12,555"));
        assertThat(error.messageKey()).isEqualTo("forms.error.decimal.scale");
        assertThat(error.args()).containsExactly("Champ", 2);
    }

    @Test
    void refusesDecimalsOutsideBoundsOrMalformed() {
        assertThat(onlyError(validate(AREA, "f", "0,4")).messageKey()).isEqualTo("forms.error.number.tooSmall");
        assertThat(onlyError(validate(AREA, "f", "10000,01")).messageKey()).isEqualTo("forms.error.number.tooLarge");
        assertThat(onlyError(validate(AREA, "f", "1.000,5")).messageKey()).isEqualTo("forms.error.decimal.invalid");
        assertThat(onlyError(validate(AREA, "f", "12 m²")).messageKey()).isEqualTo("forms.error.decimal.invalid");
    }

    @Test
    void treatsBlankNumbersAsUnanswered() {
        assertThat(validate(CHILDREN, "f", "   ").values().has("f")).isFalse();
        assertThat(onlyError(validate(Field.of("f", "Champ", CHILDREN).asRequired(), "f", " ")).messageKey())
                .isEqualTo("forms.error.required.text");
    }
}
