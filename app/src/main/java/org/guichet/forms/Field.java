package org.guichet.forms;

/**
 * A question (or a display element) of a form. What it asks and how its answer is checked depends on
 * its {@link FieldType}.
 *
 * @param id        stable identifier, {@code [a-z][a-z0-9_]*}, unique in the whole form (repeatable
 *                  block children included): answers and conditions refer to it
 * @param label     the question as shown to the citizen
 * @param hint      help shown under the label; {@code null} for none
 * @param required  whether a visible field must be answered; a hidden field is never required
 * @param condition when the field is shown; {@code null} for always. The answer to a hidden field is
 *                  dropped, whatever was submitted.
 * @param type      the kind of answer and its settings
 */
public record Field(String id, String label, String hint, boolean required, Condition condition, FieldType type) {

    /** An optional field without hint or condition. */
    public static Field of(String id, String label, FieldType type) {
        return new Field(id, label, null, false, null, type);
    }

    public Field asRequired() {
        return new Field(id, label, hint, true, condition, type);
    }

    public Field withHint(String newHint) {
        return new Field(id, label, newHint, required, condition, type);
    }

    public Field shownWhen(Condition newCondition) {
        return new Field(id, label, hint, required, newCondition, type);
    }

    /** Whether the field collects an answer (section titles and explanations do not). */
    public boolean isInput() {
        return type.isInput();
    }
}
