package org.guichet.identity.internal.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.guichet.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

class DiscoveryCacheTest {

    private final TenantId tenantA = new TenantId(UUID.randomUUID());
    private final TenantId tenantB = new TenantId(UUID.randomUUID());
    private final List<String> fetched = new ArrayList<>();
    private Instant now = Instant.parse("2026-11-24T10:00:00Z");
    private boolean failing;

    private final DiscoveryCache cache = new DiscoveryCache(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }, issuer -> {
        fetched.add(issuer);
        if (failing) {
            throw new IllegalStateException("connection refused");
        }
        return ClientRegistration.withRegistrationId("discovered").clientId("discovered")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri(issuer + "/authorize").tokenUri(issuer + "/token").build();
    });

    @Test
    void fetchesOncePerTenantAndRegistrationWithinTheTimeToLive() {
        cache.discovered(tenantA, "fc", "https://idp.example.org");
        cache.discovered(tenantA, "fc", "https://idp.example.org");
        cache.discovered(tenantB, "fc", "https://idp.example.org");

        assertThat(fetched).hasSize(2);
    }

    @Test
    void fetchesAgainOnceTheTimeToLiveIsOverOrTheIssuerChanged() {
        cache.discovered(tenantA, "fc", "https://idp.example.org");
        now = now.plus(DiscoveryCache.TTL).plusSeconds(1);
        cache.discovered(tenantA, "fc", "https://idp.example.org");
        cache.discovered(tenantA, "fc", "https://other.example.org");

        assertThat(fetched).containsExactly("https://idp.example.org", "https://idp.example.org", "https://other.example.org");
    }

    @Test
    void remembersAFailureBrieflyThenRetries() {
        failing = true;
        assertThatThrownBy(() -> cache.discovered(tenantA, "fc", "https://idp.example.org"))
                .isInstanceOf(OidcProviderUnavailableException.class);
        assertThatThrownBy(() -> cache.discovered(tenantA, "fc", "https://idp.example.org"))
                .isInstanceOf(OidcProviderUnavailableException.class);
        assertThat(fetched).hasSize(1);

        failing = false;
        now = now.plus(DiscoveryCache.FAILURE_TTL).plus(Duration.ofSeconds(1));
        assertThat(cache.discovered(tenantA, "fc", "https://idp.example.org").getProviderDetails().getAuthorizationUri())
                .isEqualTo("https://idp.example.org/authorize");
        assertThat(fetched).hasSize(2);
    }

    @Test
    void evictionForcesAFreshDocument() {
        cache.discovered(tenantA, "fc", "https://idp.example.org");
        cache.evict(tenantA, "fc");
        cache.discovered(tenantA, "fc", "https://idp.example.org");

        assertThat(fetched).hasSize(2);
    }
}
