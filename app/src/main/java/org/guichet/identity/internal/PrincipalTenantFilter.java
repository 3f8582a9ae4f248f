package org.guichet.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.TenantContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds a session to the tenant it was opened on: a session presented on another tenant's host
 * counts as nobody. On every page request the account's roles are read again, so a revoked role or
 * a disabled account takes effect at once rather than at the next sign-in.
 */
@Component
class PrincipalTenantFilter extends OncePerRequestFilter {

    private final PrincipalRefresher refresher;

    PrincipalTenantFilter(PrincipalRefresher refresher) {
        this.refresher = refresher;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof GuichetPrincipal principal) {
            Optional<TenantId> requestTenant = TenantContext.current();
            if (!Objects.equals(principal.tenantId(), requestTenant)) {
                SecurityContextHolder.clearContext();
            } else {
                refresher.refresh(auth).ifPresentOrElse(
                        fresh -> SecurityContextHolder.getContext().setAuthentication(fresh),
                        () -> {
                            SecurityContextHolder.clearContext();
                            request.getSession().invalidate();
                        });
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.startsWith("/webjars/") || uri.startsWith("/assets/") || uri.startsWith("/css/")
                || uri.startsWith("/js/") || uri.equals("/theme.css");
    }
}
