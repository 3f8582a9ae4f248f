package org.guichet.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.springframework.security.crypto.password.AbstractValidatingPasswordEncoder;

/**
 * Argon2id hashing with at most {@code concurrency} hashes at a time, each in working memory kept
 * from one hash to the next. Reads and writes the usual encoded form
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, unpadded Base64), the one Spring Security's
 * {@code Argon2PasswordEncoder} uses, so stored hashes verify with either.
 *
 * <p>Why not Spring's encoder as it is: an Argon2 hash needs its whole memory cost (19 MiB) at once,
 * and Spring's encoder allocates it afresh for every sign-in. Under concurrent sign-ins that is
 * hundreds of megabytes a second of short-lived blocks that the collector copies while they are
 * still in use. More hashes at once than cores only share the same cores, so callers beyond
 * {@code concurrency} wait their turn (first come, first served) and the working memory stays at
 * {@code concurrency} × memory cost, allocated once.
 */
final class BoundedArgon2PasswordEncoder extends AbstractValidatingPasswordEncoder {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder BASE64_DECODER = Base64.getDecoder();

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final Semaphore turns;
    /** One per turn: whoever holds a turn takes one, and puts it back before giving the turn up. */
    private final ConcurrentLinkedQueue<ReusedMemory> memories = new ConcurrentLinkedQueue<>();
    private final AtomicLong blocksAllocated = new AtomicLong();
    private final SecureRandom random = new SecureRandom();

    BoundedArgon2PasswordEncoder(int memoryKib, int iterations, int parallelism, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.turns = new Semaphore(concurrency, true);
        int blocks = Argon2BytesGenerator.getBlockCount(memoryKib, parallelism);
        for (int i = 0; i < concurrency; i++) {
            memories.add(new ReusedMemory(blocks, blocksAllocated));
        }
    }

    @Override
    protected String encodeNonNullPassword(String rawPassword) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Argon2Parameters.Builder parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(parallelism)
                .withSalt(salt);
        return encoded(salt, hash(rawPassword, parameters, HASH_BYTES));
    }

    /**
     * A well-formed hash with this encoder's costs that no password matches (its hash part is
     * random): checking a password against it takes as long as against a real one, and making it
     * hashes nothing.
     */
    String hashNobodyMatches() {
        byte[] salt = new byte[SALT_BYTES];
        byte[] hash = new byte[HASH_BYTES];
        random.nextBytes(salt);
        random.nextBytes(hash);
        return encoded(salt, hash);
    }

    private String encoded(byte[] salt, byte[] hash) {
        return "$argon2id$v=" + Argon2Parameters.ARGON2_VERSION_13 + "$m=" + memoryKib + ",t=" + iterations
                + ",p=" + parallelism + "$" + BASE64.encodeToString(salt) + "$" + BASE64.encodeToString(hash);
    }

    @Override
    protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
        Encoded stored = Encoded.parse(encodedPassword);
        if (stored == null) {
            return false;
        }
        byte[] computed = hash(rawPassword, stored.parameters(), stored.hash().length);
        return MessageDigest.isEqual(stored.hash(), computed);
    }

    private byte[] hash(String rawPassword, Argon2Parameters.Builder parameters, int length) {
        byte[] out = new byte[length];
        turns.acquireUninterruptibly();
        ReusedMemory memory = memories.poll();
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters.withBlockPool(memory).build());
            generator.generateBytes(rawPassword.getBytes(StandardCharsets.UTF_8), out);
            return out;
        } finally {
            memories.add(memory);
            turns.release();
        }
    }

    /** Argon2 blocks allocated since start: at most {@code concurrency} × blocks per hash once warm. */
    long blocksAllocated() {
        return blocksAllocated.get();
    }

    /**
     * The blocks of one hash, handed back by BouncyCastle (cleared) when the hash is done. Used by
     * one hash at a time; blocks beyond {@code capacity} (a stored hash with a higher memory cost)
     * are allocated for that hash only.
     */
    private static final class ReusedMemory implements Argon2BytesGenerator.BlockPool {
        private final Argon2BytesGenerator.Block[] free;
        private final AtomicLong allocated;
        private int count;

        ReusedMemory(int capacity, AtomicLong allocated) {
            this.free = new Argon2BytesGenerator.Block[capacity];
            this.allocated = allocated;
        }

        @Override
        public Argon2BytesGenerator.Block allocate() {
            if (count > 0) {
                Argon2BytesGenerator.Block block = free[--count];
                free[count] = null;
                return block;
            }
            allocated.incrementAndGet();
            return new Argon2BytesGenerator.Block();
        }

        @Override
        public void deallocate(Argon2BytesGenerator.Block block) {
            if (count < free.length) {
                free[count++] = block;
            }
        }
    }

    /**
     * A stored hash: {@code $argon2id$v=19$m=…,t=…,p=…$<salt>$<hash>} (the version may be left out,
     * meaning 19); null when malformed.
     */
    private record Encoded(Argon2Parameters.Builder parameters, byte[] hash) {

        static Encoded parse(String encoded) {
            String[] parts = encoded.split("\\$", -1);
            int version = Argon2Parameters.ARGON2_VERSION_13;
            if (parts.length == 6 && parts[2].startsWith("v=")) {
                version = parseOr(parts[2].substring(2), -1);
                parts = new String[] {parts[0], parts[1], parts[3], parts[4], parts[5]};
            }
            if (parts.length != 5 || !parts[0].isEmpty() || version < 0) {
                return null;
            }
            int type = switch (parts[1]) {
                case "argon2id" -> Argon2Parameters.ARGON2_id;
                case "argon2i" -> Argon2Parameters.ARGON2_i;
                case "argon2d" -> Argon2Parameters.ARGON2_d;
                default -> -1;
            };
            String[] costs = parts[2].split(",");
            if (type < 0 || costs.length != 3 || !costs[0].startsWith("m=") || !costs[1].startsWith("t=")
                    || !costs[2].startsWith("p=")) {
                return null;
            }
            try {
                var parameters = new Argon2Parameters.Builder(type)
                        .withVersion(version)
                        .withMemoryAsKB(Integer.parseInt(costs[0].substring(2)))
                        .withIterations(Integer.parseInt(costs[1].substring(2)))
                        .withParallelism(Integer.parseInt(costs[2].substring(2)))
                        .withSalt(BASE64_DECODER.decode(parts[3]));
                byte[] hash = BASE64_DECODER.decode(parts[4]);
                return hash.length == 0 ? null : new Encoded(parameters, hash);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static int parseOr(String number, int otherwise) {
            try {
                return Integer.parseInt(number);
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }
    }
}
