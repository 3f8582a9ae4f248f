package org.guichet.identity.internal;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Session writes (one per signed-in request: the last access time) commit without waiting for the
 * write-ahead log to reach the disk. A crash of PostgreSQL can lose the last fraction of a second of
 * them — at worst someone signs in again — and every page of an agent saves a disk flush (4.5 ms of
 * its 15 ms of database time, measured on the inbox at 1,000,000 dossiers). Everything else the
 * application writes keeps synchronous commits.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /**
     * The application's own transaction template, declared here because Spring Boot steps back from
     * declaring it as soon as any {@link TransactionOperations} bean exists, the session store's included.
     */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    /** The name Spring Session looks for. */
    @Bean
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        return new SessionTransactions(new TransactionTemplate(transactions), jdbc);
    }

    /**
     * Lets the session store answer a repeated lookup within one request from memory
     * ({@link SessionReadMemo}). A subclass proxy, so the store keeps its type for those who inject it.
     */
    @Bean
    static BeanPostProcessor sessionStoreMemo() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof JdbcIndexedSessionRepository)) {
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.setProxyTargetClass(true);
                proxy.addAdvice(new SessionReadMemo.Store());
                return proxy.getProxy();
            }
        };
    }

    /** Transactions of the session store, each with {@code synchronous_commit} off for itself only. */
    record SessionTransactions(TransactionTemplate transactions, JdbcTemplate jdbc) implements TransactionOperations {

        @Override
        public <T> T execute(TransactionCallback<T> action) throws TransactionException {
            return transactions.execute(status -> {
                jdbc.execute("set local synchronous_commit = off");
                return action.doInTransaction(status);
            });
        }
    }
}
