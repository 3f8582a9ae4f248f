package org.guichet.document.internal;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * The PDF engine's line breaker, minus the break it allows after an elided article: French never
 * ends a line on "d’" or "l’" and starts the next with "acceptation".
 */
final class FrenchLineBreaker implements FSTextBreaker {

    private final FSTextBreaker delegate = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.FRENCH));
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        delegate.setText(newText);
    }

    @Override
    public int next() {
        int position = delegate.next();
        while (position > 0 && position < text.length() && isElision(text.charAt(position - 1))
                && Character.isLetter(text.charAt(position))) {
            position = delegate.next();
        }
        return position;
    }

    private static boolean isElision(char c) {
        return c == '\u2019' || c == '\'';
    }
}
