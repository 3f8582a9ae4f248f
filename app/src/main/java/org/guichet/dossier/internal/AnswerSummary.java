package org.guichet.dossier.internal;

import java.util.ArrayList;
import java.util.List;
import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.forms.FileMetadata;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.FormValues;
import org.guichet.forms.Page;
import org.guichet.forms.view.AnswerText;
import org.guichet.dossier.DossierReadout.AttachedFile;
import org.guichet.dossier.DossierReadout.Row;
import org.guichet.dossier.DossierReadout.Section;

/** A dossier's answers in plain words, page by page, as "check your answers" and the dossier pages show them. */
public final class AnswerSummary {

    private AnswerSummary() {}

    public static List<Section> of(FormDefinition form, FormValues values, List<String> visiblePages) {
        List<Section> sections = new ArrayList<>();
        for (Page page : form.pages()) {
            if (!visiblePages.contains(page.id())) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            for (Field field : page.fields()) {
                if (field.isInput()) {
                    values.get(field.id()).ifPresent(v -> rows.add(new Row(field.label(), text(field, v, values), files(field, v, values))));
                }
            }
            sections.add(new Section(page.id(), page.title(), rows));
        }
        return sections;
    }

    private static String text(Field field, Object value, FormValues values) {
        return AnswerText.of(field, value, values);
    }

    /** The files attached through this field, also inside the rows of a repeatable block. */
    private static List<AttachedFile> files(Field field, Object value, FormValues values) {
        if (field.type() instanceof FieldType.RepeatableBlock t) {
            return values.rows(field.id()).stream()
                    .flatMap(row -> t.fields().stream().flatMap(c -> row.get(c.id()).map(v -> files(c, v, row)).orElse(List.of()).stream()))
                    .toList();
        }
        if (value instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof FileMetadata) {
            return list.stream().map(f -> (FileMetadata) f)
                    .map(f -> new AttachedFile(f.reference(), f.fileName(), f.sizeBytes(), f.contentType())).toList();
        }
        return List.of();
    }
}
