package org.guichet.identity.internal.agents;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.guichet.identity.GuichetPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the agent pages read from a request: who asks, and the portal's own address. */
final class Requests {

    private Requests() {}

    /** The signed-in person, if any (an anonymous visitor has no {@link GuichetPrincipal}). */
    static Optional<GuichetPrincipal> principal(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof GuichetPrincipal p
                ? Optional.of(p) : Optional.empty();
    }

    /** The signed-in agent as the audit trail names them; only called behind the URL rules for agents. */
    static Actor actor(Authentication authentication, HttpServletRequest request) {
        GuichetPrincipal principal = principal(authentication).orElseThrow();
        return new Actor(principal.accountId().toString(), principal.accountId().value(), request.getRemoteAddr());
    }

    /** The scheme, host and port this request came to: the tenant's portal. */
    static String portalUrl(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).replaceQuery(null)
                .build().toUriString();
    }
}
