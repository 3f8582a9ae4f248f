package org.guichet.instruction.internal.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.guichet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The inbox's queries are planned for their own values, in the inbox's transaction only. */
class InboxPlanningIntegrationTest extends IntegrationTest {

    @Autowired InboxRepository inbox;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void theInboxsTransactionForcesCustomPlansAndLeavesTheConnectionAsItWas() {
        String inside = transactions.execute(status -> {
            inbox.planForEachValue();
            return jdbc.sql("show plan_cache_mode").query(String.class).single();
        });

        assertThat(inside).isEqualTo("force_custom_plan");
        assertThat(jdbc.sql("show plan_cache_mode").query(String.class).single()).isEqualTo("auto");
    }
}
