package org.guichet.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validated, typed answers by field id, in form order. Only visible fields with an answer appear: the
 * answers to hidden fields are never kept. The Java type of each value is stated on its {@link FieldType}.
 */
public record FormValues(Map<String, Object> asMap) {

    public FormValues {
        asMap = Collections.unmodifiableMap(new LinkedHashMap<>(asMap));
    }

    public static FormValues empty() {
        return new FormValues(Map.of());
    }

    public boolean has(String fieldId) {
        return asMap.containsKey(fieldId);
    }

    public Optional<Object> get(String fieldId) {
        return Optional.ofNullable(asMap.get(fieldId));
    }

    /**
     * The value as the type its field produces.
     *
     * @throws ClassCastException when the field produces another type
     */
    public <T> Optional<T> get(String fieldId, Class<T> type) {
        return get(fieldId).map(type::cast);
    }

    /** The rows of a repeatable block; empty when it has none. */
    @SuppressWarnings("unchecked")
    public List<FormValues> rows(String blockId) {
        return (List<FormValues>) asMap.getOrDefault(blockId, List.of());
    }
}
