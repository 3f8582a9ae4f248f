package org.guichet.identity.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.guichet.identity.IdentityEvent;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs in with an email and a password: on a tenant's host against that tenant's accounts, on
 * the platform host against the platform administrators. Throttled; the same answer and about the
 * same time whether or not the account exists.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final AccountRepository accounts;
    private final BoundedArgon2PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final String dummyHash;

    PasswordAuthenticationProvider(AccountRepository accounts, BoundedArgon2PasswordEncoder encoder, LoginThrottle throttle,
            ApplicationEventPublisher events, TransactionTemplate tx) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.events = events;
        this.tx = tx;
        // Unknown addresses are checked against it, to spend the same time as known ones.
        this.dummyHash = encoder.hashNobodyMatches();
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String email = String.valueOf(request.getPrincipal()).strip();
        String password = String.valueOf(request.getCredentials());
        String address = request.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
        Optional<TenantId> tenant = TenantContext.current();
        String accountKey = LoginThrottle.accountKey(tenant.map(TenantId::toString).orElse("platform"), email);
        String addressKey = LoginThrottle.addressKey(address);

        // The audit listener runs after commit: the refusal is thrown only once its event is committed.
        Optional<Duration> wait = tx.execute(status -> {
            Optional<Duration> blocked = throttle.blockedFor(accountKey, addressKey);
            blocked.ifPresent(w -> events.publishEvent(
                    new IdentityEvent(tenant.orElse(null), "anonymous", "identity.sign-in.throttled", email, address)));
            return blocked;
        });
        if (wait.isPresent()) {
            throw new ThrottledException(wait.get());
        }
        AccountUser user = tenant.isPresent() ? tenantAccount(tenant.get(), email, password) : operator(email, password);
        if (user == null) {
            tx.executeWithoutResult(status -> {
                throttle.recordFailure(accountKey, addressKey);
                events.publishEvent(new IdentityEvent(tenant.orElse(null), "anonymous", "identity.sign-in.failed", email, address));
            });
            throw new BadCredentialsException("bad credentials");
        }
        tx.executeWithoutResult(status -> {
            throttle.recordSuccess(accountKey);
            events.publishEvent(new IdentityEvent(tenant.orElse(null), user.getUsername(), "identity.sign-in", user.getUsername(), address));
        });
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    // The hash is checked outside any transaction: a sign-in waiting for its turn to hash must not
    // hold one of the pool's database connections meanwhile.
    private AccountUser tenantAccount(TenantId tenant, String email, String password) {
        var account = tx.execute(status -> accounts.findByEmail(email));
        String hash = account.map(AccountRepository.StoredAccount::passwordHash).orElse(null);
        boolean matches = encoder.matches(password, hash == null ? dummyHash : hash) && hash != null;
        if (!matches || account.get().disabledAt() != null) {
            return null;
        }
        var a = account.get();
        if (a.emailVerifiedAt() == null) {
            throw new EmailNotVerifiedException();
        }
        return new AccountUser(a.accountId(), tenant, a.email(), a.displayName(),
                Authorities.of(tx.execute(status -> accounts.roles(a.accountId()))));
    }

    private AccountUser operator(String email, String password) {
        var operator = tx.execute(status -> accounts.findOperatorByEmail(email));
        String hash = operator.map(AccountRepository.StoredOperator::passwordHash).orElse(dummyHash);
        if (!encoder.matches(password, hash) || operator.isEmpty()) {
            return null;
        }
        var o = operator.get();
        return new AccountUser(new org.guichet.shared.AccountId(o.id()), null, o.email(), o.displayName(),
                List.of(AccountUser.PLATFORM_ADMIN));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failed attempts: the person must wait. */
    static final class ThrottledException extends LockedException {
        private final Duration wait;

        ThrottledException(Duration wait) {
            super("throttled");
            this.wait = wait;
        }

        long minutes() {
            return Math.max(1, (wait.toSeconds() + 59) / 60);
        }
    }

    /** Right password, but the address was never confirmed. */
    static final class EmailNotVerifiedException extends org.springframework.security.authentication.DisabledException {
        EmailNotVerifiedException() {
            super("email not verified");
        }
    }
}
