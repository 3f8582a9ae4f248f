package org.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guichet.forms.FormTesting.onlyError;
import static org.guichet.forms.FormTesting.validate;
import static org.guichet.forms.FormTesting.value;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates in day / month / year inputs, whole dates, limits relative to today, and date-times. Today is 24/11/2026. */
class DateValidationTest {

    private static final FieldType.DateInput ANY_DATE = new FieldType.DateInput(null, null);
    private static final FieldType.DateInput BIRTH = new FieldType.DateInput(DateBound.on(LocalDate.of(1900, 1, 1)), DateBound.today());

    @Test
    void readsDayMonthYearInputs() {
        assertThat(value(validate(ANY_DATE, "f.day", "27", "f.month", "3", "f.year", "2007"))).isEqualTo(LocalDate.of(2007, 3, 27));
    }

    @ParameterizedTest
    @CsvSource({"mars, 3", "March, 3", "févr., 2", "Février, 2", "aout, 8", "juil, 7", "DEC, 12", "sept, 9"})
    void readsMonthNamesInFrenchAndEnglish(String month, int number) {
        LocalDate date = (LocalDate) value(validate(ANY_DATE, "f.day", "1", "f.month", month, "f.year", "2020"));
        assertThat(date.getMonthValue()).isEqualTo(number);
    }

    @Test
    void refusesAmbiguousMonthAbbreviation() {
        // "jui" could be juin or juillet.
        assertThat(onlyError(validate(ANY_DATE, "f.day", "1", "f.month", "jui", "f.year", "2020")).messageKey())
                .isEqualTo("forms.error.date.real");
    }

    @Test
    void refusesThirtiethOfFebruaryAsADateThatMustExist() {
        FieldError error = onlyError(validate(ANY_DATE, "f.day", "30", "f.month", "2", "f.year", "2024"));
        assertThat(error.messageKey()).isEqualTo("forms.error.date.real");
        assertThat(error.inputKey()).isEqualTo("f.day");
    }

    @Test
    void acceptsTwentyNinthOfFebruaryInLeapYearsOnly() {
        assertThat(value(validate(ANY_DATE, "f.day", "29", "f.month", "2", "f.year", "2024"))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(onlyError(validate(ANY_DATE, "f.day", "29", "f.month", "2", "f.year", "2023")).messageKey())
                .isEqualTo("forms.error.date.real");
    }

    @Test
    void saysWhichPartIsMissingAndPointsAtIt() {
        FieldError month = onlyError(validate(ANY_DATE, "f.day", "27", "f.month", "", "f.year", "2007"));
        assertThat(month.messageKey()).isEqualTo("forms.error.date.missing.month");
        assertThat(month.inputKey()).isEqualTo("f.month");
        FieldError two = onlyError(validate(ANY_DATE, "f.day", "27"));
        assertThat(two.messageKey()).isEqualTo("forms.error.date.missing.monthYear");
    }

    @Test
    void refusesYearsWithoutFourDigits() {
        FieldError error = onlyError(validate(ANY_DATE, "f.day", "27", "f.month", "3", "f.year", "07"));
        assertThat(error.messageKey()).isEqualTo("forms.error.date.year");
        assertThat(error.inputKey()).isEqualTo("f.year");
    }

    @Test
    void refusesLettersInDay() {
        assertThat(onlyError(validate(ANY_DATE, "f.day", "2x", "f.month", "3", "f.year", "2007")).messageKey())
                .isEqualTo("forms.error.date.real");
    }

    @Test
    void readsWholeDatesInIsoOrFrenchOrder() {
        assertThat(value(validate(ANY_DATE, "f", "2007-03-27"))).isEqualTo(LocalDate.of(2007, 3, 27));
        assertThat(value(validate(ANY_DATE, "f", "27/03/2007"))).isEqualTo(LocalDate.of(2007, 3, 27));
        assertThat(onlyError(validate(ANY_DATE, "f", "2007-02-30")).messageKey()).isEqualTo("forms.error.date.real");
    }

    @Test
    void refusesDatesInTheFutureWhenMaximumIsToday() {
        assertThat(value(validate(BIRTH, "f.day", "24", "f.month", "11", "f.year", "2026"))).isEqualTo(FormTesting.TODAY);
        assertThat(onlyError(validate(BIRTH, "f.day", "25", "f.month", "11", "f.year", "2026")).messageKey())
                .isEqualTo("forms.error.date.notFuture");
    }

    @Test
    void refusesDatesBeforeAFixedMinimumShowingIt() {
        FieldError error = onlyError(validate(BIRTH, "f.day", "31", "f.month", "12", "f.year", "1899"));
        assertThat(error.messageKey()).isEqualTo("forms.error.date.tooEarly");
        assertThat(error.args()).containsExactly("Champ", "01/01/1900");
    }

    @Test
    void appliesLimitsRelativeToToday() {
        FieldType.DateInput adult = new FieldType.DateInput(null, DateBound.relativeToToday(Period.ofYears(-18)));
        assertThat(value(validate(adult, "f", "2008-11-24"))).isEqualTo(LocalDate.of(2008, 11, 24));
        FieldError error = onlyError(validate(adult, "f", "2008-11-25"));
        assertThat(error.messageKey()).isEqualTo("forms.error.date.tooLate");
        assertThat(error.args()).containsExactly("Champ", "24/11/2008");
    }

    @Test
    void readsDateAndTime() {
        FieldType.DateTimeInput appointment = new FieldType.DateTimeInput(DateBound.today(), null);
        assertThat(value(validate(appointment, "f.day", "2", "f.month", "12", "f.year", "2026", "f.time", "14h30")))
                .isEqualTo(LocalDateTime.of(2026, 12, 2, 14, 30));
        assertThat(value(validate(appointment, "f", "2026-12-02T09:05"))).isEqualTo(LocalDateTime.of(2026, 12, 2, 9, 5));
        assertThat(onlyError(validate(appointment, "f.day", "2", "f.month", "12", "f.year", "2026", "f.time", "25:00"))
                .messageKey()).isEqualTo("forms.error.time.invalid");
        assertThat(onlyError(validate(appointment, "f.day", "2", "f.month", "12", "f.year", "2026")).inputKey())
                .isEqualTo("f.time");
        assertThat(onlyError(validate(appointment, "f.day", "1", "f.month", "1", "f.year", "2026", "f.time", "10:00"))
                .messageKey()).isEqualTo("forms.error.date.notPast");
    }

    @Test
    void asksForTheDateWhenRequiredAndBlank() {
        FieldError error = onlyError(validate(Field.of("f", "Date de naissance", BIRTH).asRequired(), "f.day", "", "f.month", " "));
        assertThat(error.messageKey()).isEqualTo("forms.error.required.date");
        assertThat(error.inputKey()).isEqualTo("f.day");
    }

    @Test
    void readsDateBoundsInTheirWrittenForm() {
        assertThat(DateBound.parse("today-P18Y")).isEqualTo(DateBound.relativeToToday(Period.ofYears(-18)));
        assertThat(DateBound.parse("today-P18Y").toString()).isEqualTo("today-P18Y");
        assertThat(DateBound.parse("today+P1M2D").toString()).isEqualTo("today+P1M2D");
        assertThat(DateBound.parse("2000-01-01").fixed()).isEqualTo(LocalDate.of(2000, 1, 1));
    }
}
