package org.guichet.tenancy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.internal.TenantRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenants of the platform: resolved from hostnames on every request (cached briefly), created
 * and changed by platform administrators.
 */
@Service
public class TenantManagement {

    private static final Duration CACHE_TTL = Duration.ofSeconds(30);

    private final TenantRepository tenants;
    private final ApplicationEventPublisher events;
    private final ConcurrentHashMap<String, Cached> byHost = new ConcurrentHashMap<>();

    TenantManagement(TenantRepository tenants, ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.events = events;
    }

    /** The tenant answering on {@code hostname}, if any; looked up at most every 30 seconds. */
    public Optional<Tenant> findByHostname(String hostname) {
        String key = hostname.toLowerCase(Locale.ROOT);
        long now = System.nanoTime();
        Cached cached = byHost.get(key);
        if (cached != null && now - cached.loadedAt < CACHE_TTL.toNanos()) {
            return cached.tenant;
        }
        Optional<Tenant> tenant = tenants.findByHostname(key);
        byHost.put(key, new Cached(tenant, now));
        return tenant;
    }

    public Optional<Tenant> findById(TenantId id) {
        return tenants.findById(id);
    }

    public Optional<Tenant> findBySlug(String slug) {
        return tenants.findBySlug(slug);
    }

    public List<Tenant> all() {
        return tenants.findAll();
    }

    /**
     * Creates a tenant answering on {@code hostname}.
     *
     * @throws TenantConflictException when the slug or the hostname is already used
     */
    @Transactional
    public TenantId create(NewTenant tenant) {
        if (tenants.findBySlug(tenant.slug()).isPresent()) {
            throw new TenantConflictException("slug");
        }
        if (tenants.hostnameTaken(tenant.hostname())) {
            throw new TenantConflictException("hostname");
        }
        TenantId id = tenants.insert(tenant.slug(), tenant.name(), tenant.kind(), tenant.timeZone(), tenant.contact());
        tenants.addHostname(id, tenant.hostname());
        byHost.clear();
        events.publishEvent(new TenantCreated(id, tenant.slug(), tenant.name()));
        return id;
    }

    /** Changes what the tenant's portal shows of it. */
    @Transactional
    public void update(TenantId id, String name, TenantKind kind, ZoneId zone, String primaryColour, Tenant.Contact contact) {
        tenants.update(id, name, kind, zone, primaryColour, contact);
        byHost.clear();
        events.publishEvent(new TenantUpdated(id));
    }

    /** What a platform administrator gives to create a tenant. */
    public record NewTenant(String slug, String name, TenantKind kind, ZoneId timeZone, String hostname, Tenant.Contact contact) {}

    private record Cached(Optional<Tenant> tenant, long loadedAt) {}
}
