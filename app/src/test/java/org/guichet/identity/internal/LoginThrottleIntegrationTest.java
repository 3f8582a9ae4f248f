package org.guichet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.guichet.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The throttle's arithmetic, driven by a clock the test moves. The component is built here on the
 * shared context's database (its counters are rows), with keys no other test uses.
 */
class LoginThrottleIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private final MovableClock clock = new MovableClock(Instant.parse("2030-01-01T08:00:00Z"));
    private LoginThrottle throttle;
    private String account;
    private String address;

    @BeforeEach
    void freshKeys() {
        throttle = new LoginThrottle(jdbc, clock);
        String realm = UUID.randomUUID().toString();
        account = LoginThrottle.accountKey(realm, "Camille@Exemple.fr ");
        address = LoginThrottle.addressKey("test-" + realm);
    }

    @Test
    void blocksAnAccountForThirtySecondsAtTheFifthFailure() {
        failTimes(LoginThrottle.ACCOUNT_THRESHOLD - 1);
        assertThat(throttle.blockedFor(account, address)).isEmpty();

        failTimes(1);
        assertThat(throttle.blockedFor(account, address)).contains(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(29));
        assertThat(throttle.blockedFor(account, address)).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.blockedFor(account, address)).isEmpty();
    }

    @Test
    void doublesTheDelayWithEachFurtherFailureUpToFifteenMinutes() {
        failTimes(LoginThrottle.ACCOUNT_THRESHOLD);
        for (long seconds : new long[] {60, 120, 240, 480, 900, 900}) {
            failTimes(1);
            assertThat(throttle.blockedFor(account, address)).contains(Duration.ofSeconds(seconds));
        }
    }

    @Test
    void aSuccessClearsTheAccountsCounter() {
        failTimes(LoginThrottle.ACCOUNT_THRESHOLD - 1);
        throttle.recordSuccess(account);
        failTimes(LoginThrottle.ACCOUNT_THRESHOLD - 1);
        assertThat(throttle.blockedFor(account, address)).isEmpty();
    }

    @Test
    void forgetsFailuresAfterADay() {
        failTimes(LoginThrottle.ACCOUNT_THRESHOLD - 1);
        clock.advance(Duration.ofHours(25));
        failTimes(1);
        assertThat(throttle.blockedFor(account, address)).isEmpty();
    }

    @Test
    void typedAddressesDifferingOnlyInCaseOrSpacesShareACounter() {
        assertThat(LoginThrottle.accountKey("r", " Camille@Exemple.FR")).isEqualTo(LoginThrottle.accountKey("r", "camille@exemple.fr"));
        assertThat(LoginThrottle.accountKey("r1", "a@b.fr")).isNotEqualTo(LoginThrottle.accountKey("r2", "a@b.fr"));
    }

    @Test
    void blocksAClientAddressAfterTwentyFailuresWhateverTheAccounts() {
        for (int i = 0; i < LoginThrottle.ADDRESS_THRESHOLD; i++) {
            throttle.recordFailure(LoginThrottle.accountKey(UUID.randomUUID().toString(), "x@y.fr"), address);
        }
        String freshAccount = LoginThrottle.accountKey(UUID.randomUUID().toString(), "new@y.fr");
        assertThat(throttle.blockedFor(freshAccount, address)).contains(Duration.ofMinutes(1));
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(account, address);
        }
    }

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
