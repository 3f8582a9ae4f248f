package org.guichet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Argon2id with bounded concurrency and reused memory: same hashes as Spring's encoder, bounded memory. */
class BoundedArgon2PasswordEncoderTest {

    private static final int MEMORY_KIB = PasswordHashing.MIN_MEMORY_KIB;
    private static final int ITERATIONS = PasswordHashing.MIN_ITERATIONS;
    private static final String PASSWORD = "un chat sur le toit du moulin";

    private final BoundedArgon2PasswordEncoder encoder = new BoundedArgon2PasswordEncoder(MEMORY_KIB, ITERATIONS, 1, 2);
    private final Argon2PasswordEncoder spring = new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, ITERATIONS);

    @Test
    void verifiesHashesMadeBySpringSecuritysEncoderAndTheOtherWayRound() {
        String accented = "hétérogénéité sous l'œil du maître 😀";
        assertThat(encoder.matches(accented, spring.encode(accented))).isTrue();
        assertThat(spring.matches(accented, encoder.encode(accented))).isTrue();
        assertThat(encoder.encode(PASSWORD)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void refusesAWrongPasswordAndMalformedOrMissingHashes() {
        String hash = encoder.encode(PASSWORD);
        assertThat(encoder.matches(PASSWORD, hash)).isTrue();
        assertThat(encoder.matches(PASSWORD + " ", hash)).isFalse();
        assertThat(encoder.matches("", hash)).isFalse();
        assertThat(encoder.matches(PASSWORD, null)).isFalse();
        assertThat(encoder.matches(PASSWORD, "")).isFalse();
        assertThat(encoder.matches(PASSWORD, "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(encoder.matches(PASSWORD, hash.replace("argon2id", "argon2x"))).isFalse();
        assertThat(encoder.matches(PASSWORD, hash.substring(0, hash.lastIndexOf('$')))).isFalse();
        assertThat(encoder.matches(PASSWORD, hash.replace("m=19456", "m=lots"))).isFalse();
        assertThat(encoder.matches(PASSWORD, hash.replace("v=19", "v=16"))).isFalse();
    }

    @Test
    void theHashNobodyMatchesHasTheSameCostsAndMatchesNoPassword() {
        String nobody = encoder.hashNobodyMatches();
        assertThat(nobody).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(encoder.hashNobodyMatches());
        assertThat(encoder.matches(PASSWORD, nobody)).isFalse();
        assertThat(encoder.matches("", nobody)).isFalse();
    }

    @Test
    void checkingAgainstTheHashNobodyMatchesRunsArgon2ForReal() {
        BoundedArgon2PasswordEncoder fresh = new BoundedArgon2PasswordEncoder(MEMORY_KIB, ITERATIONS, 1, 1);
        String nobody = fresh.hashNobodyMatches();
        assertThat(fresh.blocksAllocated()).isZero();

        // A malformed hash would be refused at once: an unknown address would answer faster than a known one.
        assertThat(fresh.matches(PASSWORD, nobody)).isFalse();
        assertThat(fresh.blocksAllocated()).isEqualTo(Argon2BytesGenerator.getBlockCount(MEMORY_KIB, 1));
    }

    @Test
    void twoSaltsGiveTwoHashes() {
        assertThat(encoder.encode(PASSWORD)).isNotEqualTo(encoder.encode(PASSWORD));
    }

    @Test
    void manyConcurrentVerificationsAllSucceedWithTheMemoryOfTwoHashes() throws Exception {
        String hash = spring.encode(PASSWORD);
        String other = spring.encode("un autre mot de passe assez long");
        List<Callable<Boolean>> signIns = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            boolean right = i % 4 != 0;
            signIns.add(() -> encoder.matches(right ? PASSWORD : "pas le bon mot de passe", hash) == right
                    && encoder.matches("un autre mot de passe assez long", other));
        }
        List<Future<Boolean>> outcomes = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                return threads.invokeAll(signIns);
            }
        });
        for (Future<Boolean> outcome : outcomes) {
            assertThat(outcome.get()).isTrue();
        }
        int blocksPerHash = Argon2BytesGenerator.getBlockCount(MEMORY_KIB, 1);
        assertThat(encoder.blocksAllocated()).isLessThanOrEqualTo(2L * blocksPerHash);
    }

    @Test
    void aHashThatFailsGivesItsTurnBack() {
        BoundedArgon2PasswordEncoder oneAtATime = new BoundedArgon2PasswordEncoder(MEMORY_KIB, ITERATIONS, 1, 1);
        String hash = oneAtATime.encode(PASSWORD);
        String unknownVersion = hash.replace("$v=19$", "$v=17$");

        assertThatThrownBy(() -> oneAtATime.matches(PASSWORD, unknownVersion)).isInstanceOf(UnsupportedOperationException.class);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThat(oneAtATime.matches(PASSWORD, hash)).isTrue());
    }

    @Test
    void aStoredHashWithAHigherMemoryCostStillVerifies() {
        String costlier = new Argon2PasswordEncoder(16, 32, 1, 2 * MEMORY_KIB, ITERATIONS).encode(PASSWORD);
        assertThat(encoder.matches(PASSWORD, costlier)).isTrue();
        assertThat(encoder.matches(PASSWORD, encoder.encode(PASSWORD))).isTrue();
    }

    @Test
    void refusesANonPositiveConcurrency() {
        assertThatThrownBy(() -> new BoundedArgon2PasswordEncoder(MEMORY_KIB, ITERATIONS, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
