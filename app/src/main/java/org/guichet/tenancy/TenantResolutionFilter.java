package org.guichet.tenancy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves the tenant from the Host header before anything else runs. The platform's own host
 * serves the platform administration; an unknown host gets a plain 404 that says nothing about
 * which tenants exist. Health checks answer on any host, as load balancers call them by address.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TenantResolutionFilter extends OncePerRequestFilter {

    /** Request attribute holding the resolved {@link Tenant}, absent on the platform host. */
    static final String TENANT_ATTRIBUTE = Tenant.class.getName();

    private final TenantManagement tenants;
    private final String platformHost;

    TenantResolutionFilter(TenantManagement tenants, @Value("${guichet.platform-host:localhost}") String platformHost) {
        this.tenants = tenants;
        this.platformHost = platformHost;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getServerName();
        if (host == null || host.equalsIgnoreCase(platformHost) || request.getRequestURI().startsWith("/actuator/")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Tenant> tenant = tenants.findByHostname(host);
        if (tenant.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Not found\n");
            return;
        }
        request.setAttribute(TENANT_ATTRIBUTE, tenant.get());
        TenantContext.set(tenant.get().id());
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.set(null);
        }
    }
}
