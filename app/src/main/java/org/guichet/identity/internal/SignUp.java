package org.guichet.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.guichet.identity.IdentityEvent;
import org.guichet.shared.AccountId;
import org.guichet.tenancy.Tenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a citizen's account, unconfirmed until the emailed link is opened. The visitor learns
 * nothing about whether the address already had an account: the answer is the same, and only the
 * address's owner is told, by email.
 */
@Component
class SignUp {

    static final Duration LINK_VALIDITY = Duration.ofHours(24);
    /** More verification mails than this per hour to one address are not sent. */
    static final int MAX_LINKS_PER_HOUR = 5;
    /** At most one "someone tried to sign up with your address" notice per hour. */
    static final Duration NOTICE_INTERVAL = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final PasswordEncoder encoder;
    private final IdentityMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignUp(AccountRepository accounts, AccountTokens tokens, PasswordEncoder encoder, IdentityMails mails,
            ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.tokens = tokens;
        this.encoder = encoder;
        this.mails = mails;
        this.events = events;
    }

    /** What a visitor typed, already checked by {@link SignUpForm#validate}. */
    record Request(String givenName, String familyName, String email, String password, Locale locale, String address) {}

    @Transactional
    void register(IdentityMails.Portal portal, Request request) {
        Tenant tenant = portal.tenant();
        // Hashing always, even for a known address, keeps the answer's timing from telling them apart.
        String hash = encoder.encode(request.password());
        String language = request.locale().getLanguage();
        var created = accounts.insertUnverified(tenant.id(), request.email(), request.givenName(),
                request.familyName(), hash, language);
        if (created.isPresent()) {
            AccountId account = created.get();
            String token = tokens.issue(account, AccountTokens.Purpose.VERIFY_EMAIL, LINK_VALIDITY, hash);
            mails.verification(portal, request.email(), request.locale(), token);
            audit(portal, account.toString(), "identity.sign-up", account, request.address());
            return;
        }
        var existing = accounts.findByEmail(request.email()).orElseThrow();
        AccountId account = existing.accountId();
        if (existing.disabledAt() != null) {
            audit(portal, "anonymous", "identity.sign-up.disabled-account", account, request.address());
        } else if (existing.emailVerifiedAt() != null) {
            Instant now = clock.instant();
            if (accounts.claimSignUpNotice(account, now, now.minus(NOTICE_INTERVAL))) {
                mails.alreadyRegistered(portal, existing.email(), Locale.forLanguageTag(existing.locale()));
            }
            audit(portal, "anonymous", "identity.sign-up.existing-account", account, request.address());
        } else {
            accounts.updateUnverified(account, request.givenName(), request.familyName(), hash, language);
            if (tokens.issuedSince(account, AccountTokens.Purpose.VERIFY_EMAIL, Duration.ofHours(1)) < MAX_LINKS_PER_HOUR) {
                String token = tokens.issue(account, AccountTokens.Purpose.VERIFY_EMAIL, LINK_VALIDITY, hash);
                mails.verification(portal, existing.email(), request.locale(), token);
            }
            audit(portal, "anonymous", "identity.sign-up.repeated", account, request.address());
        }
    }

    private void audit(IdentityMails.Portal portal, String actor, String action, AccountId target, String address) {
        events.publishEvent(new IdentityEvent(portal.tenant().id(), actor, action, target.toString(), address));
    }
}
