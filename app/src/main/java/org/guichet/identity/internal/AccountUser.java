package org.guichet.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person signed in with a password: a citizen, an agent or a platform administrator. */
public record AccountUser(
        AccountId accountId, TenantId tenant, String email, String displayName, List<String> roles)
        implements GuichetPrincipal, UserDetails {

    public static final String PLATFORM_ADMIN = "ROLE_PLATFORM_ADMIN";

    @Override
    public Optional<TenantId> tenantId() {
        return Optional.ofNullable(tenant);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(SimpleGrantedAuthority::new).toList();
    }

    /** Never kept in the session: the password was checked at sign-in. */
    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return accountId.toString();
    }
}
