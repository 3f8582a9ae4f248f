package org.guichet.forms.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.guichet.forms.Civility;
import org.guichet.forms.Commune;
import org.guichet.forms.Condition;
import org.guichet.forms.Condition.Comparison;
import org.guichet.forms.Departement;
import org.guichet.forms.FieldType;
import org.guichet.forms.Region;

/**
 * Evaluates checked conditions against typed values. A missing value makes every comparison false but
 * {@code empty}; conditions were checked against the definition, so operators fit the values.
 */
final class ConditionEvaluator {

    private final Map<String, FieldType> types;

    ConditionEvaluator(Map<String, FieldType> types) {
        this.types = types;
    }

    boolean test(Condition condition, Function<String, Object> values) {
        return switch (condition) {
            case null -> true;
            case Condition.All all -> all.conditions().stream().allMatch(member -> test(member, values));
            case Condition.Any any -> any.conditions().stream().anyMatch(member -> test(member, values));
            case Comparison comparison -> compare(comparison, values.apply(comparison.fieldId()));
        };
    }

    private boolean compare(Comparison comparison, Object value) {
        return switch (comparison.operator()) {
            case EMPTY -> value == null;
            case NOT_EMPTY -> value != null;
            case EQUALS -> value != null && equal(comparison.fieldId(), value, comparison.value());
            case NOT_EQUALS -> value != null && !equal(comparison.fieldId(), value, comparison.value());
            case LESS_THAN -> value != null && order(value, comparison.value()) < 0;
            case LESS_OR_EQUAL -> value != null && order(value, comparison.value()) <= 0;
            case GREATER_THAN -> value != null && order(value, comparison.value()) > 0;
            case GREATER_OR_EQUAL -> value != null && order(value, comparison.value()) >= 0;
            case CONTAINS -> value != null && contains(value, comparison.value());
        };
    }

    private boolean equal(String fieldId, Object value, Object literal) {
        return switch (value) {
            case Long number -> BigDecimal.valueOf(number).compareTo((BigDecimal) literal) == 0;
            case BigDecimal number -> number.compareTo((BigDecimal) literal) == 0;
            case LocalDate date -> date.equals(LocalDate.parse((String) literal));
            case Boolean bool -> bool.equals(literal);
            case Civility civility -> civility.code().equals(literal);
            case Commune commune -> commune.code().equals(literal);
            case Departement departement -> departement.code().equals(literal);
            case Region region -> region.code().equals(literal);
            // Choices compare exactly; what people type compares without regard to case.
            case String text -> types.get(fieldId) instanceof FieldType.SingleChoice
                    ? text.equals(literal) : lower(text).equals(lower((String) literal));
            default -> false;
        };
    }

    private static int order(Object value, Object literal) {
        return switch (value) {
            case Long number -> BigDecimal.valueOf(number).compareTo((BigDecimal) literal);
            case BigDecimal number -> number.compareTo((BigDecimal) literal);
            case LocalDate date -> date.compareTo(LocalDate.parse((String) literal));
            default -> throw new IllegalStateException("Not ordered: " + value.getClass());
        };
    }

    private static boolean contains(Object value, Object literal) {
        return switch (value) {
            case List<?> options -> options.contains(literal);
            case String text -> lower(text).contains(lower((String) literal));
            default -> false;
        };
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
