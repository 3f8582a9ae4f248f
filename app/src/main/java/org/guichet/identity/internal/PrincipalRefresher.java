package org.guichet.identity.internal;

import java.util.List;
import java.util.Optional;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.identity.internal.oidc.OidcAccountUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

/** Reads a signed-in person's account again: empty when it is gone or disabled. */
@Component
class PrincipalRefresher {

    private final AccountRepository accounts;

    PrincipalRefresher(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * One statement and no transaction around it: a single statement sees one snapshot, and every
     * signed-in request would otherwise pay a BEGIN and a COMMIT for it.
     */
    public Optional<Authentication> refresh(Authentication current) {
        GuichetPrincipal principal = (GuichetPrincipal) current.getPrincipal();
        if (principal.tenantId().isEmpty()) {
            return accounts.findOperatorById(principal.accountId()).map(o -> current);
        }
        return accounts.findEnabled(principal.accountId())
                .map(a -> withAuthorities(current, principal, a.displayName(), Authorities.of(a.roles())));
    }

    private static Authentication withAuthorities(Authentication current, GuichetPrincipal principal,
            String displayName, List<String> authorities) {
        if (principal instanceof AccountUser user) {
            if (user.roles().equals(authorities) && user.displayName().equals(displayName)) {
                return current;
            }
            AccountUser fresh = new AccountUser(user.accountId(), user.tenant(), user.email(), displayName, authorities);
            return UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        }
        if (principal instanceof OidcAccountUser user && current instanceof OAuth2AuthenticationToken token) {
            if (user.roles().equals(authorities) && user.displayName().equals(displayName)) {
                return current;
            }
            OidcAccountUser fresh = user.with(displayName, authorities);
            return new OAuth2AuthenticationToken(fresh, fresh.getAuthorities(), token.getAuthorizedClientRegistrationId());
        }
        return current;
    }
}
