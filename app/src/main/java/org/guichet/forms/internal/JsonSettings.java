package org.guichet.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.guichet.forms.ChoiceDisplay;
import org.guichet.forms.Condition;
import org.guichet.forms.DateBound;
import org.guichet.forms.FieldType;
import tools.jackson.databind.JsonNode;

/** Reads the JSON settings that need more than a type check: date bounds, enums, literals, file rules. */
final class JsonSettings {

    private JsonSettings() {}

    static DateBound bound(JsonObject object, String name) {
        String text = object.string(name, false);
        if (text == null) {
            return null;
        }
        try {
            return DateBound.parse(text);
        } catch (IllegalArgumentException e) {
            object.problem(name, "forms.definition.json.value", text);
            return null;
        }
    }

    static ChoiceDisplay display(JsonObject object) {
        String text = object.string("display", false);
        if (text == null) {
            return ChoiceDisplay.AUTO;
        }
        for (ChoiceDisplay display : ChoiceDisplay.values()) {
            if (display.name().toLowerCase(Locale.ROOT).equals(text)) {
                return display;
            }
        }
        object.problem("display", "forms.definition.json.value", text);
        return ChoiceDisplay.AUTO;
    }

    static FieldType.Attachment attachment(JsonObject object) {
        int maxFiles = object.integer("maxFiles", 1);
        Long maxSize = object.integer("maxSizeBytes");
        List<String> types = FieldType.Attachment.DEFAULT_TYPES;
        JsonNode array = object.array("allowedTypes", false);
        if (array != null) {
            types = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isString()) {
                    types.add(array.get(i).stringValue());
                } else {
                    object.problem("allowedTypes/" + i, "forms.definition.json.type", "string");
                }
            }
        }
        return new FieldType.Attachment(maxFiles, maxSize == null ? FieldType.Attachment.DEFAULT_MAX_SIZE_BYTES : maxSize, types);
    }

    /** A comparison, or {@code null} when its field or operator is missing or unknown (problems recorded). */
    static Condition comparison(JsonObject object) {
        String field = object.string("field", true);
        String code = object.string("op", true);
        JsonNode value = object.get("value", false);
        Condition.Operator operator = null;
        if (code != null) {
            try {
                operator = Condition.Operator.fromCode(code);
            } catch (IllegalArgumentException e) {
                object.problem("op", "forms.definition.json.operator", code);
            }
        }
        Object literal = null;
        if (value != null) {
            if (value.isString()) {
                literal = value.stringValue();
            } else if (value.isNumber()) {
                literal = value.decimalValue();
            } else if (value.isBoolean()) {
                literal = value.booleanValue();
            } else {
                object.problem("value", "forms.definition.json.type", "string | number | boolean");
            }
        }
        return field == null || operator == null ? null : new Condition.Comparison(field, operator, literal);
    }
}
