package org.guichet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.guichet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionOperations;

/** The session store commits without waiting for the disk; nothing else does. */
class SessionStoreIntegrationTest extends IntegrationTest {

    @Autowired JdbcIndexedSessionRepository sessions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void sessionWritesCommitAsynchronouslyAndOtherWritesDoNot() {
        TransactionOperations used = (TransactionOperations) ReflectionTestUtils.getField(sessions, "transactionOperations");
        String inSessionStore = used.execute(status -> jdbc.queryForObject("show synchronous_commit", String.class));

        assertThat(inSessionStore).isEqualTo("off");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
    }
}
