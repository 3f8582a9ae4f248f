package org.guichet.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

/** A parsed font is lent to one document at a time, and only fonts without substitution are kept. */
class FontFileTest {

    private final FontFile file = FontFile.resource("document/fonts/NotoSans-Regular.ttf");

    @Test
    void neverLendsTheSameParsedFontToTwoDocumentsAtOnce() throws IOException {
        TrueTypeFont first = file.borrow(false);
        TrueTypeFont second = file.borrow(false);

        assertThat(second).isNotSameAs(first);
        assertThat(first.isEnableGsub()).isFalse();
    }

    @Test
    void lendsAGivenBackFontAgain() throws IOException {
        TrueTypeFont font = file.borrow(false);
        file.giveBack(font);

        assertThat(file.borrow(false)).isSameAs(font);
    }

    @Test
    void keepsNoFontWithSubstitution() throws IOException {
        TrueTypeFont shaped = file.borrow(true);
        assertThat(shaped.isEnableGsub()).isTrue();
        file.giveBack(shaped);

        TrueTypeFont next = file.borrow(false);
        assertThat(next).isNotSameAs(shaped);
        assertThat(next.isEnableGsub()).isFalse();
        assertThat(file.borrow(true)).isNotSameAs(shaped);
    }

    @Test
    void keepsAtMostABoundedNumberOfIdleFonts() throws IOException {
        List<TrueTypeFont> lent = new ArrayList<>();
        for (int i = 0; i < FontFile.IDLE_KEPT + 2; i++) {
            lent.add(file.borrow(false));
        }
        for (TrueTypeFont font : lent) {
            file.giveBack(font);
        }

        List<TrueTypeFont> again = new ArrayList<>();
        for (int i = 0; i < FontFile.IDLE_KEPT + 2; i++) {
            again.add(file.borrow(false));
        }
        assertThat(again.stream().filter(lent::contains)).hasSize(FontFile.IDLE_KEPT);
    }
}
