package org.guichet.identity.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.guichet.identity.AgentRole;
import org.guichet.shared.AccountId;
import org.guichet.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and grants roles on behalf of the platform (demo data, invitations). */
@Component
public class AccountAdministration {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;
    private final Clock clock;

    AccountAdministration(AccountRepository accounts, PasswordEncoder encoder, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public AccountId ensureVerifiedAccount(String email, String givenName, String familyName, String password) {
        return accounts.findByEmail(email).map(AccountRepository.StoredAccount::accountId)
                .orElseGet(() -> accounts.insert(TenantContext.require(), email, givenName, familyName,
                        encoder.encode(password), clock.instant()));
    }

    @Transactional
    public void grantRole(AccountId account, AgentRole role, Optional<UUID> service) {
        jdbc.sql("""
                insert into account_role (tenant_id, account_id, role, service_id) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(TenantContext.require().value(), account.value(), role.name(), service.orElse(null))
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<org.guichet.identity.AccountManagement.Contact> contactOf(AccountId account) {
        return accounts.findById(account).filter(a -> a.disabledAt() == null)
                .map(a -> new org.guichet.identity.AccountManagement.Contact(a.email(), a.displayName(), a.locale(),
                        a.givenName(), a.familyName()));
    }

    /** The verified, active account of the current tenant with this address, if there is one. */
    @Transactional(readOnly = true)
    public Optional<AccountId> findVerified(String email) {
        return accounts.findByEmail(EmailAddresses.normalise(email))
                .filter(a -> a.disabledAt() == null && a.emailVerifiedAt() != null).map(a -> a.accountId());
    }

    @Transactional
    public AccountId ensurePlatformOperator(String email, String displayName, String password) {
        return accounts.findOperatorByEmail(email).map(o -> new AccountId(o.id()))
                .orElseGet(() -> accounts.insertOperator(email, displayName, encoder.encode(password)));
    }
}
