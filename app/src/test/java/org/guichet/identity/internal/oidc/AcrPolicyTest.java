package org.guichet.identity.internal.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcrPolicyTest {

    @Test
    void anythingGoesWhenNothingWasRequested() {
        assertThat(AcrPolicy.satisfied(List.of(), null)).isTrue();
        assertThat(AcrPolicy.satisfied(List.of(), "eidas1")).isTrue();
    }

    @Test
    void aMissingLevelNeverSatisfiesARequest() {
        assertThat(AcrPolicy.satisfied(List.of("eidas1"), null)).isFalse();
        assertThat(AcrPolicy.satisfied(List.of("eidas1"), " ")).isFalse();
    }

    @Test
    void eidasLevelsAtOrAboveTheLowestRequestedOneAreAccepted() {
        assertThat(AcrPolicy.satisfied(List.of("eidas2"), "eidas2")).isTrue();
        assertThat(AcrPolicy.satisfied(List.of("eidas2"), "eidas3")).isTrue();
        assertThat(AcrPolicy.satisfied(List.of("eidas2", "eidas3"), "eidas2")).isTrue();
        assertThat(AcrPolicy.satisfied(List.of("eidas2"), "eidas1")).isFalse();
    }

    @Test
    void otherLevelsMustMatchExactly() {
        assertThat(AcrPolicy.satisfied(List.of("https://proconnect.gouv.fr/assurance/self-asserted"),
                "https://proconnect.gouv.fr/assurance/self-asserted")).isTrue();
        assertThat(AcrPolicy.satisfied(List.of("substantial"), "low")).isFalse();
        assertThat(AcrPolicy.satisfied(List.of("eidas1"), "eidas1-ish")).isFalse();
        assertThat(AcrPolicy.satisfied(List.of("loa2"), "eidas3")).isFalse();
    }
}
