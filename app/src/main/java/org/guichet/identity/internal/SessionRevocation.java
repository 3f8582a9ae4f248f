package org.guichet.identity.internal;

import org.guichet.identity.IdentityEvent;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person ends their own sessions from the list. In a transaction so that the audit event, which
 * is delivered after commit, is recorded.
 */
@Component
class SessionRevocation {

    private final AccountSessions sessions;
    private final ApplicationEventPublisher events;

    SessionRevocation(AccountSessions sessions, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.events = events;
    }

    /** Ends the account's other session named {@code handle}; false when there is none. */
    @Transactional
    boolean endOne(TenantId tenant, AccountId account, String handle, String currentSession, String address) {
        if (!sessions.end(account, handle, currentSession)) {
            return false;
        }
        audit(tenant, account, "identity.session.revoked", address);
        return true;
    }

    /** Ends every session of the account but the current one. */
    @Transactional
    void endOthers(TenantId tenant, AccountId account, String currentSession, String address) {
        if (currentSession != null && sessions.endAllExcept(account, currentSession) > 0) {
            audit(tenant, account, "identity.session.revoked-others", address);
        }
    }

    private void audit(TenantId tenant, AccountId account, String action, String address) {
        events.publishEvent(new IdentityEvent(tenant, account.toString(), action, account.toString(), address));
    }
}
