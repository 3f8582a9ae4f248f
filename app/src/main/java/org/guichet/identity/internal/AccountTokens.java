package org.guichet.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import org.guichet.shared.AccountId;
import org.guichet.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use links sent by email. The link carries 256 random bits; only their SHA-256 is stored,
 * so a copy of the database opens no account. Row-level security keeps each tenant's links apart.
 */
@Component
class AccountTokens {

    /** What a link is for; the names are those of {@code account_token.purpose}. */
    enum Purpose { VERIFY_EMAIL, RESET_PASSWORD }

    /** What a presented link turned out to be. */
    sealed interface Lookup {
        /** Usable now. */
        record Valid(UUID tokenId, AccountId account, String pendingPasswordHash) implements Lookup {}
        /** Known but past its expiry. */
        record Expired() implements Lookup {}
        /** Known and already used, or retired when another link of the account was used. */
        record Used() implements Lookup {}
        /** Never issued here (mistyped, forged, or another tenant's). */
        record Unknown() implements Lookup {}
    }

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Issues a link valid for {@code ttl}; returns the secret to put in the URL. */
    String issue(AccountId account, Purpose purpose, Duration ttl, String pendingPasswordHash) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        jdbc.sql("""
                insert into account_token (tenant_id, account_id, purpose, token_hash, expires_at, created_at,
                    pending_password_hash)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(TenantContext.require().value(), account.value(), purpose.name(), hash(token),
                        Timestamp.from(now.plus(ttl)), Timestamp.from(now), pendingPasswordHash)
                .update();
        return token;
    }

    /** Finds a link and locks it until the transaction ends, so that two uses cannot both succeed. */
    Lookup find(String token, Purpose purpose) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return new Lookup.Unknown();
        }
        return jdbc.sql("""
                select id, account_id, expires_at, used_at, pending_password_hash from account_token
                where token_hash = ? and purpose = ? for update""")
                .params(hash(token), purpose.name())
                .query((rs, n) -> {
                    if (rs.getTimestamp("used_at") != null) {
                        return (Lookup) new Lookup.Used();
                    }
                    if (!rs.getTimestamp("expires_at").toInstant().isAfter(clock.instant())) {
                        return new Lookup.Expired();
                    }
                    return new Lookup.Valid(rs.getObject("id", UUID.class),
                            new AccountId(rs.getObject("account_id", UUID.class)), rs.getString("pending_password_hash"));
                })
                .optional().orElseGet(Lookup.Unknown::new);
    }

    /** Uses up every unused link of the account for {@code purpose}, including the one just opened. */
    void retireAll(AccountId account, Purpose purpose) {
        jdbc.sql("update account_token set used_at = ? where account_id = ? and purpose = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), account.value(), purpose.name())
                .update();
    }

    /** How many links of {@code purpose} the account was sent within {@code window}: a cap on mail bombing. */
    int issuedSince(AccountId account, Purpose purpose, Duration window) {
        return jdbc.sql("select count(*) from account_token where account_id = ? and purpose = ? and created_at > ?")
                .params(account.value(), purpose.name(), Timestamp.from(clock.instant().minus(window)))
                .query(Integer.class).single();
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
