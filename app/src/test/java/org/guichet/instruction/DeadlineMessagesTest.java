package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The deadline and journal texts exist in French and English, and the mails fill in every argument. */
class DeadlineMessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/deadlines_en.properties").stringPropertyNames())
                .isEqualTo(load("i18n/deadlines.properties").stringPropertyNames());
    }

    @Test
    void theCorrectionMailShowsEveryArgumentInBothLanguages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/deadlines");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Object[] args = {"2027-000001", "Permis de terrasse", "Message", "- Pièce", "1 mars 2027", "Camille", "https://x/y", "Commune"};
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            String body = messages.getMessage("deadlines.mail.correction.body", args, locale);
            for (Object arg : args) {
                assertThat(body).as(locale + " body").contains(arg.toString());
            }
            assertThat(body).doesNotContain("{");
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (var in = DeadlineMessagesTest.class.getClassLoader().getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
