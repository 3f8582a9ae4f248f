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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenants of the platform: resolved from hostnames on every request (cached briefly), created
 * and changed by platform administrators.
 */
@Service
public class TenantManagement {

    private static final Duration CACHE_TTL = Duration.ofSeconds(30);
    private static final String PLATFORM = "platform";

    private final TenantRepository tenants;
    private final TenantScope tenantScope;
    private final ApplicationEventPublisher events;
    private final ConcurrentHashMap<String, Cached> byHost = new ConcurrentHashMap<>();

    TenantManagement(TenantRepository tenants, TenantScope tenantScope, ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.tenantScope = tenantScope;
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

    /** Creates a tenant on behalf of the platform itself (demo data, tests). */
    @Transactional
    public TenantId create(NewTenant tenant) {
        return create(tenant, PLATFORM);
    }

    /**
     * Creates a tenant answering on {@code hostname}.
     *
     * @param actor who asks, for the audit trail
     * @throws TenantConflictException when the slug or the hostname is already used
     */
    @Transactional
    public TenantId create(NewTenant tenant, String actor) {
        if (tenants.findBySlug(tenant.slug()).isPresent()) {
            throw new TenantConflictException("slug");
        }
        if (tenants.hostnameTaken(tenant.hostname())) {
            throw new TenantConflictException("hostname");
        }
        TenantId id;
        try {
            id = tenants.insert(tenant.slug(), tenant.name(), tenant.kind(), tenant.timeZone(), tenant.contact());
            tenants.addHostname(id, tenant.hostname());
        } catch (DuplicateKeyException e) {
            // Another administrator took the slug or hostname between the checks and the insert; the
            // transaction is now aborted, so the constraint's name tells which one.
            throw new TenantConflictException(String.valueOf(e.getMessage()).contains("tenant_hostname") ? "hostname" : "slug");
        }
        byHost.clear();
        events.publishEvent(new TenantCreated(id, tenant.slug(), tenant.name(), actor));
        return id;
    }

    /**
     * Creates a tenant and asks for its first administrator to be invited, in one transaction:
     * the invitation is sent only if the tenant exists.
     *
     * @param portalUrl the new portal's base URL, for the invitation link
     * @throws TenantConflictException when the slug or the hostname is already used
     */
    @Transactional
    public TenantId createWithAdministrator(NewTenant tenant, String administratorEmail, String portalUrl, String actor) {
        TenantId id = create(tenant, actor);
        events.publishEvent(new TenantAdministratorDesignated(id, administratorEmail, portalUrl, actor));
        return id;
    }

    /**
     * Asks for an administrator to be invited into an existing tenant, e.g. when the first
     * administrator's invitation expired; returns false when there is no such tenant.
     */
    @Transactional
    public boolean designateAdministrator(TenantId id, String administratorEmail, String portalUrl, String actor) {
        if (tenants.findById(id).isEmpty()) {
            return false;
        }
        events.publishEvent(new TenantAdministratorDesignated(id, administratorEmail, portalUrl, actor));
        return true;
    }

    /** Changes what the tenant's portal shows of it, on behalf of the platform itself (demo data). */
    @Transactional
    public void update(TenantId id, String name, TenantKind kind, ZoneId zone, String primaryColour, Tenant.Contact contact) {
        update(id, new TenantChanges(name, kind, zone, primaryColour, contact), PLATFORM);
    }

    /** Changes what the tenant's portal shows of it; returns false when there is no such tenant. */
    @Transactional
    public boolean update(TenantId id, TenantChanges changes, String actor) {
        boolean updated = tenants.update(id, changes.name(), changes.kind(), changes.timeZone(),
                changes.primaryColour(), changes.contact());
        if (updated) {
            byHost.clear();
            events.publishEvent(new TenantUpdated(id, actor, "updated"));
        }
        return updated;
    }

    /**
     * Makes the tenant answer on one more hostname.
     *
     * @throws TenantConflictException when the hostname is already used
     */
    @Transactional
    public void addHostname(TenantId id, String hostname, String actor) {
        if (tenants.hostnameTaken(hostname)) {
            throw new TenantConflictException("hostname");
        }
        try {
            tenants.addHostname(id, hostname);
        } catch (DuplicateKeyException e) {
            throw new TenantConflictException("hostname");
        }
        byHost.clear();
        events.publishEvent(new TenantUpdated(id, actor, "hostname-added"));
    }

    /**
     * Stores the tenant's logo, replacing any previous one. The type is read from the content.
     *
     * @throws InvalidLogoException when the content is empty, too large, or not a PNG or JPEG image
     */
    @Transactional
    public void storeLogo(TenantId id, byte[] bytes, String actor) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidLogoException(InvalidLogoException.Reason.EMPTY);
        }
        if (bytes.length > TenantLogo.MAX_BYTES) {
            throw new InvalidLogoException(InvalidLogoException.Reason.TOO_LARGE);
        }
        String type = TenantLogo.detectType(bytes);
        if (type == null) {
            throw new InvalidLogoException(InvalidLogoException.Reason.NOT_AN_IMAGE);
        }
        tenantScope.run(id, () -> tenants.upsertLogo(id, type, bytes));
        byHost.clear();
        events.publishEvent(new TenantUpdated(id, actor, "logo-changed"));
    }

    /** The tenant's logo, if one was uploaded. */
    @Transactional(readOnly = true)
    public Optional<TenantLogo> logo(TenantId id) {
        return tenantScope.call(id, () -> tenants.findLogo(id));
    }

    /** What a platform administrator gives to create a tenant. */
    public record NewTenant(String slug, String name, TenantKind kind, ZoneId timeZone, String hostname, Tenant.Contact contact) {}

    /** What a platform administrator may change in a tenant. */
    public record TenantChanges(String name, TenantKind kind, ZoneId timeZone, String primaryColour, Tenant.Contact contact) {}

    private record Cached(Optional<Tenant> tenant, long loadedAt) {}
}
