package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The messaging, annotation and expert texts exist in French and English alike. */
class MessagingBundleTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/messaging_en.properties").stringPropertyNames())
                .isEqualTo(load("i18n/messaging.properties").stringPropertyNames())
                .hasSizeGreaterThan(100);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(MessagingBundleTest.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
