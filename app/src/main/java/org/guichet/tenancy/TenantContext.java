package org.guichet.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.guichet.shared.TenantId;

/**
 * The tenant the current thread works for. Every database connection taken while it is set
 * carries it as the row-level-security setting; with none set, tenant-owned tables show no row.
 * Web requests get it from the Host header; jobs and event listeners set it from their payload.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static Optional<TenantId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static TenantId require() {
        TenantId id = CURRENT.get();
        if (id == null) {
            throw new IllegalStateException("No tenant is set for this thread");
        }
        return id;
    }

    /** Runs {@code work} for {@code tenant}, restoring the previous tenant afterwards. */
    public static <T> T callAs(TenantId tenant, Supplier<T> work) {
        TenantId previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(TenantId tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    static void set(TenantId tenant) {
        restore(tenant);
    }

    private static void restore(TenantId tenant) {
        if (tenant == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(tenant);
        }
    }
}
