package org.guichet.forms.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guichet.forms.DefinitionProblem;
import tools.jackson.databind.JsonNode;

/**
 * Reads the properties of one JSON object, recording a problem (not throwing) for each missing or
 * mistyped one, and — once {@link #finish()} is called — for each property nobody asked for, so that a
 * typo such as {@code maxlength} is reported instead of silently ignored.
 */
final class JsonObject {

    private final JsonNode node;
    private final String pointer;
    private final List<DefinitionProblem> problems;
    private final Set<String> known = new HashSet<>();

    private JsonObject(JsonNode node, String pointer, List<DefinitionProblem> problems) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
    }

    /** The object, or {@code null} (with a problem) when the node is something else. */
    static JsonObject of(JsonNode node, String pointer, List<DefinitionProblem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(DefinitionProblem.of(pointer, "forms.definition.json.type", "object"));
            return null;
        }
        return new JsonObject(node, pointer, problems);
    }

    String pointer() {
        return pointer;
    }

    String pointer(String name) {
        return pointer + "/" + name;
    }

    boolean has(String name) {
        known.add(name);
        return node.has(name);
    }

    JsonNode get(String name, boolean required) {
        known.add(name);
        JsonNode value = node.get(name);
        if (value == null && required) {
            problems.add(DefinitionProblem.of(pointer, "forms.definition.json.missing", name));
        }
        return value;
    }

    String string(String name, boolean required) {
        JsonNode value = get(name, required);
        if (value == null) {
            return null;
        }
        return value.isString() ? value.stringValue() : wrongType(name, "string");
    }

    boolean bool(String name, boolean otherwise) {
        JsonNode value = get(name, false);
        if (value == null) {
            return otherwise;
        }
        if (!value.isBoolean()) {
            wrongType(name, "boolean");
            return otherwise;
        }
        return value.booleanValue();
    }

    Long integer(String name) {
        JsonNode value = get(name, false);
        if (value == null) {
            return null;
        }
        return value.isIntegralNumber() && value.canConvertToLong() ? value.longValue() : wrongType(name, "integer");
    }

    int integer(String name, int otherwise) {
        Long value = integer(name);
        if (value == null) {
            return otherwise;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            wrongType(name, "integer");
            return otherwise;
        }
        return value.intValue();
    }

    BigDecimal decimal(String name) {
        JsonNode value = get(name, false);
        if (value == null) {
            return null;
        }
        return value.isNumber() ? value.decimalValue() : wrongType(name, "number");
    }

    /** The array's elements, or {@code null} (with a problem when required or mistyped). */
    JsonNode array(String name, boolean required) {
        JsonNode value = get(name, required);
        if (value == null) {
            return null;
        }
        return value.isArray() ? value : wrongType(name, "array");
    }

    void finish() {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problems.add(DefinitionProblem.of(pointer(name), "forms.definition.json.unknownProperty", name));
            }
        }
    }

    void problem(String name, String key, Object... args) {
        problems.add(DefinitionProblem.of(pointer(name), key, args));
    }

    private <T> T wrongType(String name, String expected) {
        problems.add(DefinitionProblem.of(pointer(name), "forms.definition.json.type", expected));
        return null;
    }
}
