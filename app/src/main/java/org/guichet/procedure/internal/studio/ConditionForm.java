package org.guichet.procedure.internal.studio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.guichet.forms.Condition;
import org.guichet.forms.FieldType;
import org.guichet.forms.FormDefinition;
import org.springframework.validation.Errors;

/**
 * A condition as the studio edits it: rows of "field, operator, value" that must all, or any one of
 * them, be true. Rows without a field are ignored, so blank rows can be offered; no row means always shown.
 */
public class ConditionForm {

    /** Blank rows offered below the existing ones (without JavaScript, rows cannot be added on the page). */
    static final int BLANK_ROWS = 2;

    private String combine = "all";
    private List<Row> rows = new ArrayList<>();

    /** The rows of an existing condition; groups nested in groups are not editable here and are left out. */
    static ConditionForm of(Condition condition) {
        ConditionForm form = new ConditionForm();
        List<Condition> members = switch (condition) {
            case null -> List.of();
            case Condition.Comparison c -> List.of(c);
            case Condition.All all -> all.conditions();
            case Condition.Any any -> {
                form.combine = "any";
                yield any.conditions();
            }
        };
        for (Condition member : members) {
            if (member instanceof Condition.Comparison c) {
                form.rows.add(new Row(c.fieldId(), c.operator().code(), text(c.value())));
            }
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            form.rows.add(new Row("", "eq", ""));
        }
        return form;
    }

    /** The condition typed in, or null for none; rows that cannot be read are rejected on their inputs. */
    Condition toCondition(FormDefinition form, Errors errors) {
        List<Condition> comparisons = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.getField().isBlank()) {
                continue;
            }
            var target = form.field(row.getField()).filter(f -> f.isInput());
            if (target.isEmpty()) {
                errors.rejectValue("rows[" + i + "].field", "studio.condition.field.unknown");
                continue;
            }
            Condition.Operator operator;
            try {
                operator = Condition.Operator.fromCode(row.getOp());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("rows[" + i + "].op", "studio.condition.operator.unknown");
                continue;
            }
            Object value = operator.takesValue() ? literal(target.get().type(), row.getValue().strip()) : null;
            comparisons.add(new Condition.Comparison(row.getField(), operator, value));
        }
        if (comparisons.isEmpty()) {
            return null;
        }
        if (comparisons.size() == 1) {
            return comparisons.getFirst();
        }
        return "any".equals(combine) ? new Condition.Any(comparisons) : new Condition.All(comparisons);
    }

    /** The value as the form engine compares it for this type; text the engine will explain if it does not fit. */
    private static Object literal(FieldType type, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (type instanceof FieldType.YesNo || type instanceof FieldType.Checkbox) {
            if (List.of("oui", "yes", "true", "coché", "coche").contains(lower)) {
                return true;
            }
            if (List.of("non", "no", "false").contains(lower)) {
                return false;
            }
        }
        if (type instanceof FieldType.IntegerNumber || type instanceof FieldType.DecimalNumber) {
            try {
                return new BigDecimal(text.replace(" ", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                return text;
            }
        }
        return text;
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case Boolean b -> b ? "oui" : "non";
            case BigDecimal d -> d.toPlainString();
            default -> value.toString();
        };
    }

    public String getCombine() { return combine; }
    public void setCombine(String v) { combine = Texts.bounded(v); }
    public List<Row> getRows() { return rows; }
    public void setRows(List<Row> v) { rows = v == null ? new ArrayList<>() : v; }

    /** One comparison: a field's id, an operator's code and the value typed. */
    public static class Row {
        private String field = "";
        private String op = "eq";
        private String value = "";

        public Row() {}

        Row(String field, String op, String value) {
            this.field = field;
            this.op = op;
            this.value = value;
        }

        public String getField() { return field; }
        public void setField(String v) { field = Texts.bounded(v); }
        public String getOp() { return op; }
        public void setOp(String v) { op = Texts.bounded(v); }
        public String getValue() { return value; }
        public void setValue(String v) { value = Texts.bounded(v); }
    }
}
