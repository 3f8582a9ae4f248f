package org.guichet.identity.internal.oidc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.guichet.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * What each provider's discovery document says (endpoints, JWKS location, end-session endpoint),
 * fetched on first use — never at start-up, where an unreachable provider would stop the platform —
 * and kept per (tenant, registration) for a bounded time, so that key rotations and endpoint moves
 * are picked up. A failure is remembered briefly, so that a provider that is down does not make
 * every sign-in click wait for a network timeout.
 */
@Component
class DiscoveryCache {

    static final Duration TTL = Duration.ofMinutes(15);
    static final Duration FAILURE_TTL = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 10_000;
    private static final Logger log = LoggerFactory.getLogger(DiscoveryCache.class);

    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Function<String, ClientRegistration> discovery;

    @Autowired
    DiscoveryCache(Clock clock) {
        this(clock, DiscoveryCache::discover);
    }

    DiscoveryCache(Clock clock, Function<String, ClientRegistration> discovery) {
        this.clock = clock;
        this.discovery = discovery;
    }

    /**
     * The provider details discovered at {@code issuerUri}, as a registration with placeholder
     * client settings that the caller replaces.
     *
     * @throws OidcProviderUnavailableException when the document cannot be read
     */
    ClientRegistration discovered(TenantId tenant, String registrationId, String issuerUri) {
        Key key = new Key(tenant, registrationId);
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry == null || !entry.issuerUri.equals(issuerUri) || now.isAfter(entry.expiresAt)) {
            entry = load(registrationId, issuerUri, now);
            if (entries.size() >= MAX_ENTRIES) {
                entries.values().removeIf(e -> now.isAfter(e.expiresAt));
            }
            entries.put(key, entry);
        }
        if (entry.failure != null) {
            throw new OidcProviderUnavailableException(registrationId, entry.failure);
        }
        return entry.registration;
    }

    /** Forgets a provider's document, e.g. after an administrator changed it. */
    void evict(TenantId tenant, String registrationId) {
        entries.remove(new Key(tenant, registrationId));
    }

    private Entry load(String registrationId, String issuerUri, Instant now) {
        try {
            return new Entry(issuerUri, discovery.apply(issuerUri), null, now.plus(TTL));
        } catch (RuntimeException e) {
            log.warn("Discovery of OpenID Connect provider {} at {} failed: {}", registrationId, issuerUri, e.toString());
            return new Entry(issuerUri, null, e, now.plus(FAILURE_TTL));
        }
    }

    private static ClientRegistration discover(String issuerUri) {
        return ClientRegistrations.fromIssuerLocation(issuerUri)
                .registrationId("discovered")
                .clientId("discovered")
                .build();
    }

    private record Key(TenantId tenant, String registrationId) {}

    private record Entry(String issuerUri, ClientRegistration registration, RuntimeException failure, Instant expiresAt) {}
}
