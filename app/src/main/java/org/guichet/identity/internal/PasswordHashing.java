package org.guichet.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Argon2id parameters. The defaults are OWASP's minimum for Argon2id (19 MiB, 2 iterations, one
 * lane); lower values are refused so that a configuration mistake cannot weaken stored hashes.
 *
 * @param memoryKib memory cost in KiB ({@code GUICHET_ARGON2_MEMORY_KIB})
 * @param iterations time cost
 * @param parallelism lanes
 */
@ConfigurationProperties("guichet.identity.argon2")
record PasswordHashing(Integer memoryKib, Integer iterations, Integer parallelism) {

    static final int MIN_MEMORY_KIB = 19 * 1024;
    static final int MIN_ITERATIONS = 2;

    PasswordHashing {
        memoryKib = memoryKib == null ? MIN_MEMORY_KIB : memoryKib;
        iterations = iterations == null ? MIN_ITERATIONS : iterations;
        parallelism = parallelism == null ? 1 : parallelism;
        if (memoryKib < MIN_MEMORY_KIB || iterations < MIN_ITERATIONS || parallelism < 1) {
            throw new IllegalArgumentException("Argon2id parameters below OWASP's minimum (19 MiB, 2 iterations) are refused");
        }
    }

    /** At most one hash per core at a time: more would only share the same cores, and memory. */
    BoundedArgon2PasswordEncoder encoder() {
        return new BoundedArgon2PasswordEncoder(memoryKib, iterations, parallelism,
                Runtime.getRuntime().availableProcessors());
    }
}
