package org.guichet.forms;

import java.util.List;

/**
 * One step of a form, shown on its own screen.
 *
 * @param id        stable identifier, {@code [a-z][a-z0-9_]*}
 * @param title     the page heading
 * @param condition when the page is shown; {@code null} for always. A hidden page's fields are all hidden.
 * @param fields    the fields, in display order
 */
public record Page(String id, String title, Condition condition, List<Field> fields) {

    public Page {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static Page of(String id, String title, Field... fields) {
        return new Page(id, title, null, List.of(fields));
    }

    public Page shownWhen(Condition newCondition) {
        return new Page(id, title, newCondition, fields);
    }
}
