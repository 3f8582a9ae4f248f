package org.guichet.forms;

import java.util.List;

/**
 * Why a definition cannot be used, for the studio. The message is {@code messageKey} of the
 * {@code i18n/forms} bundle formatted with {@code args}.
 *
 * @param path where the problem is, as a JSON Pointer into the definition's JSON form, e.g.
 *             {@code /pages/0/fields/2/condition}
 */
public record DefinitionProblem(String path, String messageKey, List<Object> args) {

    public DefinitionProblem {
        args = List.copyOf(args);
    }

    public static DefinitionProblem of(String path, String messageKey, Object... args) {
        return new DefinitionProblem(path, messageKey, List.of(args));
    }

    @Override
    public String toString() {
        return path + " " + messageKey + " " + args;
    }
}
