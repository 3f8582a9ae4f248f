package org.guichet.forms;

import java.util.List;

/**
 * The outcome of validating answers: typed values of the visible, valid answers and the errors, in form
 * order. A hidden page or field contributes neither.
 *
 * @param visiblePageIds the pages shown for these answers, in order, for navigation and the
 *                       "check your answers" page
 */
public record ValidationResult(FormValues values, List<FieldError> errors, List<String> visiblePageIds) {

    public ValidationResult {
        errors = List.copyOf(errors);
        visiblePageIds = List.copyOf(visiblePageIds);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public List<FieldError> errorsFor(String fieldId) {
        return errors.stream().filter(error -> error.fieldId().equals(fieldId)).toList();
    }
}
