package org.guichet.forms;

import java.util.List;

/** A first-level option of a {@link FieldType.LinkedChoice} with the second-level options it opens. */
public record LinkedOption(String value, String label, List<Option> children) {

    public LinkedOption {
        children = children == null ? List.of() : List.copyOf(children);
    }
}
