package org.guichet.tenancy.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where after-commit listeners (mail, audit, routing, acknowledgements) and other {@code @Async} work run:
 * a few threads with a queue. Unbounded virtual threads would let a burst of them (the demo's dossiers, a
 * batch decision) take every connection of the pool at once; a concurrency throttle would instead block the
 * committing request thread — which still holds its connection — until a slot frees. A queue does neither:
 * the request returns and the work waits its turn.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecutorConfiguration {

    /** Fewer than the pool's connections, so that requests always find one. */
    static final int THREADS = 4;

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("listener-");
        executor.setCorePoolSize(THREADS);
        executor.setMaxPoolSize(THREADS);
        executor.setQueueCapacity(Integer.MAX_VALUE);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        return executor;
    }
}
