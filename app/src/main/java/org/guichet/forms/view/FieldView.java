package org.guichet.forms.view;

import java.util.List;
import java.util.Map;
import org.guichet.forms.FileMetadata;

/**
 * What a template needs to render one field: its kind of input, what the citizen typed, and the
 * error to show. Built by {@link FieldViews} so that templates stay free of form-engine logic.
 *
 * @param name the input name (a block's child is {@code block[0].child})
 * @param kind the input to render: text, textarea, number, email, tel, radios, select, checkboxes,
 *     checkbox, yesno, civility, linked, address, date, datetime, file, block, section, explanation
 * @param parts composite inputs' values by part (day, month, year, time, street, postcode…)
 * @param reveal the same-page answer that shows this field, or null
 */
public record FieldView(
        String name,
        String kind,
        String label,
        String hint,
        boolean required,
        String error,
        String value,
        List<String> values,
        Map<String, String> parts,
        List<Choice> options,
        Integer maxLength,
        String inputMode,
        String autocomplete,
        boolean multiple,
        List<FileMetadata> files,
        List<Row> rows,
        boolean canAddRow,
        String text,
        Reveal reveal) {

    /**
     * Shown only once answers on the same page make its condition true: lets a script hide the field until
     * then. Without JavaScript the field is always shown (and ignored when the condition is false).
     *
     * @param any whether one clause suffices ("or") rather than all of them ("and")
     */
    public record Reveal(boolean any, List<Clause> clauses) {

        private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

        /** The rule as the page's script reads it, in a data attribute. */
        public String json() {
            return JSON.writeValueAsString(this);
        }
    }

    /**
     * One comparison: the input it reads, the operator's JSON code, the literal ("oui"/"non" for a yes/no),
     * and how to read the input: {@code choice}, {@code text} or {@code number}.
     */
    public record Clause(String input, String op, String value, String kind) {}

    /** An option of a choice; {@code children} for the second level of a linked choice. */
    public record Choice(String value, String label, List<Choice> children) {}

    /** A row of a repeatable block. */
    public record Row(int index, List<FieldView> fields) {}

    /** The id of the element an error summary links to. */
    public String anchor() {
        return switch (kind) {
            case "date", "datetime" -> name + ".day";
            case "address" -> name + ".street";
            case "linked" -> name + ".parent";
            case "radios", "yesno", "civility", "checkboxes" -> name + "-0";
            default -> name;
        };
    }
}
