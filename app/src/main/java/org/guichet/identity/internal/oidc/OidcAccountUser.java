package org.guichet.identity.internal.oidc;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through an OpenID Connect provider. Its name is the account id, like a
 * password sign-in's; it keeps the ID token, which signing out at the provider sends back as
 * {@code id_token_hint}. UserInfo claims are not kept: the account holds what Guichet needs.
 *
 * @param roles the authorities, read again on every request
 */
public record OidcAccountUser(AccountId accountId, TenantId tenant, String email, String displayName,
        List<String> roles, OidcIdToken idToken) implements GuichetPrincipal, OidcUser {

    /** The same person with fresh name and authorities. */
    public OidcAccountUser with(String freshDisplayName, List<String> freshRoles) {
        return new OidcAccountUser(accountId, tenant, email, freshDisplayName, List.copyOf(freshRoles), idToken);
    }

    @Override
    public Optional<TenantId> tenantId() {
        return Optional.of(tenant);
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getName() {
        return accountId.toString();
    }
}
