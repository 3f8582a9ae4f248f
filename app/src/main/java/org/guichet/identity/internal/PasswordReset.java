package org.guichet.identity.internal;

import java.time.Clock;
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
 * "Forgotten password": a link emailed to the account's address, valid one hour, that lets whoever
 * reads that mailbox choose a new password. The visitor's answer never says whether the address
 * has an account. Using a link ends every session of the account and confirms its address.
 */
@Component
class PasswordReset {

    static final Duration LINK_VALIDITY = Duration.ofHours(1);
    /** More reset mails than this per hour to one address are not sent. */
    static final int MAX_LINKS_PER_HOUR = 5;

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final PasswordEncoder encoder;
    private final AccountSessions sessions;
    private final IdentityMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordReset(AccountRepository accounts, AccountTokens tokens, PasswordEncoder encoder, AccountSessions sessions,
            IdentityMails mails, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.encoder = encoder;
        this.sessions = sessions;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    /** The account a usable link leads to, or why the link cannot be used. */
    sealed interface Link {
        record Usable(AccountRepository.StoredAccount account) implements Link {}
        record Unusable(AccountTokens.Lookup lookup) implements Link {}
    }

    @Transactional
    void request(IdentityMails.Portal portal, String email, String address) {
        Optional<AccountRepository.StoredAccount> found = accounts.findByEmail(email).filter(a -> a.disabledAt() == null);
        if (found.isEmpty()) {
            return;
        }
        var account = found.get();
        if (tokens.issuedSince(account.accountId(), AccountTokens.Purpose.RESET_PASSWORD, Duration.ofHours(1))
                >= MAX_LINKS_PER_HOUR) {
            audit(portal, "anonymous", "identity.password-reset.refused-too-many", account.accountId(), address);
            return;
        }
        String token = tokens.issue(account.accountId(), AccountTokens.Purpose.RESET_PASSWORD, LINK_VALIDITY, null);
        mails.reset(portal, account.email(), Locale.forLanguageTag(account.locale()), token);
        audit(portal, "anonymous", "identity.password-reset.requested", account.accountId(), address);
    }

    /** Whether {@code token} can still be used, without using it. */
    @Transactional
    Link check(String token) {
        return switch (tokens.find(token, AccountTokens.Purpose.RESET_PASSWORD)) {
            case AccountTokens.Lookup.Valid valid -> accounts.findById(valid.account())
                    .filter(a -> a.disabledAt() == null)
                    .<Link>map(Link.Usable::new)
                    .orElseGet(() -> new Link.Unusable(new AccountTokens.Lookup.Unknown()));
            case AccountTokens.Lookup other -> new Link.Unusable(other);
        };
    }

    /**
     * Sets the new password, already checked against the policy, if the link is still usable; then
     * retires every reset and confirmation link of the account and ends all its sessions.
     */
    @Transactional
    Link complete(IdentityMails.Portal portal, String token, String newPassword, String address) {
        Link link = check(token);
        if (link instanceof Link.Usable(var account)) {
            AccountId id = account.accountId();
            accounts.updatePasswordHash(id, encoder.encode(newPassword));
            accounts.markVerified(id, clock.instant());
            tokens.retireAll(id, AccountTokens.Purpose.RESET_PASSWORD);
            // An older confirmation link carries the password of its sign-up: it must not undo this one.
            tokens.retireAll(id, AccountTokens.Purpose.VERIFY_EMAIL);
            sessions.endAllExcept(id, null);
            mails.passwordChanged(portal, account.email(), Locale.forLanguageTag(account.locale()));
            audit(portal, id.toString(), "identity.password-reset.completed", id, address);
        }
        return link;
    }

    private void audit(IdentityMails.Portal portal, String actor, String action, AccountId target, String address) {
        events.publishEvent(new IdentityEvent(portal.tenant().id(), actor, action, target.toString(), address));
    }
}
