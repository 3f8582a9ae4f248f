package org.guichet.identity.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.guichet.identity.IdentityEvent;
import org.guichet.shared.AccountId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person changes their password. The current password is required, and wrong guesses
 * count towards the same throttle as sign-in, so that a borrowed session cannot be used to find it.
 * Every other session of the account ends; the one used for the change stays open.
 */
@Component
class PasswordChange {

    /** What the attempt did; {@code minutes} is the wait when throttled. */
    record Result(Outcome outcome, long minutes) {}

    enum Outcome { CHANGED, WRONG_CURRENT, THROTTLED }

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AccountSessions sessions;
    private final IdentityMails mails;
    private final ApplicationEventPublisher events;

    PasswordChange(AccountRepository accounts, PasswordEncoder encoder, LoginThrottle throttle,
            AccountSessions sessions, IdentityMails mails, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.sessions = sessions;
        this.mails = mails;
        this.events = events;
    }

    @Transactional(readOnly = true)
    Optional<AccountRepository.StoredAccount> account(AccountId id) {
        return accounts.findById(id);
    }

    /**
     * Changes the password of {@code account}; {@code newPassword} was already checked against the
     * policy.
     *
     * @param currentSession the session to keep open
     */
    @Transactional
    Result change(IdentityMails.Portal portal, AccountRepository.StoredAccount account, String currentPassword,
            String newPassword, String currentSession, String address) {
        AccountId id = account.accountId();
        String accountKey = LoginThrottle.accountKey(portal.tenant().id().toString(), account.email());
        String addressKey = LoginThrottle.addressKey(address);
        Optional<Duration> wait = throttle.blockedFor(accountKey, addressKey);
        if (wait.isPresent()) {
            audit(portal, id, "identity.password-change.throttled", address);
            return new Result(Outcome.THROTTLED, Math.max(1, (wait.get().toSeconds() + 59) / 60));
        }
        if (account.passwordHash() == null || !encoder.matches(currentPassword, account.passwordHash())) {
            throttle.recordFailure(accountKey, addressKey);
            audit(portal, id, "identity.password-change.refused", address);
            return new Result(Outcome.WRONG_CURRENT, 0);
        }
        throttle.recordSuccess(accountKey);
        accounts.updatePasswordHash(id, encoder.encode(newPassword));
        sessions.endAllExcept(id, currentSession);
        mails.passwordChanged(portal, account.email(), Locale.forLanguageTag(account.locale()));
        audit(portal, id, "identity.password.changed", address);
        return new Result(Outcome.CHANGED, 0);
    }

    private void audit(IdentityMails.Portal portal, AccountId id, String action, String address) {
        events.publishEvent(new IdentityEvent(portal.tenant().id(), id.toString(), action, id.toString(), address));
    }
}
