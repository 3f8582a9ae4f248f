package org.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guichet.forms.FormTesting.onlyError;
import static org.guichet.forms.FormTesting.validate;
import static org.guichet.forms.FormTesting.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Short and long texts, and texts that must match an author's pattern. */
class TextValidationTest {

    @Test
    void keepsTextTrimmedAndWithoutControlCharacters() {
        assertThat(value(validate(new FieldType.ShortText(), "f", "  Dupont\u0007 Camille \n"))).isEqualTo("Dupont Camille");
    }

    @Test
    void refusesTextLongerThanTheMaximumSayingHowLongItIs() {
        FieldError error = onlyError(validate(new FieldType.ShortText(10), "f", "Abcdefghijk"));
        assertThat(error.messageKey()).isEqualTo("forms.error.text.tooLong");
        assertThat(error.args()).containsExactly("Champ", 10, 11);
    }

    @Test
    void countsCharactersNotBytesNorLineEndingPairs() {
        assertThat(value(validate(new FieldType.LongText(5), "f", "é\r\nà\r\nü"))).isEqualTo("é\nà\nü");
        assertThat(value(validate(new FieldType.ShortText(3), "f", "e\u0301té"))).isEqualTo("été");
    }

    @Test
    void refusesTenMegabytesOfTextWithAnErrorNotAnException() {
        String huge = "a".repeat(10 * 1024 * 1024);
        FieldError error = onlyError(validate(new FieldType.LongText(), "f", huge));
        assertThat(error.messageKey()).isEqualTo("forms.error.text.tooLong");
        assertThat(error.args()).containsExactly("Champ", 10_000, 10 * 1024 * 1024);
    }

    @Test
    void refusesHugeAnswersToEveryOtherTypeWithoutException() {
        String huge = "9".repeat(10 * 1024 * 1024);
        for (FieldType type : new FieldType[] {new FieldType.IntegerNumber(null, null), new FieldType.EmailAddress(),
            new FieldType.PhoneNumber(), new FieldType.Siret(), new FieldType.Iban(), new FieldType.CommunePicker(),
            new FieldType.SingleChoice(java.util.List.of(new Option("a", "A")), null), new FieldType.DateInput(null, null)}) {
            assertThat(validate(type, "f", huge).valid()).as(type.toString()).isFalse();
        }
    }

    @Test
    void acceptsTextMatchingTheAuthorsPattern() {
        FieldType.PatternText plate = new FieldType.PatternText("[A-Z]{2}-\\d{3}-[A-Z]{2}", "Saisissez l’immatriculation au format AB-123-CD", 20);
        assertThat(value(validate(plate, "f", "AB-123-CD"))).isEqualTo("AB-123-CD");
    }

    @Test
    void refusesTextNotMatchingThePatternWithTheAuthorsMessage() {
        FieldType.PatternText plate = new FieldType.PatternText("[A-Z]{2}-\\d{3}-[A-Z]{2}", "Saisissez l’immatriculation au format AB-123-CD", 20);
        FieldError error = onlyError(validate(plate, "f", "AB-123-CD-EF"));
        assertThat(error.messageKey()).isEqualTo("forms.error.pattern");
        assertThat(error.args()).containsExactly("Champ", "Saisissez l’immatriculation au format AB-123-CD");
        assertThat(onlyError(validate(plate, "f", "x".repeat(21))).messageKey()).isEqualTo("forms.error.text.tooLong");
    }

    @Test
    // Without the guard this match would run for longer than the universe's age: the timeout turns a hang
    // into a failure, it measures nothing.
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void stopsCatastrophicBacktrackingAndRefusesTheAnswer() {
        FieldType.PatternText evil = new FieldType.PatternText("(a|aa)+b", "Saisissez des a suivis d’un b", 1_000);
        FieldError error = onlyError(validate(evil, "f", "a".repeat(200)));
        assertThat(error.messageKey()).isEqualTo("forms.error.pattern");
        assertThat(value(validate(evil, "f", "aaab"))).isEqualTo("aaab");
    }
}
