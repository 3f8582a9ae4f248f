package org.guichet.forms.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.guichet.forms.DefinitionProblem;
import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.Limits;
import org.guichet.forms.Page;

/** Lists what makes a definition unusable: structure, settings of each field type, and conditions. */
public final class DefinitionChecker {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern MIME_TYPE = Pattern.compile("[a-z]+/(\\*|[a-z0-9][a-z0-9.+-]*)");

    private final List<DefinitionProblem> problems = new ArrayList<>();
    private final Map<String, FieldSite> sites = new LinkedHashMap<>();
    private final Set<String> pageIds = new HashSet<>();
    private int position;

    private DefinitionChecker() {}

    public static List<DefinitionProblem> check(FormDefinition definition) {
        DefinitionChecker checker = new DefinitionChecker();
        checker.run(definition);
        return List.copyOf(checker.problems);
    }

    private void run(FormDefinition definition) {
        if (definition.schemaVersion() != FormDefinition.CURRENT_SCHEMA_VERSION) {
            problem("/schemaVersion", "forms.definition.schemaVersion.unsupported", definition.schemaVersion());
        }
        List<Page> pages = definition.pages();
        if (pages.isEmpty()) {
            problem("/pages", "forms.definition.pages.empty");
        }
        if (pages.size() > Limits.MAX_PAGES) {
            problem("/pages", "forms.definition.pages.tooMany", Limits.MAX_PAGES);
        }
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            String pointer = "/pages/" + i;
            if (checkId(page.id(), pointer) && !pageIds.add(page.id())) {
                problem(pointer + "/id", "forms.definition.id.duplicate", page.id());
            }
            checkText(page.title(), pointer + "/title", Limits.MAX_LABEL_LENGTH, true);
            for (int j = 0; j < page.fields().size(); j++) {
                checkField(page.fields().get(j), pointer + "/fields/" + j, i, page.id(), null);
            }
        }
        if (position > Limits.MAX_FIELDS) {
            problem("/pages", "forms.definition.fields.tooMany", Limits.MAX_FIELDS);
        }
        new ConditionChecker(sites, problems).check(definition);
    }

    private void checkField(Field field, String pointer, int pageIndex, String pageId, String blockId) {
        if (checkId(field.id(), pointer)) {
            if (sites.containsKey(field.id())) {
                problem(pointer + "/id", "forms.definition.id.duplicate", field.id());
            } else {
                sites.put(field.id(), new FieldSite(field, position, pageIndex, pageId, blockId, pointer));
            }
        }
        position++;
        checkText(field.label(), pointer + "/label", Limits.MAX_LABEL_LENGTH, true);
        checkText(field.hint(), pointer + "/hint", Limits.MAX_LABEL_LENGTH, false);
        if (field.type() == null) {
            problem(pointer + "/type", "forms.definition.type.missing");
            return;
        }
        if (field.required() && !field.isInput()) {
            problem(pointer + "/required", "forms.definition.required.displayOnly");
        }
        FieldTypeChecker.check(field.type(), pointer, this::problem);
        if (field.type() instanceof FieldType.RepeatableBlock block) {
            if (blockId != null) {
                problem(pointer + "/type", "forms.definition.block.nested");
                return;
            }
            for (int i = 0; i < block.fields().size(); i++) {
                checkField(block.fields().get(i), pointer + "/fields/" + i, pageIndex, pageId, field.id());
            }
        }
    }

    private boolean checkId(String id, String pointer) {
        if (id == null || id.length() > Limits.MAX_ID_LENGTH || !ID.matcher(id).matches()) {
            problem(pointer + "/id", "forms.definition.id.invalid", String.valueOf(id), Limits.MAX_ID_LENGTH);
            return false;
        }
        return true;
    }

    private void checkText(String text, String pointer, int maxLength, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problem(pointer, "forms.definition.text.blank");
            }
        } else if (text.length() > maxLength) {
            problem(pointer, "forms.definition.text.tooLong", maxLength);
        }
    }

    void problem(String pointer, String key, Object... args) {
        problems.add(DefinitionProblem.of(pointer, key, args));
    }

    /** Checks a regular expression as a pattern field uses it; {@code null} when it is usable. */
    static String patternError(String regex) {
        try {
            Pattern.compile(regex);
            return null;
        } catch (PatternSyntaxException e) {
            return e.getDescription() + " (index " + e.getIndex() + ")";
        }
    }

    static boolean isMimeType(String type) {
        return type != null && MIME_TYPE.matcher(type).matches();
    }
}
