package org.guichet.dossier.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.guichet.forms.Civility;
import org.guichet.forms.Commune;
import org.guichet.forms.Departement;
import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.forms.FileMetadata;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.FormValues;
import org.guichet.forms.LinkedAnswer;
import org.guichet.forms.Option;
import org.guichet.forms.Page;
import org.guichet.forms.PostalAddress;
import org.guichet.forms.Region;
import org.guichet.dossier.DossierReadout.AttachedFile;
import org.guichet.dossier.DossierReadout.Row;
import org.guichet.dossier.DossierReadout.Section;

/** A dossier's answers in plain words, page by page, as "check your answers" and the dossier pages show them. */
public final class AnswerSummary {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

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
        return switch (field.type()) {
            case FieldType.SingleChoice t -> label(t.options(), String.valueOf(value));
            case FieldType.MultipleChoice t -> ((List<?>) value).stream().map(v -> label(t.options(), String.valueOf(v)))
                    .collect(Collectors.joining(", "));
            case FieldType.LinkedChoice t -> {
                LinkedAnswer a = (LinkedAnswer) value;
                var parent = t.options().stream().filter(o -> o.value().equals(a.parent())).findFirst();
                yield parent.map(p -> p.label() + " — " + label(p.children(), a.child())).orElse(a.parent());
            }
            case FieldType.RepeatableBlock t -> values.rows(field.id()).stream()
                    .map(row -> t.fields().stream().filter(Field::isInput)
                            .map(c -> row.get(c.id()).map(v -> text(c, v, row)).orElse(""))
                            .filter(s -> !s.isEmpty()).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n"));
            default -> plain(value);
        };
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

    private static String plain(Object value) {
        return switch (value) {
            case Boolean b -> b ? "Oui" : "Non";
            case LocalDate d -> DAY.format(d);
            case LocalDateTime d -> DAY_TIME.format(d);
            case Civility c -> c == Civility.MADAME ? "Madame" : "Monsieur";
            case PostalAddress a -> String.join("\n", a.street(), a.complement() == null ? "" : a.complement(),
                    a.postcode() + " " + a.communeName()).replace("\n\n", "\n");
            case Commune c -> c.name() + " (" + c.departementCode() + ")";
            case Departement d -> d.name() + " (" + d.code() + ")";
            case Region r -> r.name();
            case List<?> list when !list.isEmpty() && list.getFirst() instanceof FileMetadata ->
                    list.stream().map(f -> ((FileMetadata) f).fileName()).collect(Collectors.joining(", "));
            case Map<?, ?> map -> map.toString();
            default -> String.valueOf(value);
        };
    }

    private static String label(List<Option> options, String value) {
        return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
    }
}
