package org.guichet.instruction.internal.exports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guichet.forms.Field;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.Page;

/**
 * The columns an agent may export for a démarche, in the order the file shows them: the dossier's
 * own data, then each question of the démarche's current form, in form order. A question is named
 * {@code field:<id>} so that a later form version keeps its column.
 */
public final class ExportColumns {

    static final String FIELD_PREFIX = "field:";

    /** The dossier's own data; their headings are message keys {@code exports.column.<key>}. */
    static final List<String> DOSSIER_COLUMNS = List.of("reference", "state", "submitted_at", "updated_at",
            "decided_at", "applicant_name", "applicant_email");

    /** A column: its key (the form's checkbox value), and its heading when it is a question. */
    public record Column(String key, Optional<Field> field) {
        public boolean isField() {
            return field.isPresent();
        }
    }

    private final Map<String, Column> byKey = new LinkedHashMap<>();

    ExportColumns(Optional<FormDefinition> form) {
        DOSSIER_COLUMNS.forEach(key -> byKey.put(key, new Column(key, Optional.empty())));
        form.ifPresent(f -> {
            for (Page page : f.pages()) {
                for (Field field : page.fields()) {
                    if (field.isInput()) {
                        byKey.put(FIELD_PREFIX + field.id(), new Column(FIELD_PREFIX + field.id(), Optional.of(field)));
                    }
                }
            }
        });
    }

    List<Column> all() {
        return List.copyOf(byKey.values());
    }

    List<Column> questions() {
        return byKey.values().stream().filter(Column::isField).toList();
    }

    boolean knows(String key) {
        return byKey.containsKey(key);
    }

    /** The chosen columns in the file's order; keys the form no longer has are left out. */
    List<Column> chosen(List<String> keys) {
        List<Column> chosen = new ArrayList<>();
        byKey.forEach((key, column) -> {
            if (keys.contains(key)) {
                chosen.add(column);
            }
        });
        return chosen;
    }
}
