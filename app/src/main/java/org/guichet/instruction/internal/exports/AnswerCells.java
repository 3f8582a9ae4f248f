package org.guichet.instruction.internal.exports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.guichet.forms.Civility;
import org.guichet.forms.Commune;
import org.guichet.forms.Departement;
import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.forms.FileMetadata;
import org.guichet.forms.FormValues;
import org.guichet.forms.LinkedAnswer;
import org.guichet.forms.Option;
import org.guichet.forms.PostalAddress;
import org.guichet.forms.Region;

/**
 * One answer as a spreadsheet cell: dates stay dates and numbers stay numbers (so they sort and add
 * up), choices show their labels rather than their codes, everything else is the text the
 * "check your answers" page shows. Files are named, never included.
 */
final class AnswerCells {

    private AnswerCells() {}

    static Object cell(Field field, FormValues values) {
        if (field.type() instanceof FieldType.RepeatableBlock block) {
            String rows = values.rows(field.id()).stream()
                    .map(row -> block.fields().stream().filter(Field::isInput)
                            .map(child -> row.get(child.id()).map(v -> SheetWriter.text(convert(child, v, row))).orElse(""))
                            .filter(s -> !s.isEmpty()).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n"));
            return rows.isEmpty() ? null : rows;
        }
        return values.get(field.id()).map(v -> convert(field, v, values)).orElse(null);
    }

    private static Object convert(Field field, Object value, FormValues values) {
        return switch (field.type()) {
            case FieldType.SingleChoice t -> label(t.options(), String.valueOf(value));
            case FieldType.MultipleChoice t -> ((List<?>) value).stream().map(v -> label(t.options(), String.valueOf(v)))
                    .collect(Collectors.joining(", "));
            case FieldType.LinkedChoice t -> {
                LinkedAnswer a = (LinkedAnswer) value;
                yield t.options().stream().filter(o -> o.value().equals(a.parent())).findFirst()
                        .map(p -> p.label() + " — " + label(p.children(), a.child())).orElse(a.parent());
            }
            default -> plain(value);
        };
    }

    private static Object plain(Object value) {
        return switch (value) {
            case LocalDate d -> d;
            case LocalDateTime t -> t;
            case Number n -> n;
            case Boolean b -> b ? "Oui" : "Non";
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
