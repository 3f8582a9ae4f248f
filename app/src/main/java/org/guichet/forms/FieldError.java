package org.guichet.forms;

import java.util.List;

/**
 * A problem with one answer, and how to fix it. The message is {@code messageKey} of the {@code i18n/forms}
 * bundle formatted with {@code args}; {@code args[0]} is always the field's label.
 *
 * @param pageId   the page holding the field, to send the citizen back to it
 * @param fieldId  the field whose answer is wrong (a child field for a row of a repeatable block)
 * @param blockId  the repeatable block, or {@code null}
 * @param row      the row index as submitted, or {@code null}
 * @param inputKey the name of the input to link to from the error summary, e.g. {@code birth.month}
 */
public record FieldError(String pageId, String fieldId, String blockId, Integer row, String inputKey,
                         String messageKey, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }
}
