package org.guichet.instruction.internal.inbox;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns what an agent types into a PostgreSQL tsquery: every word must match, each as a prefix
 * ({@code :*}), so "ecol dupon" finds "École" and "Dupont". Only letters and digits reach the
 * query, so nothing typed can inject tsquery operators; the text search configuration removes
 * accents and stems the words as it did when indexing.
 */
final class SearchQuery {

    private static final int MAX_WORDS = 8;
    private static final int MAX_WORD_LENGTH = 40;

    private SearchQuery() {}

    /** The tsquery text, or null when nothing searchable was typed. */
    static String of(String typed) {
        if (typed == null) {
            return null;
        }
        String query = Arrays.stream(typed.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .limit(MAX_WORDS)
                .map(w -> w.length() > MAX_WORD_LENGTH ? w.substring(0, MAX_WORD_LENGTH) : w)
                .map(w -> "'" + w + "':*")
                .collect(Collectors.joining(" & "));
        return query.isEmpty() ? null : query;
    }
}
