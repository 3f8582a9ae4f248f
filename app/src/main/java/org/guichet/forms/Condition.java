package org.guichet.forms;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * When a page or a field is shown, evaluated against the validated answers to the fields before it.
 *
 * <p>A comparison with a field that has no value (unanswered, invalid or hidden) is false, whatever the
 * operator — "not equals" included; combine with {@link Operator#EMPTY} to say otherwise. Conditions
 * may only refer to fields defined earlier in the form, which rules out cycles.
 */
public sealed interface Condition {

    /** The operators; {@link #code()} is the JSON spelling. */
    enum Operator {
        EQUALS("eq"),
        NOT_EQUALS("neq"),
        LESS_THAN("lt"),
        LESS_OR_EQUAL("lte"),
        GREATER_THAN("gt"),
        GREATER_OR_EQUAL("gte"),
        /** A multiple choice holds the option, or a text holds the words (ignoring case). */
        CONTAINS("contains"),
        EMPTY("empty"),
        NOT_EMPTY("not_empty");

        private final String code;

        Operator(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** Whether the operator compares with a value ({@code empty} and {@code not_empty} do not). */
        public boolean takesValue() {
            return this != EMPTY && this != NOT_EMPTY;
        }

        public static Operator fromCode(String code) {
            for (Operator operator : values()) {
                if (operator.code.equals(code)) {
                    return operator;
                }
            }
            throw new IllegalArgumentException("Unknown operator: " + code);
        }
    }

    /**
     * Compares a field's value with a literal: a {@code String} (texts, option values, codes, ISO dates),
     * a {@code BigDecimal} (numbers; other {@code Number}s are converted) or a {@code Boolean}; {@code null}
     * for operators without value.
     */
    record Comparison(String fieldId, Operator operator, Object value) implements Condition {
        public Comparison {
            Objects.requireNonNull(fieldId, "fieldId");
            Objects.requireNonNull(operator, "operator");
            value = literal(value);
        }

        private static Object literal(Object value) {
            return switch (value) {
                case null -> null;
                case String s -> s;
                case Boolean b -> b;
                case BigDecimal d -> d;
                case BigInteger i -> new BigDecimal(i);
                case Integer i -> BigDecimal.valueOf(i);
                case Long l -> BigDecimal.valueOf(l);
                case Double d -> BigDecimal.valueOf(d);
                default -> throw new IllegalArgumentException("Unsupported condition value: " + value.getClass());
            };
        }
    }

    /** True when every member is true. */
    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    /** True when at least one member is true. */
    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }
    }

    static Comparison equalTo(String fieldId, Object value) {
        return new Comparison(fieldId, Operator.EQUALS, value);
    }

    static Comparison notEqualTo(String fieldId, Object value) {
        return new Comparison(fieldId, Operator.NOT_EQUALS, value);
    }

    static Comparison lessThan(String fieldId, Object value) {
        return new Comparison(fieldId, Operator.LESS_THAN, value);
    }

    static Comparison atMost(String fieldId, Object value) {
        return new Comparison(fieldId, Operator.LESS_OR_EQUAL, value);
    }

    static Comparison greaterThan(String fieldId, Object value) {
        return new Comparison(fieldId, Operator.GREATER_THAN, value);
    }

    static Comparison atLeast(String fieldId, Object value) {
        return new Comparison(fieldId, Operator.GREATER_OR_EQUAL, value);
    }

    static Comparison contains(String fieldId, Object value) {
        return new Comparison(fieldId, Operator.CONTAINS, value);
    }

    static Comparison isEmpty(String fieldId) {
        return new Comparison(fieldId, Operator.EMPTY, null);
    }

    static Comparison isNotEmpty(String fieldId) {
        return new Comparison(fieldId, Operator.NOT_EMPTY, null);
    }

    static All all(Condition... conditions) {
        return new All(List.of(conditions));
    }

    static Any any(Condition... conditions) {
        return new Any(List.of(conditions));
    }
}
