package org.guichet.bench.ceiling;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The sign-in ceiling: how many Argon2id verifications per second this machine does with the
 * production parameters (19 MiB, 2 iterations, 1 lane — identity's PasswordHashing) and the same
 * library, outside any server. Prints {@code argon2_per_second_c<threads>=<rate>} per thread count.
 *
 * <p>Usage: {@code Argon2Ceiling <seconds> <threads,…>}
 */
public final class Argon2Ceiling {

    private Argon2Ceiling() {}

    public static void main(String[] args) throws Exception {
        long millis = Long.parseLong(args[0]) * 1000;
        Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        String hash = encoder.encode("bench-guichet-2026");
        // The server has compiled the hashing code long before it is measured: so must this JVM.
        long warm = System.currentTimeMillis() + 3_000;
        while (System.currentTimeMillis() < warm) {
            encoder.matches("bench-guichet-2026", hash);
        }
        for (String level : args[1].split(",")) {
            int threads = Integer.parseInt(level.strip());
            AtomicLong done = new AtomicLong();
            long deadline = System.currentTimeMillis() + millis;
            List<Thread> workers = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < threads; i++) {
                workers.add(Thread.ofPlatform().start(() -> {
                    while (System.currentTimeMillis() < deadline) {
                        if (!encoder.matches("bench-guichet-2026", hash)) {
                            throw new IllegalStateException("the hash does not verify");
                        }
                        done.incrementAndGet();
                    }
                }));
            }
            for (Thread t : workers) {
                t.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("argon2_per_second_c%d=%.2f%n", threads, done.get() / seconds);
        }
    }
}
