package org.guichet.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.guichet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * A burst of after-commit work never blocks the thread that hands it over (a request still holding its
 * connection), and never runs more than a few at once.
 */
class ListenerExecutorIntegrationTest extends IntegrationTest {

    @Autowired
    @Qualifier("applicationTaskExecutor")
    AsyncTaskExecutor executor;

    @Test
    void aBurstQueuesInsteadOfBlockingTheCaller() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(50);
        int[] running = {0};
        int[] most = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 50; i++) {
                executor.execute(() -> {
                    synchronized (running) {
                        running[0]++;
                        most[0] = Math.max(most[0], running[0]);
                    }
                    started.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    synchronized (running) {
                        running[0]--;
                    }
                });
            }
        }, "handing over 50 tasks must not wait for any of them");
        release.countDown();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(most[0]).as("tasks running at once").isBetween(1, 4);
    }
}
