package org.guichet.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Remembers, in the session, the browser and address it was opened from, so that the person can
 * recognise it in their list of sessions. Recorded on every successful sign-in, password or OpenID
 * Connect alike; the session keeps its attributes when its id changes right after.
 */
@Component
class SessionDetails {

    static final String USER_AGENT = "guichet.session.user-agent";
    static final String ADDRESS = "guichet.session.address";
    /** Enough for any real browser's User-Agent; a longer header is cut, not stored whole. */
    private static final int MAX_USER_AGENT = 512;

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String userAgent = request.getHeader("User-Agent");
            if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
                userAgent = userAgent.substring(0, MAX_USER_AGENT);
            }
            var session = request.getSession(true);
            session.setAttribute(USER_AGENT, userAgent);
            session.setAttribute(ADDRESS, request.getRemoteAddr());
        }
    }
}
