package org.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Shared set-up of the form engine tests: a fixed day, the official geography, one-field forms. */
final class FormTesting {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** 24 November 2026, 10:00 in Paris. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), PARIS);
    static final LocalDate TODAY = LocalDate.now(CLOCK);
    static final FormValidator VALIDATOR = new FormValidator(CLOCK, FrenchGeography.official());

    static final Properties FRENCH = messages("/i18n/forms.properties");
    static final Properties ENGLISH = messages("/i18n/forms_en.properties");

    private FormTesting() {}

    static FormDefinition form(Field... fields) {
        return FormDefinition.of(Page.of("main", "Votre demande", fields));
    }

    /** Validates a one-field form, the field named {@code f}, with alternating input names and values. */
    static ValidationResult validate(FieldType type, String... namesAndValues) {
        return validate(Field.of("f", "Champ", type), namesAndValues);
    }

    static ValidationResult validate(Field field, String... namesAndValues) {
        return VALIDATOR.validateForm(form(field), answers(namesAndValues));
    }

    static Answers answers(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return Answers.ofSingle(values);
    }

    /** The one error of a result, checked to have a message in both languages. */
    static FieldError onlyError(ValidationResult result) {
        assertThat(result.errors()).hasSize(1);
        FieldError error = result.errors().getFirst();
        assertHasMessages(error.messageKey());
        return error;
    }

    static void assertHasMessages(String key) {
        assertThat(FRENCH).as("French messages").containsKey(key);
        assertThat(ENGLISH).as("English messages").containsKey(key);
    }

    private static Properties messages(String resource) {
        try (var in = FormTesting.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The single value of a valid one-field form. */
    static Object value(ValidationResult result) {
        assertThat(result.errors()).isEmpty();
        return result.values().get("f").orElse(null);
    }
}
