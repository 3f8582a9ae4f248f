package org.guichet.forms.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guichet.forms.Answers;
import org.guichet.forms.ChoiceDisplay;
import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.forms.Option;

/** Turns a page's fields, the citizen's answers and the errors into {@link FieldView}s, for the citizen's pages and the studio's preview. */
public final class FieldViews {

    private final Answers answers;
    private final Map<String, String> errors;
    private final Set<String> hidden;
    private final String growing;

    /**
     * @param errors messages by input name ({@code nom}, {@code enfants[0].prenom}), already in the citizen's language
     * @param hidden fields hidden by a condition on an earlier page
     */
    public FieldViews(Answers answers, Map<String, String> errors, Set<String> hidden) {
        this(answers, errors, hidden, null);
    }

    private FieldViews(Answers answers, Map<String, String> errors, Set<String> hidden, String growing) {
        this.answers = answers;
        this.errors = errors;
        this.hidden = hidden;
        this.growing = growing;
    }

    /** The same views with one more, empty row in the repeatable block {@code block} ("add another"). */
    public FieldViews growing(String block) {
        return new FieldViews(answers, errors, hidden, block);
    }

    /** Views of {@code fields}; {@code prefix} names a repeatable block's row ({@code block[0].}), empty at the top. */
    public List<FieldView> of(List<Field> fields, String prefix) {
        Map<String, Field> siblings = new java.util.HashMap<>();
        fields.forEach(f -> siblings.put(f.id(), f));
        List<FieldView> views = new ArrayList<>();
        for (Field field : fields) {
            if (!hidden.contains(field.id())) {
                views.add(view(field, prefix + field.id(), siblings));
            }
        }
        return views;
    }

    private FieldView view(Field f, String name, Map<String, Field> siblings) {
        Builder b = new Builder(f, name, siblings);
        return switch (f.type()) {
            case FieldType.SectionTitle t -> b.kind("section").build();
            case FieldType.Explanation t -> b.kind("explanation").text(t.text()).build();
            case FieldType.ShortText t -> b.kind("text").max(t.maxLength()).build();
            case FieldType.LongText t -> b.kind("textarea").max(t.maxLength()).build();
            case FieldType.IntegerNumber t -> b.kind("text").mode("numeric").build();
            case FieldType.DecimalNumber t -> b.kind("text").mode("decimal").build();
            case FieldType.EmailAddress t -> b.kind("email").auto("email").build();
            case FieldType.PhoneNumber t -> b.kind("tel").auto("tel").build();
            case FieldType.YesNo t -> b.kind("yesno").options(List.of(new Option("oui", "Oui"), new Option("non", "Non"))).build();
            case FieldType.Checkbox t -> b.kind("checkbox").build();
            case FieldType.CivilityChoice t -> b.kind("civility")
                    .options(List.of(new Option("madame", "Madame"), new Option("monsieur", "Monsieur"))).build();
            case FieldType.SingleChoice t -> b.kind(t.display().resolve(t.options().size()) == ChoiceDisplay.LIST
                    ? "select" : "radios").options(t.options()).build();
            case FieldType.MultipleChoice t -> b.kind("checkboxes").options(t.options()).build();
            case FieldType.LinkedChoice t -> b.kind("linked").linked(t).parts("parent", "child").build();
            case FieldType.PostalAddressInput t -> b.kind("address").auto("street-address")
                    .parts("street", "complement", "postcode", "commune").build();
            case FieldType.DateInput t -> b.kind("date").parts("day", "month", "year").build();
            case FieldType.DateTimeInput t -> b.kind("datetime").parts("day", "month", "year", "time").build();
            case FieldType.CommunePicker t -> b.kind("text").build();
            case FieldType.DepartementPicker t -> b.kind("text").build();
            case FieldType.RegionPicker t -> b.kind("text").build();
            case FieldType.Siret t -> b.kind("text").mode("numeric").max(17).build();
            case FieldType.Siren t -> b.kind("text").mode("numeric").max(11).build();
            case FieldType.Nir t -> b.kind("text").max(21).build();
            case FieldType.Iban t -> b.kind("text").max(42).build();
            case FieldType.PatternText t -> b.kind("text").max(t.maxLength()).build();
            case FieldType.Attachment t -> b.kind("file").multiple(t.maxFiles() > 1).build();
            case FieldType.RepeatableBlock t -> b.kind("block").rows(rows(name, t)).canAdd(rowCount(name) < t.maxRows()).build();
        };
    }

    private List<FieldView.Row> rows(String block, FieldType.RepeatableBlock type) {
        int count = Math.max(Math.max(rowCount(block) + (block.equals(growing) ? 1 : 0), type.minRows()), 1);
        List<FieldView.Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(count, type.maxRows()); i++) {
            rows.add(new FieldView.Row(i, of(type.fields(), block + "[" + i + "].")));
        }
        return rows;
    }

    /**
     * The rule a script applies to show this field once an answer on the same page makes its condition true:
     * comparisons with a choice, a yes/no, a text or a number beside it (same row), alone or joined by one
     * "and" / "or". Other conditions — on a date, an address, an earlier page — are left to the server, and
     * the field stays shown.
     */
    private static FieldView.Reveal reveal(Field field, String name, Map<String, Field> siblings) {
        String prefix = name.substring(0, name.length() - field.id().length());
        List<org.guichet.forms.Condition> parts;
        boolean any;
        switch (field.condition()) {
            case null -> { return null; }
            case org.guichet.forms.Condition.Comparison c -> { parts = List.of(c); any = false; }
            case org.guichet.forms.Condition.All all -> { parts = all.conditions(); any = false; }
            case org.guichet.forms.Condition.Any one -> { parts = one.conditions(); any = true; }
        }
        List<FieldView.Clause> clauses = new ArrayList<>();
        for (org.guichet.forms.Condition part : parts) {
            if (!(part instanceof org.guichet.forms.Condition.Comparison c)) {
                return null;
            }
            FieldView.Clause clause = clause(c, siblings.get(c.fieldId()), prefix);
            if (clause == null) {
                return null;
            }
            clauses.add(clause);
        }
        return new FieldView.Reveal(any, clauses);
    }

    private static FieldView.Clause clause(org.guichet.forms.Condition.Comparison c, Field compared, String prefix) {
        if (compared == null) {
            return null;
        }
        String kind = switch (compared.type()) {
            case FieldType.IntegerNumber t -> "number";
            case FieldType.DecimalNumber t -> "number";
            case FieldType.YesNo t -> "choice";
            case FieldType.SingleChoice t -> "choice";
            case FieldType.CivilityChoice t -> "choice";
            case FieldType.MultipleChoice t -> "choice";
            case FieldType.ShortText t -> "text";
            case FieldType.LongText t -> "text";
            case FieldType.EmailAddress t -> "text";
            case FieldType.PhoneNumber t -> "text";
            case FieldType.PatternText t -> "text";
            default -> null;
        };
        boolean ordering = switch (c.operator()) {
            case LESS_THAN, LESS_OR_EQUAL, GREATER_THAN, GREATER_OR_EQUAL -> true;
            default -> false;
        };
        if (kind == null || (ordering && !kind.equals("number"))) {
            return null;
        }
        String value = switch (c.value()) {
            case null -> "";
            case Boolean b -> b ? "oui" : "non";
            case java.math.BigDecimal d -> d.toPlainString();
            default -> String.valueOf(c.value());
        };
        return new FieldView.Clause(prefix + c.fieldId(), c.operator().code(), value, kind);
    }

    /** How many rows the answers hold: one more than the highest row index submitted. */
    public int rowCount(String block) {
        int max = -1;
        for (String key : answers.keys()) {
            if (key.startsWith(block + "[")) {
                int end = key.indexOf(']', block.length());
                try {
                    max = Math.max(max, Integer.parseInt(key.substring(block.length() + 1, end)));
                } catch (RuntimeException notARow) {
                    // A forged key: ignored, as the form engine ignores it.
                }
            }
        }
        return max + 1;
    }

    /** Accumulates one view. */
    private final class Builder {
        private final Field field;
        private final String name;
        private String kind;
        private Integer max;
        private String mode;
        private String auto;
        private boolean multiple;
        private List<FieldView.Choice> options = List.of();
        private final Map<String, String> parts = new LinkedHashMap<>();
        private List<FieldView.Row> rows = List.of();
        private boolean canAdd;
        private String text;

        private final Map<String, Field> siblings;

        Builder(Field field, String name, Map<String, Field> siblings) {
            this.siblings = siblings;
            this.field = field;
            this.name = name;
        }

        Builder kind(String k) { kind = k; return this; }
        Builder max(int m) { max = m; return this; }
        Builder mode(String m) { mode = m; return this; }
        Builder auto(String a) { auto = a; return this; }
        Builder multiple(boolean m) { multiple = m; return this; }
        Builder text(String t) { text = t; return this; }
        Builder rows(List<FieldView.Row> r) { rows = r; return this; }
        Builder canAdd(boolean c) { canAdd = c; return this; }

        Builder options(List<Option> list) {
            options = list.stream().map(o -> new FieldView.Choice(o.value(), o.label(), List.of())).toList();
            return this;
        }

        Builder linked(FieldType.LinkedChoice t) {
            options = t.options().stream().map(o -> new FieldView.Choice(o.value(), o.label(),
                    o.children().stream().map(c -> new FieldView.Choice(c.value(), c.label(), List.of())).toList())).toList();
            return this;
        }

        Builder parts(String... names) {
            for (String part : names) {
                String v = answers.first(name + "." + part);
                parts.put(part, v == null ? "" : v);
            }
            return this;
        }

        FieldView build() {
            String error = errors.entrySet().stream()
                    .filter(e -> e.getKey().equals(name) || e.getKey().startsWith(name + "."))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            String value = answers.first(name);
            return new FieldView(name, kind, field.label(), field.hint(), field.required(), error,
                    value == null ? "" : value, answers.values(name), parts, options, max, mode, auto, multiple,
                    answers.files(name), rows, canAdd, text, reveal(field, name, siblings));
        }
    }
}
