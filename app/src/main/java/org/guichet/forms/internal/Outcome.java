package org.guichet.forms.internal;

import java.util.List;

/**
 * What reading one field's raw answer gave: a typed value, nothing (not answered), or problems.
 * Problem arguments exclude the field's label, which the engine puts first.
 */
record Outcome(Object value, List<Problem> problems) {

    /** A problem with one input of a field; {@code suffix} names the input, e.g. {@code .month}. */
    record Problem(String suffix, String messageKey, List<Object> args) {}

    static final Outcome EMPTY = new Outcome(null, List.of());

    Outcome {
        problems = List.copyOf(problems);
    }

    static Outcome of(Object value) {
        return new Outcome(value, List.of());
    }

    static Outcome error(String suffix, String messageKey, Object... args) {
        return new Outcome(null, List.of(new Problem(suffix, messageKey, List.of(args))));
    }

    static Outcome errors(List<Problem> problems) {
        return new Outcome(null, problems);
    }

    boolean failed() {
        return !problems.isEmpty();
    }
}
