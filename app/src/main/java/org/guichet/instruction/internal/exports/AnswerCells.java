package org.guichet.instruction.internal.exports;

import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.forms.FormValues;
import org.guichet.forms.view.AnswerText;

/**
 * One answer as a spreadsheet cell: dates stay dates and numbers stay numbers (so they sort and add
 * up), choices show their labels rather than their codes, everything else is the text the
 * "check your answers" page shows. Files are named, never included.
 */
final class AnswerCells {

    private AnswerCells() {}

    static Object cell(Field field, FormValues values) {
        Object cell = field.type() instanceof FieldType.RepeatableBlock
                ? AnswerText.typed(field, null, values)
                : values.get(field.id()).map(v -> AnswerText.typed(field, v, values)).orElse(null);
        return cell instanceof String text && text.isEmpty() ? null : cell;
    }
}
