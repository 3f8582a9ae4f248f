package org.guichet.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The production switch refuses demo data and development implementations. */
class PlatformModeTest {

    @Test
    void demoIsOnByDefaultOutsideProduction() {
        assertThat(new PlatformMode(false, null).demo()).isTrue();
    }

    @Test
    void demoIsOffByDefaultInProduction() {
        assertThat(new PlatformMode(true, null).demo()).isFalse();
    }

    @Test
    void refusesDemoDataInProduction() {
        assertThatThrownBy(() -> new PlatformMode(true, true)).hasMessageContaining("refused in production");
    }

    @Test
    void refusesDevelopmentImplementationsInProduction() {
        assertThatThrownBy(() -> new PlatformMode(true, false).refuseInProduction("The email channel 'log'"))
                .hasMessageContaining("refused in production");
        new PlatformMode(false, false).refuseInProduction("The email channel 'log'");
    }
}
