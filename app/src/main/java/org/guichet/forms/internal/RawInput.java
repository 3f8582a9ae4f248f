package org.guichet.forms.internal;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.guichet.forms.Answers;
import org.guichet.forms.FileMetadata;

/** The raw answers seen from the top level of a form or from one row of a repeatable block. */
final class RawInput {

    // Three digits at most: a tampered index like [99999999999] is ignored, not parsed.
    private static final Pattern ROW_INDEX = Pattern.compile("0|[1-9]\\d{0,2}");

    private final Answers answers;
    private final String prefix;

    RawInput(Answers answers) {
        this(answers, "");
    }

    private RawInput(Answers answers, String prefix) {
        this.answers = answers;
        this.prefix = prefix;
    }

    /** The input name as submitted, e.g. {@code children[0].birth.day}. */
    String key(String name) {
        return prefix + name;
    }

    String first(String name) {
        return answers.first(prefix + name);
    }

    List<String> values(String name) {
        return answers.values(prefix + name);
    }

    List<FileMetadata> files(String name) {
        return answers.files(prefix + name);
    }

    RawInput row(String blockId, int index) {
        return new RawInput(answers, prefix + blockId + "[" + index + "].");
    }

    /** The indices of a block's rows holding at least one non-blank value or a file; blank rows are left out. */
    SortedSet<Integer> rowIndices(String blockId) {
        String start = prefix + blockId + "[";
        SortedSet<Integer> indices = new TreeSet<>();
        for (String key : answers.keys()) {
            if (!key.startsWith(start)) {
                continue;
            }
            int close = key.indexOf(']', start.length());
            if (close < 0 || close + 1 >= key.length() || key.charAt(close + 1) != '.') {
                continue;
            }
            String digits = key.substring(start.length(), close);
            if (ROW_INDEX.matcher(digits).matches() && hasContent(key)) {
                indices.add(Integer.parseInt(digits));
            }
        }
        return indices;
    }

    private boolean hasContent(String key) {
        return !answers.files(key).isEmpty() || answers.values(key).stream().anyMatch(value -> !value.isBlank());
    }
}
