package org.guichet.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.guichet.tenancy.CurrentTenant;
import org.guichet.tenancy.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The tenant portal a request came through: account pages exist only there, not on the platform host. */
final class Portals {

    private Portals() {}

    static Tenant tenant(HttpServletRequest request) {
        return CurrentTenant.of(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The portal as links in mails should reach it. The host is safe to reuse: a request whose Host
     * header is not one of a tenant's hostnames never gets this far.
     */
    static IdentityMails.Portal of(HttpServletRequest request) {
        return new IdentityMails.Portal(tenant(request),
                ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).toUriString());
    }

    static String clientAddress(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
