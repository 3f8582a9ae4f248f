package org.guichet.identity.internal;

import java.time.Clock;
import org.guichet.identity.IdentityEvent;
import org.guichet.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirms an address when its link is opened: once. The password chosen with that sign-up becomes
 * the account's, and every other confirmation link of the account stops working.
 */
@Component
class EmailVerification {

    /** What opening a link did. */
    enum Outcome { VERIFIED, EXPIRED, USED, UNKNOWN }

    private final AccountTokens tokens;
    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmailVerification(AccountTokens tokens, AccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Outcome verify(String token, String address) {
        return switch (tokens.find(token, AccountTokens.Purpose.VERIFY_EMAIL)) {
            case AccountTokens.Lookup.Valid valid -> {
                tokens.retireAll(valid.account(), AccountTokens.Purpose.VERIFY_EMAIL);
                if (valid.pendingPasswordHash() != null) {
                    accounts.updatePasswordHash(valid.account(), valid.pendingPasswordHash());
                }
                accounts.markVerified(valid.account(), clock.instant());
                events.publishEvent(new IdentityEvent(TenantContext.require(), valid.account().toString(),
                        "identity.email-verified", valid.account().toString(), address));
                yield Outcome.VERIFIED;
            }
            case AccountTokens.Lookup.Expired expired -> Outcome.EXPIRED;
            case AccountTokens.Lookup.Used used -> Outcome.USED;
            case AccountTokens.Lookup.Unknown unknown -> Outcome.UNKNOWN;
        };
    }
}
