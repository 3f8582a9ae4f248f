package org.guichet.identity.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The problems found in a submitted form, one per field, in the order of the fields: the page shows
 * them in an error summary linking to each field and again next to the field.
 */
public final class FormErrors {

    private final Map<String, Problem> byField = new LinkedHashMap<>();

    /** Records {@code key} for {@code field} unless the field already has a problem. */
    public FormErrors reject(String field, String key, Object... args) {
        byField.putIfAbsent(field, new Problem(key, args));
        return this;
    }

    public FormErrors reject(String field, Optional<String> key) {
        key.ifPresent(k -> reject(field, k));
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** Field name to problem, in the order found; for the templates. */
    public Map<String, Problem> all() {
        return Collections.unmodifiableMap(byField);
    }

    public Problem of(String field) {
        return byField.get(field);
    }

    /** A message key and its arguments. */
    public record Problem(String key, Object[] args) {}
}
