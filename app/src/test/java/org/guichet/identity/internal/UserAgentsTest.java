package org.guichet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Short browser names a person recognises in their list of sessions. */
class UserAgentsTest {

    @Test
    void namesTheCommonBrowsersAndSystems() {
        assertThat(UserAgents.describe(PortalClient.FIREFOX_WINDOWS)).isEqualTo("Firefox 128 · Windows");
        assertThat(UserAgents.describe("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/126.0.0.0 Mobile Safari/537.36")).isEqualTo("Chrome 126 · Android");
        assertThat(UserAgents.describe("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")).isEqualTo("Safari 17 · iOS");
        assertThat(UserAgents.describe("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, "
                + "like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0")).isEqualTo("Edge 126 · macOS");
        assertThat(UserAgents.describe("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "HeadlessChrome/156.0.0.0 Safari/537.36")).isEqualTo("Chrome 156 · Linux");
    }

    @Test
    void saysNothingForMissingOrUnknownAgents() {
        assertThat(UserAgents.describe(null)).isNull();
        assertThat(UserAgents.describe("  ")).isNull();
        assertThat(UserAgents.describe("curl/8.5.0")).isNull();
    }
}
