package org.guichet.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines break between words, never inside an elision such as "d’acceptation". */
class FrenchLineBreakerTest {

    private static List<Integer> breaks(String text) {
        FrenchLineBreaker breaker = new FrenchLineBreaker();
        breaker.setText(text);
        List<Integer> positions = new ArrayList<>();
        for (int p = breaker.next(); p != BreakIterator.DONE; p = breaker.next()) {
            positions.add(p);
        }
        return positions;
    }

    @Test
    void neverBreaksAfterAnElidedArticle() {
        String text = "décision implicite d’acceptation de l'administration";

        assertThat(breaks(text)).doesNotContain(text.indexOf("acceptation"), text.indexOf("administration"));
    }

    @Test
    void stillBreaksBetweenWords() {
        String text = "décision implicite d’acceptation";

        assertThat(breaks(text)).contains(text.indexOf("implicite"), text.indexOf("d’"), text.length());
    }
}
