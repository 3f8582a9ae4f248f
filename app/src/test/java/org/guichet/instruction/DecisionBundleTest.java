package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The texts of the dossier page, decisions, batch actions and decision letters exist in French and English alike. */
class DecisionBundleTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/decision_en.properties").stringPropertyNames())
                .isEqualTo(load("i18n/decision.properties").stringPropertyNames())
                .hasSizeGreaterThan(90);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(DecisionBundleTest.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
