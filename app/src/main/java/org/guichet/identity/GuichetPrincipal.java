package org.guichet.identity;

import java.io.Serializable;
import java.util.Optional;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;

/**
 * The signed-in person, however they signed in (password or OpenID Connect). Its name, used to
 * index sessions, is the account id: unique across tenants.
 */
public interface GuichetPrincipal extends Serializable {

    AccountId accountId();

    /** The tenant the account belongs to; empty for a platform administrator. */
    Optional<TenantId> tenantId();

    String email();

    String displayName();
}
