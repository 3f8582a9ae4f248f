package org.guichet.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The tenant a web request was resolved to, for controllers and templates. */
public final class CurrentTenant {

    private CurrentTenant() {}

    /** The request's tenant, or empty on the platform host. */
    public static Optional<Tenant> of(HttpServletRequest request) {
        return Optional.ofNullable((Tenant) request.getAttribute(TenantResolutionFilter.TENANT_ATTRIBUTE));
    }
}
