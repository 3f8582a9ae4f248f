package org.guichet.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.identity.IdentityEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes every sign-out, by password or provider session, to the audit trail. */
@Component
class SignOutAudit implements LogoutHandler {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    SignOutAudit(ApplicationEventPublisher events, TransactionTemplate tx) {
        this.events = events;
        this.tx = tx;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof GuichetPrincipal p) {
            // The audit listener runs after commit: publish inside a transaction, or the event is dropped.
            tx.executeWithoutResult(status -> events.publishEvent(new IdentityEvent(p.tenantId().orElse(null),
                    p.accountId().toString(), "identity.sign-out", p.accountId().toString(), Portals.clientAddress(request))));
        }
    }
}
