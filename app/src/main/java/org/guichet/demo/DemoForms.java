package org.guichet.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.FormImport;
import org.guichet.forms.FormJson;

/** The forms of the demo démarches, as JSON files under {@code demo/forms/<slug>.json}. */
final class DemoForms {

    private DemoForms() {}

    static FormDefinition of(String slug) {
        String path = "/demo/forms/" + slug + ".json";
        try (InputStream in = DemoForms.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No demo form at " + path);
            }
            FormImport imported = FormJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!imported.ok()) {
                throw new IllegalStateException("Demo form " + path + " is invalid: " + imported.problems());
            }
            return imported.definition();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
