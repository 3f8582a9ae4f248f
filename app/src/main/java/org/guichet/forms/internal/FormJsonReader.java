package org.guichet.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.guichet.forms.Condition;
import org.guichet.forms.DefinitionProblem;
import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.FormImport;
import org.guichet.forms.Limits;
import org.guichet.forms.LinkedOption;
import org.guichet.forms.Option;
import org.guichet.forms.Page;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a definition from JSON, collecting every problem instead of stopping at the first: malformed
 * JSON, missing or mistyped properties, unknown properties and field types, then the definition's own
 * checks. Nothing thrown while reading reaches the caller.
 */
public final class FormJsonReader {

    /** Largest document accepted, in characters: far above any real form, far below a memory risk. */
    public static final int MAX_CHARACTERS = 2_000_000;

    private final List<DefinitionProblem> problems = new ArrayList<>();

    private FormJsonReader() {}

    public static FormImport read(String json) {
        return read(json, true);
    }

    /**
     * Reads a working copy: only the JSON structure must be right; the definition's own problems are
     * left for {@link FormDefinition#problems()}, since a form being edited may be incomplete.
     */
    public static FormImport readUnchecked(String json) {
        return read(json, false);
    }

    private static FormImport read(String json, boolean checked) {
        if (json == null || json.length() > MAX_CHARACTERS) {
            return failure(DefinitionProblem.of("", "forms.definition.json.tooLarge", MAX_CHARACTERS));
        }
        JsonNode root;
        try {
            root = FormJsonMapper.MAPPER.readTree(json);
        } catch (JacksonException e) {
            var location = e.getLocation();
            return failure(DefinitionProblem.of("", "forms.definition.json.syntax",
                    location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr(),
                    String.valueOf(e.getOriginalMessage())));
        }
        FormJsonReader reader = new FormJsonReader();
        FormDefinition definition = reader.definition(root);
        if (!reader.problems.isEmpty()) {
            return new FormImport(null, reader.problems);
        }
        if (!checked) {
            return new FormImport(definition, List.of());
        }
        List<DefinitionProblem> checks = DefinitionChecker.check(definition);
        return checks.isEmpty() ? new FormImport(definition, List.of()) : new FormImport(null, checks);
    }

    private static FormImport failure(DefinitionProblem problem) {
        return new FormImport(null, List.of(problem));
    }

    private FormDefinition definition(JsonNode root) {
        JsonObject object = JsonObject.of(root != null && root.isMissingNode() ? null : root, "", problems);
        if (object == null) {
            return null;
        }
        Long version = object.integer("schemaVersion");
        if (object.get("schemaVersion", true) == null || version == null) {
            return null;
        }
        if (version != FormDefinition.CURRENT_SCHEMA_VERSION) {
            // Another format version would need its own reader: checking it against this one misleads.
            object.problem("schemaVersion", "forms.definition.schemaVersion.unsupported", version);
            return null;
        }
        List<Page> pages = new ArrayList<>();
        JsonNode array = object.array("pages", true);
        for (int i = 0; array != null && i < array.size(); i++) {
            pages.add(page(array.get(i), "/pages/" + i));
        }
        object.finish();
        return new FormDefinition(version.intValue(), pages.stream().filter(Objects::nonNull).toList());
    }

    private Page page(JsonNode node, String pointer) {
        JsonObject object = JsonObject.of(node, pointer, problems);
        if (object == null) {
            return null;
        }
        String id = object.string("id", true);
        String title = object.string("title", true);
        Condition condition = optionalCondition(object);
        List<Field> fields = fields(object.array("fields", true), object.pointer("fields"));
        object.finish();
        return new Page(id, title, condition, fields);
    }

    private List<Field> fields(JsonNode array, String pointer) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            Field field = field(array.get(i), pointer + "/" + i);
            if (field != null) {
                fields.add(field);
            }
        }
        return fields;
    }

    private Field field(JsonNode node, String pointer) {
        JsonObject object = JsonObject.of(node, pointer, problems);
        if (object == null) {
            return null;
        }
        String id = object.string("id", true);
        String typeName = object.string("type", true);
        String label = object.string("label", true);
        String hint = object.string("hint", false);
        boolean required = object.bool("required", false);
        Condition condition = optionalCondition(object);
        if (typeName == null) {
            return null;
        }
        if (!FieldTypeNames.ALL.contains(typeName)) {
            // Unknown properties would only repeat this problem: the type decides which are allowed.
            object.problem("type", "forms.definition.json.fieldType", typeName);
            return null;
        }
        FieldType type = type(typeName, object);
        object.finish();
        return new Field(id, label, hint, required, condition, type);
    }

    private FieldType type(String name, JsonObject o) {
        return switch (name) {
            case "section_title" -> new FieldType.SectionTitle();
            case "explanation" -> new FieldType.Explanation(o.string("text", true));
            case "short_text" -> new FieldType.ShortText(o.integer("maxLength", FieldType.ShortText.DEFAULT_MAX_LENGTH));
            case "long_text" -> new FieldType.LongText(o.integer("maxLength", FieldType.LongText.DEFAULT_MAX_LENGTH));
            case "integer" -> new FieldType.IntegerNumber(o.integer("min"), o.integer("max"));
            case "decimal" -> new FieldType.DecimalNumber(o.decimal("min"), o.decimal("max"),
                    o.integer("scale", FieldType.DecimalNumber.DEFAULT_SCALE));
            case "date" -> new FieldType.DateInput(JsonSettings.bound(o, "min"), JsonSettings.bound(o, "max"));
            case "datetime" -> new FieldType.DateTimeInput(JsonSettings.bound(o, "min"), JsonSettings.bound(o, "max"));
            case "email" -> new FieldType.EmailAddress();
            case "phone" -> new FieldType.PhoneNumber();
            case "yes_no" -> new FieldType.YesNo();
            case "checkbox" -> new FieldType.Checkbox();
            case "single_choice" -> new FieldType.SingleChoice(options(o.array("options", true), o.pointer("options")),
                    JsonSettings.display(o));
            case "multiple_choice" -> new FieldType.MultipleChoice(options(o.array("options", true), o.pointer("options")));
            case "linked_choice" -> new FieldType.LinkedChoice(linkedOptions(o.array("options", true), o.pointer("options")));
            case "civilite" -> new FieldType.CivilityChoice();
            case "address" -> new FieldType.PostalAddressInput();
            case "commune" -> new FieldType.CommunePicker();
            case "departement" -> new FieldType.DepartementPicker();
            case "region" -> new FieldType.RegionPicker();
            case "siret" -> new FieldType.Siret();
            case "siren" -> new FieldType.Siren();
            case "nir" -> new FieldType.Nir();
            case "iban" -> new FieldType.Iban();
            case "pattern" -> new FieldType.PatternText(o.string("pattern", true), o.string("errorMessage", true),
                    o.integer("maxLength", FieldType.PatternText.DEFAULT_MAX_LENGTH));
            case "attachment" -> JsonSettings.attachment(o);
            case "repeatable_block" -> new FieldType.RepeatableBlock(fields(o.array("fields", true), o.pointer("fields")),
                    o.integer("minRows", 0), o.integer("maxRows", FieldType.RepeatableBlock.DEFAULT_MAX_ROWS));
            default -> throw new IllegalStateException("Unlisted field type " + name);
        };
    }

    private List<Option> options(JsonNode array, String pointer) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            JsonObject object = JsonObject.of(array.get(i), pointer + "/" + i, problems);
            if (object != null) {
                options.add(new Option(object.string("value", true), object.string("label", true)));
                object.finish();
            }
        }
        return options;
    }

    private List<LinkedOption> linkedOptions(JsonNode array, String pointer) {
        List<LinkedOption> options = new ArrayList<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            JsonObject object = JsonObject.of(array.get(i), pointer + "/" + i, problems);
            if (object != null) {
                options.add(new LinkedOption(object.string("value", true), object.string("label", true),
                        options(object.array("children", true), object.pointer("children"))));
                object.finish();
            }
        }
        return options;
    }

    private Condition optionalCondition(JsonObject object) {
        return object.has("condition") ? condition(object.get("condition", false), object.pointer("condition"), 1) : null;
    }

    private Condition condition(JsonNode node, String pointer, int depth) {
        if (depth > Limits.MAX_CONDITION_DEPTH) {
            problems.add(DefinitionProblem.of(pointer, "forms.definition.condition.depth", Limits.MAX_CONDITION_DEPTH));
            return null;
        }
        JsonObject object = JsonObject.of(node, pointer, problems);
        if (object == null) {
            return null;
        }
        String group = object.has("all") ? "all" : object.has("any") ? "any" : null;
        Condition condition;
        if (group != null) {
            JsonNode array = object.array(group, true);
            List<Condition> members = new ArrayList<>();
            for (int i = 0; array != null && i < array.size(); i++) {
                members.add(condition(array.get(i), object.pointer(group) + "/" + i, depth + 1));
            }
            List<Condition> read = members.stream().filter(Objects::nonNull).toList();
            condition = group.equals("all") ? new Condition.All(read) : new Condition.Any(read);
        } else {
            condition = JsonSettings.comparison(object);
        }
        object.finish();
        return condition;
    }
}
