package org.guichet.identity.internal.oidc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.guichet.identity.AgentRole;
import org.guichet.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts and their external identities in the current tenant (row-level security scopes every query). */
@Repository
class ExternalAccounts {

    private final JdbcClient jdbc;

    ExternalAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> linkedAccount(String provider, String subject) {
        return jdbc.sql("select account_id from external_identity where provider = ? and subject = ?")
                .params(provider, subject).query(UUID.class).optional();
    }

    Optional<LocalAccount> byId(UUID id) {
        return jdbc.sql("select id, email, given_name, family_name, email_verified_at, disabled_at from account where id = ?")
                .param(id).query(LocalAccount.class).optional();
    }

    Optional<LocalAccount> byEmail(String email) {
        return jdbc.sql("select id, email, given_name, family_name, email_verified_at, disabled_at from account where email = cast(? as citext)")
                .param(email).query(LocalAccount.class).optional();
    }

    /** A new account without a password; empty if the email was taken meanwhile. */
    Optional<UUID> create(TenantId tenant, String email, String givenName, String familyName, Instant verifiedAt) {
        return jdbc.sql("""
                insert into account (tenant_id, email, given_name, family_name, email_verified_at)
                values (?, ?, ?, ?, ?) on conflict (tenant_id, email) do nothing returning id""")
                .params(tenant.value(), email, givenName, familyName, verifiedAt == null ? null : Timestamp.from(verifiedAt))
                .query(UUID.class).optional();
    }

    /** Links the identity; false if it was linked meanwhile (two sign-ins racing). */
    boolean link(TenantId tenant, String provider, String subject, UUID account) {
        return jdbc.sql("""
                insert into external_identity (tenant_id, provider, subject, account_id) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(tenant.value(), provider, subject, account).update() == 1;
    }

    Set<AgentRole> roles(UUID account) {
        Set<AgentRole> roles = EnumSet.noneOf(AgentRole.class);
        jdbc.sql("select distinct role from account_role where account_id = ?").param(account)
                .query(String.class).list().forEach(r -> roles.add(AgentRole.valueOf(r)));
        return roles;
    }

    /** An account as linking needs it. */
    record LocalAccount(UUID id, String email, String givenName, String familyName, Instant emailVerifiedAt,
            Instant disabledAt) {

        String displayName() {
            String name = (givenName + " " + familyName).strip();
            return name.isEmpty() ? email : name;
        }
    }
}
