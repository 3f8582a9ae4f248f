package org.guichet.forms;

import org.guichet.forms.internal.FormJsonReader;
import org.guichet.forms.internal.FormJsonWriter;

/**
 * The versioned JSON format of definitions, for storage, export and import between instances. Its JSON
 * Schema (draft 2020-12) is published at {@code /schemas/demarche-form-v1.schema.json} ({@link #SCHEMA_RESOURCE}
 * on the classpath). Writing gives the canonical form: fixed property order, default settings left out.
 */
public final class FormJson {

    /** Classpath location of the JSON Schema of the format. */
    public static final String SCHEMA_RESOURCE = "static/schemas/demarche-form-v1.schema.json";

    private FormJson() {}

    /**
     * Reads and checks a definition. Never throws: malformed JSON, a document that does not follow the
     * format, and a definition with {@linkplain FormDefinition#problems() problems} all come back as
     * problems with a JSON Pointer to where they are.
     */
    public static FormImport read(String json) {
        return FormJsonReader.read(json);
    }

    /**
     * Reads a working copy that may still have {@linkplain FormDefinition#problems() problems}, as the
     * studio stores it: only malformed JSON and documents that do not follow the format are refused.
     * Never give such a definition to citizens; check {@link FormDefinition#problems()} first.
     */
    public static FormImport readWorkingCopy(String json) {
        return FormJsonReader.readUnchecked(json);
    }

    /** The canonical JSON of a definition, pretty-printed. */
    public static String write(FormDefinition definition) {
        return FormJsonWriter.toJson(definition);
    }
}
