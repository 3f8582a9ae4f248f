package org.guichet.forms.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Function;
import org.guichet.forms.Answers;
import org.guichet.forms.DefinitionProblem;
import org.guichet.forms.Field;
import org.guichet.forms.FieldError;
import org.guichet.forms.FieldType;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.FormValues;
import org.guichet.forms.FrenchGeography;
import org.guichet.forms.InvalidDefinitionException;
import org.guichet.forms.Page;

/**
 * Walks a form in order: decides what is visible from the answers validated so far, reads the visible
 * fields only (so answers to hidden ones are never even looked at), and collects values and errors.
 */
public final class FormEngine {

    /** Everything one pass found; {@code fieldIdsByPage} lists top-level field ids per page. */
    public record Run(Map<String, Object> values, List<FieldError> errors, List<String> visiblePageIds,
                      Map<String, List<String>> fieldIdsByPage, java.util.Set<String> hiddenFieldIds) {}

    private final FieldReader reader;

    public FormEngine(Clock clock, FrenchGeography geography) {
        this.reader = new FieldReader(clock, geography);
    }

    public Run run(FormDefinition definition, Answers answers) {
        List<DefinitionProblem> problems = DefinitionChecker.check(definition);
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
        Map<String, FieldType> types = new HashMap<>();
        definition.allFields().forEach(field -> types.put(field.id(), field.type()));
        ConditionEvaluator conditions = new ConditionEvaluator(types);
        RawInput in = new RawInput(answers);
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        List<String> visiblePages = new ArrayList<>();
        Map<String, List<String>> fieldIdsByPage = new LinkedHashMap<>();
        java.util.Set<String> hidden = new java.util.LinkedHashSet<>();
        for (Page page : definition.pages()) {
            fieldIdsByPage.put(page.id(), page.fields().stream().map(Field::id).toList());
            if (!conditions.test(page.condition(), values::get)) {
                page.fields().forEach(field -> hidden.add(field.id()));
                continue;
            }
            visiblePages.add(page.id());
            for (Field field : page.fields()) {
                if (!conditions.test(field.condition(), values::get)) {
                    hidden.add(field.id());
                    continue;
                }
                if (!field.isInput()) {
                    continue;
                }
                Outcome outcome = field.type() instanceof FieldType.RepeatableBlock block
                        ? readBlock(field, block, in, page.id(), conditions, values, errors)
                        : reader.read(field, in);
                Object value = settle(field, outcome, page.id(), null, null, in, errors);
                if (value != null) {
                    values.put(field.id(), value);
                }
            }
        }
        return new Run(values, errors, visiblePages, fieldIdsByPage, java.util.Set.copyOf(hidden));
    }

    private Outcome readBlock(Field blockField, FieldType.RepeatableBlock block, RawInput in, String pageId,
                              ConditionEvaluator conditions, Map<String, Object> outer, List<FieldError> errors) {
        SortedSet<Integer> indices = in.rowIndices(blockField.id());
        List<FormValues> rows = new ArrayList<>();
        for (int index : indices) {
            // Rows beyond the maximum are not read: the count error below already blocks the answer.
            if (rows.size() == block.maxRows()) {
                break;
            }
            RawInput row = in.row(blockField.id(), index);
            Map<String, Object> rowValues = new LinkedHashMap<>();
            Function<String, Object> visibleValues = id -> rowValues.containsKey(id) ? rowValues.get(id) : outer.get(id);
            for (Field child : block.fields()) {
                if (!child.isInput() || !conditions.test(child.condition(), visibleValues)) {
                    continue;
                }
                Object value = settle(child, reader.read(child, row), pageId, blockField.id(), index, row, errors);
                if (value != null) {
                    rowValues.put(child.id(), value);
                }
            }
            rows.add(new FormValues(rowValues));
        }
        int minRows = Math.max(block.minRows(), blockField.required() ? 1 : 0);
        if (indices.size() > block.maxRows()) {
            return Outcome.error("", "forms.error.block.tooMany", block.maxRows());
        }
        if (indices.size() < minRows) {
            return Outcome.error("", "forms.error.block.tooFew", minRows);
        }
        return rows.isEmpty() ? Outcome.EMPTY : Outcome.of(List.copyOf(rows));
    }

    /** Turns an outcome into the value to keep, recording its errors (and a missing required answer). */
    private static Object settle(Field field, Outcome outcome, String pageId, String blockId, Integer row,
                                 RawInput in, List<FieldError> errors) {
        List<Outcome.Problem> problems = outcome.problems();
        boolean unanswered = outcome.value() == null
                || field.type() instanceof FieldType.Checkbox && Boolean.FALSE.equals(outcome.value());
        // A block's own minimum already covers "required".
        boolean blockField = field.type() instanceof FieldType.RepeatableBlock;
        if (problems.isEmpty() && field.required() && unanswered && !blockField) {
            problems = List.of(FieldReader.missing(field.type()));
        }
        for (Outcome.Problem problem : problems) {
            List<Object> args = new ArrayList<>();
            args.add(field.label());
            args.addAll(problem.args());
            errors.add(new FieldError(pageId, field.id(), blockId, row, in.key(field.id() + problem.suffix()),
                    problem.messageKey(), args));
        }
        return problems.isEmpty() ? outcome.value() : null;
    }
}
