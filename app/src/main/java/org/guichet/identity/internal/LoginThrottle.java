package org.guichet.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Growing delays after failed sign-ins, per account (keyed by the email typed, so the answer is
 * the same whether the account exists) and per client address. The delay doubles with each
 * failure past the threshold, up to a ceiling; a success clears the account's counter.
 */
@Component
class LoginThrottle {

    static final int ACCOUNT_THRESHOLD = 5;
    static final int ADDRESS_THRESHOLD = 20;
    private static final Duration ACCOUNT_FIRST_DELAY = Duration.ofSeconds(30);
    private static final Duration ACCOUNT_MAX_DELAY = Duration.ofMinutes(15);
    private static final Duration ADDRESS_FIRST_DELAY = Duration.ofMinutes(1);
    private static final Duration ADDRESS_MAX_DELAY = Duration.ofHours(1);
    private static final Duration FORGET_AFTER = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String accountKey(String realm, String email) {
        return "account:" + realm + ":" + email.strip().toLowerCase(Locale.ROOT);
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    /** How long the caller must still wait before trying, if blocked. */
    Optional<Duration> blockedFor(String accountKey, String addressKey) {
        Instant now = clock.instant();
        return jdbc.sql("select max(blocked_until) from login_throttle where key in (?, ?) and blocked_until > ?")
                .params(accountKey, addressKey, java.sql.Timestamp.from(now))
                .query(java.sql.Timestamp.class).optional()
                .map(until -> Duration.between(now, until.toInstant()));
    }

    void recordFailure(String accountKey, String addressKey) {
        fail(accountKey, ACCOUNT_THRESHOLD, ACCOUNT_FIRST_DELAY, ACCOUNT_MAX_DELAY);
        fail(addressKey, ADDRESS_THRESHOLD, ADDRESS_FIRST_DELAY, ADDRESS_MAX_DELAY);
    }

    void recordSuccess(String accountKey) {
        jdbc.sql("delete from login_throttle where key = ?").param(accountKey).update();
    }

    private void fail(String key, int threshold, Duration first, Duration max) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                insert into login_throttle (key, failures, last_failure_at) values (?, 1, ?)
                on conflict (key) do update set
                    failures = case when login_throttle.last_failure_at < ? then 1 else login_throttle.failures + 1 end,
                    last_failure_at = excluded.last_failure_at
                returning failures""")
                .params(key, java.sql.Timestamp.from(now), java.sql.Timestamp.from(now.minus(FORGET_AFTER)))
                .query(Integer.class).single();
        if (failures >= threshold) {
            long doublings = Math.min(failures - threshold, 20);
            Duration delay = first.multipliedBy(1L << doublings);
            if (delay.compareTo(max) > 0) {
                delay = max;
            }
            jdbc.sql("update login_throttle set blocked_until = ? where key = ?")
                    .params(java.sql.Timestamp.from(now.plus(delay)), key).update();
        }
    }
}
