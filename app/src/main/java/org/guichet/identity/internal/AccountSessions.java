package org.guichet.identity.internal;

import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guichet.shared.AccountId;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions an account has open, as Spring Session indexes them by principal name (the account
 * id, unique across tenants). Only the account's own sessions can be seen or ended through here.
 */
@Component
class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> repository;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> repository) {
        this.repository = repository;
    }

    /**
     * One open session, for the person's own list. Pages and URLs name it by {@code handle}, a hash
     * of its id: the id itself is what the session cookie carries, so it must not appear in HTML,
     * logs or browser history.
     */
    record OpenSession(String id, String handle, Instant createdAt, Instant lastAccessedAt, String userAgent,
            String address) {}

    /** The account's sessions still alive, most recently used first. */
    List<OpenSession> list(AccountId account) {
        return live(account).values().stream()
                .map(s -> new OpenSession(s.getId(), handle(s.getId()), s.getCreationTime(), s.getLastAccessedTime(),
                        s.getAttribute(SessionDetails.USER_AGENT), s.getAttribute(SessionDetails.ADDRESS)))
                .sorted(Comparator.comparing(OpenSession::lastAccessedAt).reversed())
                .toList();
    }

    /**
     * Ends the account's session named {@code handle}, unless it is {@code current}; false when no
     * such other session of the account exists.
     */
    boolean end(AccountId account, String handle, String current) {
        Optional<String> id = live(account).keySet().stream()
                .filter(candidate -> !candidate.equals(current) && handle(candidate).equals(handle))
                .findFirst();
        id.ifPresent(repository::deleteById);
        return id.isPresent();
    }

    /** Ends every session of the account but {@code keep} (null to end them all); how many ended. */
    int endAllExcept(AccountId account, String keep) {
        List<String> ids = repository.findByPrincipalName(account.toString()).keySet().stream()
                .filter(id -> !id.equals(keep)).toList();
        ids.forEach(repository::deleteById);
        return ids.size();
    }

    static String handle(String sessionId) {
        byte[] digest = AccountTokens.hash("session:" + sessionId);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    }

    private Map<String, Session> live(AccountId account) {
        Map<String, Session> live = new HashMap<>();
        repository.findByPrincipalName(account.toString()).forEach((id, session) -> {
            if (!session.isExpired()) {
                live.put(id, session);
            }
        });
        return live;
    }
}
