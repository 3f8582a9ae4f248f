package org.guichet.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The component library is re-themed: no GOV.UK typeface, no crest. */
class ThemeControllerTest {

    @Test
    void removesTheGovukTypefaceAndCrest() {
        String govuk = "@font-face{font-family:GDS Transport;font-style:normal;src:url(/assets/fonts/light.woff2)}"
                + ".govuk-body{font-family:GDS Transport,arial,sans-serif}"
                + ".govuk-footer__copyright-logo{background-image:url(/assets/images/govuk-crest.svg)}";

        String css = ThemeController.rethemed(govuk);

        assertThat(css).doesNotContain("GDS Transport").doesNotContain("govuk-crest").doesNotContain("@font-face")
                .contains(".govuk-body{font-family:system-ui");
    }

    @Test
    void servedStylesheetContainsNoGovukBranding() {
        String css = new ThemeController().baseStylesheet().getBody();

        assertThat(css).isNotBlank().doesNotContain("GDS Transport").doesNotContain("govuk-crest.svg");
    }
}
