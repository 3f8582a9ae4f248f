package org.guichet.forms.view;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
 * A validated answer as people read it — choices by their labels, addresses on lines, files by their
 * names, a repeatable block one row a line — for the dossier pages and for exports alike.
 */
public final class AnswerText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private AnswerText() {}

    /** The answer in plain words; {@code values} holds the field's siblings (a block row's, inside a block). */
    public static String of(Field field, Object value, FormValues values) {
        Object typed = typed(field, value, values);
        return switch (typed) {
            case LocalDate d -> DAY.format(d);
            case LocalDateTime d -> DAY_TIME.format(d);
            default -> String.valueOf(typed);
        };
    }

    /**
     * The same, but dates stay dates and numbers stay numbers, so that a spreadsheet can sort and add them.
     * Inside a repeatable block's row everything is text.
     */
    public static Object typed(Field field, Object value, FormValues values) {
        return switch (field.type()) {
            case FieldType.SingleChoice t -> label(t.options(), String.valueOf(value));
            case FieldType.MultipleChoice t -> ((List<?>) value).stream().map(v -> label(t.options(), String.valueOf(v)))
                    .collect(Collectors.joining(", "));
            case FieldType.LinkedChoice t -> {
                LinkedAnswer a = (LinkedAnswer) value;
                yield t.options().stream().filter(o -> o.value().equals(a.parent())).findFirst()
                        .map(p -> p.label() + " — " + label(p.children(), a.child())).orElse(a.parent());
            }
            case FieldType.RepeatableBlock t -> values.rows(field.id()).stream()
                    .map(row -> t.fields().stream().filter(Field::isInput)
                            .map(c -> row.get(c.id()).map(v -> of(c, v, row)).orElse(""))
                            .filter(s -> !s.isEmpty()).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n"));
            default -> plain(value);
        };
    }

    private static Object plain(Object value) {
        return switch (value) {
            case LocalDate d -> d;
            case LocalDateTime d -> d;
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
