package org.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message the engine can produce exists in French and in English. */
class MessageBundleTest {

    private static final Pattern KEY = Pattern.compile("\"(forms\\.(?:error|definition)\\.[A-Za-z.]+)\"");
    // Keys built from a prefix and a computed ending.
    private static final Set<String> COMPUTED = Set.of(
            "forms.error.date.missing.day", "forms.error.date.missing.month", "forms.error.date.missing.year",
            "forms.error.date.missing.dayMonth", "forms.error.date.missing.dayYear", "forms.error.date.missing.monthYear",
            "forms.definition.condition.value.text", "forms.definition.condition.value.number",
            "forms.definition.condition.value.date", "forms.definition.condition.value.boolean");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(FormTesting.ENGLISH.stringPropertyNames()).isEqualTo(FormTesting.FRENCH.stringPropertyNames());
    }

    @Test
    void everyKeyInTheSourceHasMessages() throws IOException {
        Set<String> keys = new TreeSet<>(COMPUTED);
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/guichet/forms"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".")) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(90);
        keys.forEach(FormTesting::assertHasMessages);
        assertThat(FormTesting.FRENCH.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(keys);
    }
}
