package org.guichet.forms;

import java.util.List;

/**
 * Thrown when answers are validated against a definition that has problems. Definitions reach citizens
 * only once {@link FormDefinition#problems()} is empty, so this is a programming error, never a
 * consequence of what a citizen submitted.
 */
public class InvalidDefinitionException extends RuntimeException {

    private final List<DefinitionProblem> problems;

    public InvalidDefinitionException(List<DefinitionProblem> problems) {
        super("The form definition has problems: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}
