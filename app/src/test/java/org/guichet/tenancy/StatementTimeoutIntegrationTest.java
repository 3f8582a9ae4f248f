package org.guichet.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.guichet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Every connection of the application's pool stops a statement that runs longer than the configured limit. */
class StatementTimeoutIntegrationTest extends IntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void theApplicationsConnectionsCarryTheStatementTimeout() {
        assertThat(jdbc.sql("show statement_timeout").query(String.class).single()).isEqualTo("30s");
    }

    @Test
    void aStatementPastTheLimitIsCancelledAndTheConnectionStaysUsable() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(t -> {
            jdbc.sql("set local statement_timeout = 50").update();
            jdbc.sql("select pg_sleep(2)").query().singleValue();
        })).isInstanceOf(QueryTimeoutException.class);
        assertThat(jdbc.sql("show statement_timeout").query(String.class).single()).isEqualTo("30s");
    }
}
