package org.guichet.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guichet.forms.internal.DefinitionChecker;

/**
 * A form as an administrator defines it: ordered pages of fields. Immutable.
 *
 * <p>{@code schemaVersion} is the version of the definition format ({@value #CURRENT_SCHEMA_VERSION}
 * today), not of the démarche: démarche versions live in the procedure module. A definition built in
 * code may be inconsistent; {@link #problems()} lists what is wrong, and {@link FormJson#read(String)}
 * only returns definitions without problems.
 */
public record FormDefinition(int schemaVersion, List<Page> pages) {

    /** The definition format this engine reads and writes. */
    public static final int CURRENT_SCHEMA_VERSION = 1;

    public FormDefinition {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** A definition in the current format. */
    public static FormDefinition of(Page... pages) {
        return new FormDefinition(CURRENT_SCHEMA_VERSION, List.of(pages));
    }

    public Optional<Page> page(String id) {
        return pages.stream().filter(page -> page.id().equals(id)).findFirst();
    }

    /** Every field in document order, the children of a repeatable block right after the block. */
    public List<Field> allFields() {
        List<Field> all = new ArrayList<>();
        for (Page page : pages) {
            for (Field field : page.fields()) {
                all.add(field);
                if (field.type() instanceof FieldType.RepeatableBlock block) {
                    all.addAll(block.fields());
                }
            }
        }
        return List.copyOf(all);
    }

    /** A field by id, looking inside repeatable blocks too. */
    public Optional<Field> field(String id) {
        return allFields().stream().filter(field -> field.id().equals(id)).findFirst();
    }

    /** What makes this definition unusable (empty when it can be published), for the studio. */
    public List<DefinitionProblem> problems() {
        return DefinitionChecker.check(this);
    }
}
