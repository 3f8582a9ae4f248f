package org.guichet.identity.internal.oidc;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.guichet.identity.IdentityEvent;
import org.guichet.identity.internal.Authorities;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides which account an external identity signs in, in this order:
 * <ol>
 * <li>the account already linked to (provider, subject);</li>
 * <li>else the account with the same email, linked now, only if the provider vouches for the email
 * ({@code email_verified=true}) and the account's own address is verified — an unverified address on
 * either side could belong to someone else, and linking would hand them the account;</li>
 * <li>else, when no account has the email, a new account (verified if the provider vouches for it),
 * except for agents' providers, whose people are invited by an administrator;</li>
 * <li>else refused: the person must sign in with the password first.</li>
 * </ol>
 */
@Component
class ExternalAccountLinking {

    private final ExternalAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExternalAccountLinking(ExternalAccounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws org.springframework.security.oauth2.core.OAuth2AuthenticationException with a
     *     {@link SignInRefusal} code when the identity may not sign in
     */
    @Transactional
    SignedIn signIn(ExternalIdentity identity, String clientAddress) {
        TenantId tenant = TenantContext.require();
        String provider = identity.provider().registrationId();
        var linked = accounts.linkedAccount(provider, identity.subject()).flatMap(accounts::byId);
        if (linked.isPresent()) {
            return signedIn(tenant, linked.get(), "identity.oidc.sign-in", provider, clientAddress);
        }
        if (identity.email() == null) {
            throw SignInRefusal.NO_EMAIL.exception("no usable email for a new external identity");
        }
        var sameEmail = accounts.byEmail(identity.email());
        if (sameEmail.isPresent()) {
            var account = sameEmail.get();
            if (!identity.emailVerified() || account.emailVerifiedAt() == null) {
                throw SignInRefusal.VERIFY_FIRST.exception("email not verified on both sides");
            }
            link(tenant, identity, account.id());
            return signedIn(tenant, account, "identity.oidc.linked", provider, clientAddress);
        }
        if (identity.provider().audience() == OidcProvider.Audience.AGENT) {
            throw SignInRefusal.UNKNOWN_AGENT.exception("no account for this agent");
        }
        UUID created = accounts.create(tenant, identity.email(), identity.givenName(), identity.familyName(),
                        identity.emailVerified() ? clock.instant() : null)
                .orElseThrow(() -> SignInRefusal.FAILED.exception("the email was taken meanwhile"));
        link(tenant, identity, created);
        var account = accounts.byId(created).orElseThrow();
        return signedIn(tenant, account, "identity.oidc.account-created", provider, clientAddress);
    }

    private void link(TenantId tenant, ExternalIdentity identity, UUID account) {
        if (!accounts.link(tenant, identity.provider().registrationId(), identity.subject(), account)) {
            throw SignInRefusal.FAILED.exception("the identity was linked meanwhile");
        }
    }

    private SignedIn signedIn(TenantId tenant, ExternalAccounts.LocalAccount account, String action, String provider,
            String clientAddress) {
        if (account.disabledAt() != null) {
            throw SignInRefusal.ACCOUNT_DISABLED.exception("account disabled");
        }
        String actor = account.id().toString();
        events.publishEvent(new IdentityEvent(tenant, actor, action, provider, clientAddress));
        if (!action.equals("identity.oidc.sign-in")) {
            events.publishEvent(new IdentityEvent(tenant, actor, "identity.oidc.sign-in", provider, clientAddress));
        }
        return new SignedIn(new AccountId(account.id()), tenant, account.email(), account.displayName(),
                Authorities.of(accounts.roles(account.id())));
    }

    /** The account an identity signed in, with its current authorities. */
    record SignedIn(AccountId accountId, TenantId tenant, String email, String displayName, List<String> authorities) {}
}
