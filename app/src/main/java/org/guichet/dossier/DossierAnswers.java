package org.guichet.dossier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guichet.forms.Answers;
import org.guichet.forms.FileMetadata;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a dossier's answers are stored: exactly what the usager typed, per input name, plus the
 * files attached, so that a page shows back what was entered and the form engine can validate it
 * again against the version of the form the dossier is on.
 *
 * <pre>{"values": {"nom": ["Dupont"], "naissance.day": ["27"]}, "files": {"plan": [{"reference": …}]}}</pre>
 */
public final class DossierAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DossierAnswers() {}

    public static String toJson(Answers answers) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, List<FileMetadata>> files = new LinkedHashMap<>();
        for (String key : answers.keys()) {
            if (!answers.values(key).isEmpty()) {
                values.put(key, answers.values(key));
            }
            if (!answers.files(key).isEmpty()) {
                files.put(key, answers.files(key));
            }
        }
        return JSON.writeValueAsString(new Stored(values, files));
    }

    public static Answers fromJson(String json) {
        if (json == null || json.isBlank() || json.equals("{}")) {
            return Answers.empty();
        }
        Stored stored = JSON.readValue(json, new TypeReference<Stored>() {});
        return Answers.of(stored.values() == null ? Map.of() : stored.values(),
                stored.files() == null ? Map.of() : stored.files());
    }

    /** Merges one page's answers into the whole: the page's input names replace the stored ones. */
    public static Answers merge(Answers stored, Answers page, java.util.Collection<String> pageInputPrefixes) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, List<FileMetadata>> files = new LinkedHashMap<>();
        for (String key : stored.keys()) {
            if (pageInputPrefixes.stream().noneMatch(prefix -> belongsTo(key, prefix))) {
                values.put(key, stored.values(key));
                files.put(key, stored.files(key));
            }
        }
        for (String key : page.keys()) {
            if (pageInputPrefixes.stream().anyMatch(prefix -> belongsTo(key, prefix))) {
                values.put(key, page.values(key));
                files.put(key, page.files(key));
            }
        }
        return Answers.of(values, files);
    }

    private static boolean belongsTo(String key, String fieldId) {
        return key.equals(fieldId) || key.startsWith(fieldId + ".") || key.startsWith(fieldId + "[");
    }

    private record Stored(Map<String, List<String>> values, Map<String, List<FileMetadata>> files) {}
}
