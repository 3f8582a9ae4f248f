package org.guichet.forms.internal;

import java.math.BigDecimal;
import java.util.List;
import org.guichet.forms.ChoiceDisplay;
import org.guichet.forms.Condition;
import org.guichet.forms.DateBound;
import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.LinkedOption;
import org.guichet.forms.Option;
import org.guichet.forms.Page;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes definitions in the canonical JSON form: fixed property order, and default settings left out,
 * so that reading and writing a canonical document gives it back unchanged.
 */
public final class FormJsonWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FormJsonWriter() {}

    /** The canonical JSON of a definition, pretty-printed. */
    public static String toJson(FormDefinition definition) {
        return FormJsonMapper.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(write(definition));
    }

    static ObjectNode write(FormDefinition definition) {
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", definition.schemaVersion());
        ArrayNode pages = root.putArray("pages");
        for (Page page : definition.pages()) {
            ObjectNode node = pages.addObject();
            node.put("id", page.id());
            node.put("title", page.title());
            if (page.condition() != null) {
                node.set("condition", condition(page.condition()));
            }
            fields(node.putArray("fields"), page.fields());
        }
        return root;
    }

    private static void fields(ArrayNode array, List<Field> fields) {
        for (Field field : fields) {
            ObjectNode node = array.addObject();
            node.put("id", field.id());
            node.put("type", FieldTypeNames.of(field.type()));
            node.put("label", field.label());
            if (field.hint() != null) {
                node.put("hint", field.hint());
            }
            if (field.required()) {
                node.put("required", true);
            }
            if (field.condition() != null) {
                node.set("condition", condition(field.condition()));
            }
            settings(node, field.type());
        }
    }

    private static void settings(ObjectNode node, FieldType type) {
        switch (type) {
            case FieldType.Explanation t -> node.put("text", t.text());
            case FieldType.ShortText t -> putIf(node, "maxLength", t.maxLength(), FieldType.ShortText.DEFAULT_MAX_LENGTH);
            case FieldType.LongText t -> putIf(node, "maxLength", t.maxLength(), FieldType.LongText.DEFAULT_MAX_LENGTH);
            case FieldType.IntegerNumber t -> {
                if (t.min() != null) {
                    node.put("min", t.min());
                }
                if (t.max() != null) {
                    node.put("max", t.max());
                }
            }
            case FieldType.DecimalNumber t -> {
                putIf(node, "min", t.min());
                putIf(node, "max", t.max());
                putIf(node, "scale", t.scale(), FieldType.DecimalNumber.DEFAULT_SCALE);
            }
            case FieldType.DateInput t -> bounds(node, t.min(), t.max());
            case FieldType.DateTimeInput t -> bounds(node, t.min(), t.max());
            case FieldType.SingleChoice t -> {
                options(node.putArray("options"), t.options());
                if (t.display() != ChoiceDisplay.AUTO) {
                    node.put("display", t.display().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
            case FieldType.MultipleChoice t -> options(node.putArray("options"), t.options());
            case FieldType.LinkedChoice t -> {
                ArrayNode array = node.putArray("options");
                for (LinkedOption option : t.options()) {
                    ObjectNode child = array.addObject().put("value", option.value()).put("label", option.label());
                    options(child.putArray("children"), option.children());
                }
            }
            case FieldType.PatternText t -> {
                node.put("pattern", t.pattern());
                node.put("errorMessage", t.errorMessage());
                putIf(node, "maxLength", t.maxLength(), FieldType.PatternText.DEFAULT_MAX_LENGTH);
            }
            case FieldType.Attachment t -> {
                putIf(node, "maxFiles", t.maxFiles(), 1);
                if (t.maxSizeBytes() != FieldType.Attachment.DEFAULT_MAX_SIZE_BYTES) {
                    node.put("maxSizeBytes", t.maxSizeBytes());
                }
                if (!t.allowedTypes().equals(FieldType.Attachment.DEFAULT_TYPES)) {
                    ArrayNode types = node.putArray("allowedTypes");
                    t.allowedTypes().forEach(types::add);
                }
            }
            case FieldType.RepeatableBlock t -> {
                fields(node.putArray("fields"), t.fields());
                putIf(node, "minRows", t.minRows(), 0);
                putIf(node, "maxRows", t.maxRows(), FieldType.RepeatableBlock.DEFAULT_MAX_ROWS);
            }
            default -> {
                // The other types have no settings.
            }
        }
    }

    static ObjectNode condition(Condition condition) {
        ObjectNode node = NODES.objectNode();
        switch (condition) {
            case Condition.All all -> members(node.putArray("all"), all.conditions());
            case Condition.Any any -> members(node.putArray("any"), any.conditions());
            case Condition.Comparison comparison -> {
                node.put("field", comparison.fieldId());
                node.put("op", comparison.operator().code());
                switch (comparison.value()) {
                    case null -> { }
                    case String text -> node.put("value", text);
                    case BigDecimal number -> node.put("value", number);
                    case Boolean bool -> node.put("value", bool);
                    default -> throw new IllegalStateException("Unexpected literal " + comparison.value());
                }
            }
        }
        return node;
    }

    private static void members(ArrayNode array, List<Condition> members) {
        members.forEach(member -> array.add(condition(member)));
    }

    private static void options(ArrayNode array, List<Option> options) {
        options.forEach(option -> array.addObject().put("value", option.value()).put("label", option.label()));
    }

    private static void bounds(ObjectNode node, DateBound min, DateBound max) {
        if (min != null) {
            node.put("min", min.toString());
        }
        if (max != null) {
            node.put("max", max.toString());
        }
    }

    private static void putIf(ObjectNode node, String name, BigDecimal value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void putIf(ObjectNode node, String name, int value, int defaultValue) {
        if (value != defaultValue) {
            node.put(name, value);
        }
    }
}
