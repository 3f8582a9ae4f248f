package org.guichet.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.guichet.identity.AgentRole;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts of the current tenant (row-level security scopes every query) and platform operators. */
@Repository
class AccountRepository {

    // citext on both sides: the comparison ignores case, like the unique index, and may use that index
    // under row-level security (V115). A bare text parameter would compare email::text, case-sensitively.
    static final String FIND_BY_EMAIL = "select * from account where email = cast(? as citext)";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredAccount> findByEmail(String email) {
        return jdbc.sql(FIND_BY_EMAIL).param(email).query(StoredAccount.class).optional();
    }

    Optional<StoredAccount> findById(AccountId id) {
        return jdbc.sql("select * from account where id = ?").param(id.value()).query(StoredAccount.class).optional();
    }

    /**
     * An account that is not disabled, with its roles, in one statement: it is read again on every
     * signed-in request ({@link PrincipalRefresher}).
     */
    Optional<EnabledAccount> findEnabled(AccountId id) {
        return jdbc.sql("""
                select given_name, family_name, email,
                       array(select distinct role from account_role where account_id = account.id) as roles
                from account where id = ? and disabled_at is null""")
                .param(id.value())
                .query((rs, n) -> new EnabledAccount(StoredAccount.displayName(rs.getString("given_name"),
                        rs.getString("family_name"), rs.getString("email")),
                        roleSet(List.of((String[]) rs.getArray("roles").getArray()))))
                .optional();
    }

    Optional<StoredOperator> findOperatorByEmail(String email) {
        return jdbc.sql("select * from platform_operator where email = cast(? as citext)").param(email)
                .query(StoredOperator.class).optional();
    }

    Optional<StoredOperator> findOperatorById(AccountId id) {
        return jdbc.sql("select * from platform_operator where id = ?").param(id.value())
                .query(StoredOperator.class).optional();
    }

    Set<AgentRole> roles(AccountId account) {
        return roleSet(jdbc.sql("select distinct role from account_role where account_id = ?")
                .param(account.value()).query(String.class).list());
    }

    private static Set<AgentRole> roleSet(List<String> names) {
        Set<AgentRole> roles = EnumSet.noneOf(AgentRole.class);
        names.forEach(n -> roles.add(AgentRole.valueOf(n)));
        return roles;
    }

    AccountId insert(TenantId tenant, String email, String givenName, String familyName, String passwordHash,
            Instant verifiedAt) {
        UUID id = jdbc.sql("""
                insert into account (tenant_id, email, given_name, family_name, password_hash, email_verified_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(tenant.value(), email, givenName, familyName, passwordHash,
                        verifiedAt == null ? null : java.sql.Timestamp.from(verifiedAt))
                .query(UUID.class).single();
        return new AccountId(id);
    }

    /** Creates an account whose address is not confirmed yet; empty if the address is already taken. */
    Optional<AccountId> insertUnverified(TenantId tenant, String email, String givenName, String familyName,
            String passwordHash, String locale) {
        return jdbc.sql("""
                insert into account (tenant_id, email, given_name, family_name, password_hash, locale)
                values (?, ?, ?, ?, ?, ?) on conflict (tenant_id, email) do nothing returning id""")
                .params(tenant.value(), email, givenName, familyName, passwordHash, locale)
                .query(UUID.class).optional().map(AccountId::new);
    }

    /** A repeated sign-up of an account nobody has confirmed yet: the latest details win. */
    /**
     * Records a sign-up notice to the owner unless one was sent after {@code since}; true when this
     * caller may send it (the row update is the lock, so two concurrent sign-ups send one notice).
     */
    boolean claimSignUpNotice(AccountId id, Instant now, Instant since) {
        return jdbc.sql("""
                update account set sign_up_notice_at = ?
                where id = ? and (sign_up_notice_at is null or sign_up_notice_at < ?)""")
                .params(java.sql.Timestamp.from(now), id.value(), java.sql.Timestamp.from(since)).update() == 1;
    }

    void updateUnverified(AccountId id, String givenName, String familyName, String passwordHash, String locale) {
        jdbc.sql("""
                update account set given_name = ?, family_name = ?, password_hash = ?, locale = ?
                where id = ? and email_verified_at is null""")
                .params(givenName, familyName, passwordHash, locale, id.value()).update();
    }

    /** Records that the person proved they read mail at the account's address, the first time only. */
    void markVerified(AccountId id, Instant at) {
        jdbc.sql("update account set email_verified_at = ? where id = ? and email_verified_at is null")
                .params(java.sql.Timestamp.from(at), id.value()).update();
    }

    void updatePasswordHash(AccountId id, String hash) {
        jdbc.sql("update account set password_hash = ? where id = ?").params(hash, id.value()).update();
    }

    void updateOperatorPasswordHash(AccountId id, String hash) {
        jdbc.sql("update platform_operator set password_hash = ? where id = ?").params(hash, id.value()).update();
    }

    AccountId insertOperator(String email, String displayName, String passwordHash) {
        return new AccountId(jdbc.sql("""
                insert into platform_operator (email, display_name, password_hash) values (?, ?, ?) returning id""")
                .params(email, displayName, passwordHash).query(UUID.class).single());
    }

    /** An account row as stored. */
    record StoredAccount(UUID id, UUID tenantId, String email, String givenName, String familyName,
            String passwordHash, Instant emailVerifiedAt, String locale, Instant disabledAt, Instant createdAt) {

        AccountId accountId() {
            return new AccountId(id);
        }

        String displayName() {
            return displayName(givenName, familyName, email);
        }

        static String displayName(String givenName, String familyName, String email) {
            String name = (givenName + " " + familyName).strip();
            return name.isEmpty() ? email : name;
        }
    }

    /** What a signed-in person's principal is rebuilt from. */
    record EnabledAccount(String displayName, Set<AgentRole> roles) {}

    /** A platform administrator as stored. */
    record StoredOperator(UUID id, String email, String displayName, String passwordHash, Instant createdAt) {}
}
