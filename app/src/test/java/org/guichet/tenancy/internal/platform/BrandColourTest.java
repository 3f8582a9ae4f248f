package org.guichet.tenancy.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BrandColourTest {

    @Test
    void normalisesSixDigitHexadecimalColours() {
        assertThat(BrandColour.parse(" #1D4F91 ")).contains("#1d4f91");
        assertThat(BrandColour.parse("00594c")).contains("#00594c");
        assertThat(BrandColour.parse("#fff")).isEmpty();
        assertThat(BrandColour.parse("red")).isEmpty();
        assertThat(BrandColour.parse(null)).isEmpty();
    }

    @Test
    void computesWcagContrastWithWhite() {
        assertThat(BrandColour.contrastWithWhite("#000000")).isCloseTo(21.0, within(0.01));
        assertThat(BrandColour.contrastWithWhite("#ffffff")).isCloseTo(1.0, within(0.01));
        assertThat(BrandColour.contrastWithWhite("#767676")).isCloseTo(4.54, within(0.01));
    }

    @Test
    void theThresholdSeparatesTheGreysAroundFourAndAHalf() {
        assertThat(BrandColour.contrastWithWhite("#767676")).isGreaterThanOrEqualTo(BrandColour.MIN_CONTRAST_WITH_WHITE);
        assertThat(BrandColour.contrastWithWhite("#777777")).isLessThan(BrandColour.MIN_CONTRAST_WITH_WHITE);
        assertThat(BrandColour.contrastWithWhite("#1d4f91")).isGreaterThan(BrandColour.MIN_CONTRAST_WITH_WHITE);
        assertThat(BrandColour.contrastWithWhite("#ffdd00")).isLessThan(BrandColour.MIN_CONTRAST_WITH_WHITE);
    }
}
