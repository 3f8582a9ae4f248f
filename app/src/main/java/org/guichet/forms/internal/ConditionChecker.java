package org.guichet.forms.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guichet.forms.Civility;
import org.guichet.forms.Condition;
import org.guichet.forms.Condition.Comparison;
import org.guichet.forms.DefinitionProblem;
import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.Limits;
import org.guichet.forms.Option;
import org.guichet.forms.Page;

/**
 * Checks conditions: known fields, defined earlier (which rules out cycles; a forward reference that
 * closes a loop is reported as a cycle), operators and literals fitting the field's type.
 */
final class ConditionChecker {

    /** The page or field a condition belongs to; {@code node} is its name in the dependency graph. */
    private record Owner(String node, String fieldId, int position, String blockId, boolean page) {}

    private final Map<String, FieldSite> sites;
    private final List<DefinitionProblem> problems;
    private final Map<String, Set<String>> dependencies = new HashMap<>();

    ConditionChecker(Map<String, FieldSite> sites, List<DefinitionProblem> problems) {
        this.sites = sites;
        this.problems = problems;
    }

    void check(FormDefinition definition) {
        collectDependencies(definition);
        int position = 0;
        for (int i = 0; i < definition.pages().size(); i++) {
            Page page = definition.pages().get(i);
            String pointer = "/pages/" + i;
            if (page.condition() != null) {
                check(page.condition(), pointer + "/condition", new Owner("page:" + page.id(), null, position, null, true), 1);
            }
            for (int j = 0; j < page.fields().size(); j++) {
                Field field = page.fields().get(j);
                checkField(field, pointer + "/fields/" + j, position++, null);
                if (field.type() instanceof FieldType.RepeatableBlock block) {
                    for (int k = 0; k < block.fields().size(); k++) {
                        checkField(block.fields().get(k), pointer + "/fields/" + j + "/fields/" + k, position++, field.id());
                    }
                }
            }
        }
    }

    private void checkField(Field field, String pointer, int position, String blockId) {
        if (field.condition() != null) {
            check(field.condition(), pointer + "/condition", new Owner(field.id(), field.id(), position, blockId, false), 1);
        }
    }

    private void check(Condition condition, String pointer, Owner owner, int depth) {
        if (depth > Limits.MAX_CONDITION_DEPTH) {
            problem(pointer, "forms.definition.condition.depth", Limits.MAX_CONDITION_DEPTH);
            return;
        }
        switch (condition) {
            case Condition.All all -> members(all.conditions(), pointer + "/all", owner, depth);
            case Condition.Any any -> members(any.conditions(), pointer + "/any", owner, depth);
            case Comparison comparison -> comparison(comparison, pointer, owner);
        }
    }

    private void members(List<Condition> members, String pointer, Owner owner, int depth) {
        if (members.isEmpty()) {
            problem(pointer, "forms.definition.condition.empty");
        }
        for (int i = 0; i < members.size(); i++) {
            check(members.get(i), pointer + "/" + i, owner, depth + 1);
        }
    }

    private void comparison(Comparison comparison, String pointer, Owner owner) {
        String id = comparison.fieldId();
        FieldSite target = sites.get(id);
        if (target == null) {
            problem(pointer + "/field", "forms.definition.condition.unknownField", id);
            return;
        }
        if (id.equals(owner.fieldId())) {
            problem(pointer + "/field", "forms.definition.condition.self", id);
            return;
        }
        if (id.equals(owner.blockId())) {
            problem(pointer + "/field", "forms.definition.condition.enclosingBlock", id);
            return;
        }
        if (target.blockId() != null && !target.blockId().equals(owner.blockId())) {
            problem(pointer + "/field", "forms.definition.condition.blockChild", id, target.blockId());
            return;
        }
        if (target.position() >= owner.position()) {
            List<String> cycle = cycle(owner.node(), id);
            if (cycle != null) {
                problem(pointer + "/field", "forms.definition.condition.cycle", String.join(" → ", cycle));
            } else {
                problem(pointer + "/field", owner.page() ? "forms.definition.condition.pageForward"
                        : "forms.definition.condition.forward", id);
            }
            return;
        }
        literal(comparison, target.field(), pointer);
    }

    private void literal(Comparison comparison, Field target, String pointer) {
        ValueKind kind = ValueKind.of(target.type());
        Condition.Operator operator = comparison.operator();
        if (kind == ValueKind.NONE) {
            problem(pointer + "/field", "forms.definition.condition.notAnInput", target.id());
            return;
        }
        if (!kind.allows(operator)) {
            problem(pointer + "/op", "forms.definition.condition.operator", operator.code(), target.id());
            return;
        }
        Object value = comparison.value();
        if (!operator.takesValue()) {
            if (value != null) {
                problem(pointer + "/value", "forms.definition.condition.value.unexpected", operator.code());
            }
            return;
        }
        if (value == null) {
            problem(pointer + "/value", "forms.definition.condition.value.missing", operator.code());
            return;
        }
        String expected = switch (kind) {
            case TEXT, CODE -> value instanceof String ? null : "text";
            case NUMBER -> value instanceof BigDecimal ? null : "number";
            case DATE -> value instanceof String s && isDate(s) ? null : "date";
            case YES_NO, CHECKBOX -> value instanceof Boolean ? null : "boolean";
            case CHOICE, CHOICES -> options(target.type()).contains(value) ? null : "option";
            case PRESENCE, NONE -> null;
        };
        if ("option".equals(expected)) {
            problem(pointer + "/value", "forms.definition.condition.value.option", String.valueOf(value), target.id());
        } else if (expected != null) {
            problem(pointer + "/value", "forms.definition.condition.value." + expected, target.id());
        }
    }

    private static Set<Object> options(FieldType type) {
        List<Option> options = switch (type) {
            case FieldType.SingleChoice c -> c.options();
            case FieldType.MultipleChoice c -> c.options();
            default -> List.of();
        };
        Set<Object> values = new HashSet<>();
        options.forEach(option -> values.add(option.value()));
        if (type instanceof FieldType.CivilityChoice) {
            Arrays.stream(Civility.values()).forEach(civility -> values.add(civility.code()));
        }
        return values;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** A field depends on the fields its condition, its page's condition and its block's condition read. */
    private void collectDependencies(FormDefinition definition) {
        for (Page page : definition.pages()) {
            dependencies.put("page:" + page.id(), references(page.condition()));
        }
        for (FieldSite site : sites.values()) {
            Set<String> needs = references(site.field().condition());
            needs.add("page:" + site.pageId());
            if (site.blockId() != null) {
                needs.add(site.blockId());
            }
            dependencies.put(site.field().id(), needs);
        }
    }

    private static Set<String> references(Condition condition) {
        Set<String> ids = new LinkedHashSet<>();
        Deque<Condition> pending = new ArrayDeque<>();
        if (condition != null) {
            pending.push(condition);
        }
        while (!pending.isEmpty()) {
            switch (pending.pop()) {
                case Comparison c -> ids.add(c.fieldId());
                case Condition.All all -> all.conditions().forEach(pending::push);
                case Condition.Any any -> any.conditions().forEach(pending::push);
            }
        }
        return ids;
    }

    /** The loop {@code owner → target → … → owner}, or {@code null} when the target does not lead back. */
    private List<String> cycle(String owner, String target) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> pending = new ArrayDeque<>(List.of(target));
        cameFrom.put(target, owner);
        while (!pending.isEmpty()) {
            String node = pending.pop();
            if (node.equals(owner)) {
                List<String> path = new ArrayList<>();
                for (String step = owner; ; step = cameFrom.get(step)) {
                    path.addFirst(step);
                    if (step.equals(target)) {
                        break;
                    }
                }
                path.addFirst(owner);
                return path;
            }
            for (String next : dependencies.getOrDefault(node, Set.of())) {
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, node);
                    pending.push(next);
                }
            }
        }
        return null;
    }

    private void problem(String pointer, String key, Object... args) {
        problems.add(DefinitionProblem.of(pointer, key, args));
    }
}
