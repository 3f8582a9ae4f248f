package org.guichet.forms.internal;

import java.util.regex.Pattern;

/**
 * Matches author-written regular expressions without letting one hang a server thread. Java's engine
 * backtracks, so {@code (a+)+$} takes exponential time on some inputs; besides the input length limit,
 * the subject is wrapped so that reading it more than {@value #CHARACTER_BUDGET} times aborts the match.
 */
final class SafeRegex {

    static final long CHARACTER_BUDGET = 1_000_000;

    private SafeRegex() {}

    /** Whether the whole input matches; an aborted match counts as no match. */
    static boolean matches(Pattern pattern, String input) {
        try {
            return pattern.matcher(new BudgetedText(input, new long[] {CHARACTER_BUDGET})).matches();
        } catch (BudgetExceeded e) {
            return false;
        }
    }

    private static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super("Regular expression took too long", null, false, false);
        }
    }

    private record BudgetedText(String text, long[] budget) implements CharSequence {
        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (--budget[0] < 0) {
                throw new BudgetExceeded();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new BudgetedText(text.substring(start, end), budget);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
