package org.guichet.forms;

import java.util.List;

/**
 * The outcome of reading a definition from JSON: the definition, or every problem found.
 *
 * @param definition {@code null} when there are problems
 */
public record FormImport(FormDefinition definition, List<DefinitionProblem> problems) {

    public FormImport {
        problems = List.copyOf(problems);
        if ((definition == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("An import has either a definition or problems");
        }
    }

    public boolean ok() {
        return definition != null;
    }
}
