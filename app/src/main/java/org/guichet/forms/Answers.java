package org.guichet.forms;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A citizen's raw answers, as an HTML form submits them: strings under input names, plus the metadata
 * of uploaded files. Immutable.
 *
 * <p>Input names: a field's id ({@code email}); a part of a composite field
 * ({@code birth.day}/{@code .month}/{@code .year}, {@code when.time}, {@code address.street}/{@code .complement}/
 * {@code .postcode}/{@code .commune}, {@code choice.parent}/{@code .child}); a repeatable block's child in a
 * row ({@code children[0].first_name}, {@code children[0].birth.day}). A date may also come whole, ISO
 * style, under the field's id. Unknown names are ignored.
 */
public final class Answers {

    private static final Answers EMPTY = new Answers(Map.of(), Map.of());

    private final Map<String, List<String>> values;
    private final Map<String, List<FileMetadata>> files;

    private Answers(Map<String, List<String>> values, Map<String, List<FileMetadata>> files) {
        this.values = values;
        this.files = files;
    }

    public static Answers empty() {
        return EMPTY;
    }

    public static Answers of(Map<String, ? extends List<String>> values) {
        return of(values, Map.of());
    }

    public static Answers of(Map<String, ? extends List<String>> values, Map<String, ? extends List<FileMetadata>> files) {
        return new Answers(copy(values), copy(files));
    }

    /** From a servlet request's parameter map. */
    public static Answers fromParameters(Map<String, String[]> parameters) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        parameters.forEach((key, array) -> values.put(key, array == null ? List.of() : Arrays.asList(array)));
        return of(values);
    }

    /** One value per input name, for tests and API prefill. */
    public static Answers ofSingle(Map<String, String> values) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        values.forEach((key, value) -> lists.put(key, value == null ? List.of() : List.of(value)));
        return of(lists);
    }

    /** All values submitted under a name (several for a multiple choice). */
    public List<String> values(String key) {
        return values.getOrDefault(key, List.of());
    }

    /** The first value submitted under a name, or {@code null}; extra values of single inputs are ignored. */
    public String first(String key) {
        List<String> list = values.get(key);
        return list == null || list.isEmpty() ? null : list.getFirst();
    }

    public List<FileMetadata> files(String key) {
        return files.getOrDefault(key, List.of());
    }

    /** Every input name with values or files. */
    public Set<String> keys() {
        Set<String> keys = new java.util.LinkedHashSet<>(values.keySet());
        keys.addAll(files.keySet());
        return Collections.unmodifiableSet(keys);
    }

    private static <T> Map<String, List<T>> copy(Map<String, ? extends List<T>> source) {
        Map<String, List<T>> copy = new LinkedHashMap<>();
        source.forEach((key, list) -> {
            if (key != null && list != null) {
                copy.put(key, list.stream().filter(Objects::nonNull).toList());
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
